/** The ids for aria-describedby, in reading order; undefined when there are none. */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

/** Ids of the parts around one field, derived from its element id. */
export const partIds = (id: string) => ({
  help: `${id}-hjelp`,
  hint: `${id}-format`,
  error: `${id}-feil`,
  count: `${id}-antall`,
  warning: `${id}-advarsel`,
  unit: `${id}-enhet`,
})

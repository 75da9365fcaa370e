import { useEffect, useState, type MouseEvent } from 'react'
import { isEmptyValue, type RecordValues, type SectionDef } from '@ly/forms'
import { focusField, sectionElementId } from '../lib/field-ids'
import { useRecordForm } from './record-form-context'

/** The questions of a section that are on screen and still have no answer. */
export function unansweredIn(section: SectionDef, values: RecordValues, onScreen: ReadonlySet<string>): number {
  return section.fields.filter((field) => onScreen.has(field.key) && isEmptyValue(values[field.key])).length
}

/**
 * The form's parts as jump links (issue 16): each says how many of its questions still lack an
 * answer, and the part in view is marked. A jump puts focus on the part's first question, so
 * the keyboard goes on from there. On a phone the list scrolls sideways inside its own box.
 */
export function SectionNav({ sections, values }: { sections: readonly SectionDef[]; values: RecordValues }) {
  const { idPrefix, onScreen } = useRecordForm()
  const parts = sections.filter((section) => section.fields.some((field) => onScreen.has(field.key)))
  const current = useSectionInView(parts.map((section) => sectionElementId(idPrefix, section.key)))
  if (parts.length < 3) return null

  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault()
    document.getElementById(id)?.scrollIntoView({ block: 'start' })
    focusField(id)
  }
  return (
    <nav className="section-nav" aria-label="Deler av skjemaet">
      <ol>
        {parts.map((section) => {
          const id = sectionElementId(idPrefix, section.key)
          const open = unansweredIn(section, values, onScreen)
          return (
            <li key={section.key}>
              <a href={`#${id}`} aria-current={current === id ? 'location' : undefined} onClick={(event) => jump(event, id)}>
                <span>{section.title}</span> <span className="section-nav-count">{open === 0 ? 'alt besvart' : `${open} ubesvart`}</span>
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** The id of the section nearest the top of the viewport (none where the browser cannot tell). */
function useSectionInView(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string>()
  const key = ids.join(' ')
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return
    const seen = new Map<string, boolean>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) seen.set(entry.target.id, entry.isIntersecting)
        const first = key.split(' ').find((id) => seen.get(id))
        if (first) setCurrent(first)
      },
      // The band just below the sticky header: the section whose top part is there is "here".
      { rootMargin: '-10% 0px -60% 0px' },
    )
    for (const id of key.split(' ')) {
      const element = document.getElementById(id)
      if (element) observer.observe(element)
    }
    return () => observer.disconnect()
  }, [key])
  return current
}

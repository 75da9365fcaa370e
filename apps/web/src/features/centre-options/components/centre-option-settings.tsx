import { useId, useState } from 'react'
import { TextField } from '@/components/form/text-field'
import { LoadingStatus } from '@/components/loading-status'
import { TableWrap } from '@/components/table-wrap'
import { errorText } from '@/lib/api-error'
import { useAddCentreOption } from '../api/add-centre-option'
import { useCentreOptions, type CentreOption, type OptionList } from '../api/get-centre-options'
import { useReorderCentreOptions } from '../api/reorder-centre-options'
import { useUpdateCentreOption } from '../api/update-centre-option'
import { OptionRow } from './option-row'

/** What one list's page calls its options: «kategori» for callers, «krisesenter» for referrals. */
export interface OptionListWords {
  /** The heading of the form that adds one: «Ny kategori». */
  addHeading: string
  /** Help for the name field: what kind of name, and never a person's. */
  nameHelp: string
  /** The table's caption (and its name). */
  caption: string
  /** The status after a rename: «Kategorien heter nå …». */
  renamed: (label: string) => string
}

interface CentreOptionSettingsProps {
  list: OptionList
  words: OptionListWords
  /** A list whose options have keyboard shortcuts (the duty phone's) shows them in a first column. */
  shortcutsOf?: (options: readonly CentreOption[]) => ReadonlyMap<string, string | undefined>
}

type Feedback = { kind: 'success' | 'error'; text: string } | null

/**
 * One of the centre's own option lists, for its administrator: add, rename, take out of use and
 * back, reorder. Nothing is ever deleted: an option taken out of use stays on the records that
 * have it, with its name, and can be taken into use again.
 */
export function CentreOptionSettings({ list: listKey, words, shortcutsOf }: CentreOptionSettingsProps) {
  const headingId = useId()
  const options = useCentreOptions(listKey)
  const add = useAddCentreOption(listKey)
  const update = useUpdateCentreOption(listKey)
  const reorder = useReorderCentreOptions(listKey)
  const [label, setLabel] = useState('')
  const [labelError, setLabelError] = useState<string>()
  const [feedback, setFeedback] = useState<Feedback>(null)

  if (options.isPending) return <LoadingStatus />
  if (options.isError) return <p className="alert alert-error">{errorText(options.error)}</p>
  const list = options.data
  const shortcuts = shortcutsOf?.(list)
  const fail = (error: unknown) => setFeedback({ kind: 'error', text: errorText(error) })

  const change = (option: CentreOption, json: { label?: string; retired?: boolean }, done: string) =>
    update.mutateAsync({ key: option.key, version: option.version, ...json }).then(
      () => (setFeedback({ kind: 'success', text: done }), true),
      (error: unknown) => (fail(error), false),
    )

  const move = (index: number, step: -1 | 1) => {
    const order = list.map((o) => o.key)
    const [moved] = order.splice(index, 1)
    order.splice(index + step, 0, moved!)
    reorder.mutate(order, { onSuccess: () => setFeedback({ kind: 'success', text: `${list[index]!.label} er flyttet ${step < 0 ? 'opp' : 'ned'}.` }), onError: fail })
  }

  return (
    <>
      <section aria-labelledby={headingId} className="panel">
        <h2 id={headingId}>{words.addHeading}</h2>
        <form
          noValidate
          className="form"
          onSubmit={(event) => {
            event.preventDefault()
            setLabelError(undefined)
            add.mutate(label, {
              onSuccess: (created) => {
                setLabel('')
                setFeedback({ kind: 'success', text: `${created.label} er lagt til.` })
              },
              onError: (error) => setLabelError(errorText(error)),
            })
          }}
        >
          <TextField
            label="Navn"
            description={words.nameHelp}
            error={labelError}
            inputProps={{ value: label, maxLength: 60, onChange: (e) => setLabel(e.target.value), autoComplete: 'off' }}
          />
          <button type="submit" className="button button-primary" aria-disabled={add.isPending || undefined}>
            Legg til
          </button>
        </form>
      </section>
      <p role="status" className={feedback?.kind === 'error' ? 'alert alert-error' : feedback ? 'alert alert-success' : undefined}>
        {feedback?.text}
      </p>
      <TableWrap label={words.caption}>
        <table>
          <caption>{words.caption}</caption>
          <thead>
            <tr>
              {shortcuts ? <th scope="col">Tast</th> : null}
              <th scope="col">Navn</th>
              <th scope="col">Status</th>
              <th scope="col">Endre</th>
            </tr>
          </thead>
          <tbody>
            {list.map((option, index) => (
              <OptionRow
                key={option.key}
                option={option}
                shortcuts={shortcuts !== undefined}
                shortcut={shortcuts?.get(option.key)}
                isFirst={index === 0}
                isLast={index === list.length - 1}
                onRename={(next) => change(option, { label: next }, words.renamed(next.trim()))}
                onRetire={(retired) => void change(option, { retired }, retired ? `${option.label} er tatt ut av bruk.` : `${option.label} er tatt i bruk igjen.`)}
                onMove={(step) => move(index, step)}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  )
}

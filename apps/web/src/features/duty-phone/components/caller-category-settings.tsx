import { useState } from 'react'
import { TextField } from '@/components/form/text-field'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useAddCallerCategory } from '../api/add-caller-category'
import { useCallerCategories, type CallerCategory } from '../api/get-caller-categories'
import { useReorderCallerCategories } from '../api/reorder-caller-categories'
import { useUpdateCallerCategory } from '../api/update-caller-category'
import { callerKeys } from '../lib/shortcuts'
import { CategoryRow } from './category-row'
import { TableWrap } from '@/components/table-wrap'

type Feedback = { kind: 'success' | 'error'; text: string } | null

/**
 * The centre's caller categories. Nothing is ever deleted: a category taken out of use stays on
 * the calls that have it, with its name, and can be taken into use again.
 */
export function CallerCategorySettings() {
  const categories = useCallerCategories()
  const add = useAddCallerCategory()
  const update = useUpdateCallerCategory()
  const reorder = useReorderCallerCategories()
  const [label, setLabel] = useState('')
  const [labelError, setLabelError] = useState<string>()
  const [feedback, setFeedback] = useState<Feedback>(null)

  if (categories.isPending) return <LoadingStatus />
  if (categories.isError) return <p className="alert alert-error">{errorText(categories.error)}</p>
  const list = categories.data
  const shortcuts = new Map(callerKeys(list).map((k) => [k.key, k.shortcut]))
  const fail = (error: unknown) => setFeedback({ kind: 'error', text: errorText(error) })

  const change = (category: CallerCategory, json: { label?: string; retired?: boolean }, done: string) =>
    update.mutateAsync({ key: category.key, version: category.version, ...json }).then(
      () => (setFeedback({ kind: 'success', text: done }), true),
      (error: unknown) => (fail(error), false),
    )

  const move = (index: number, step: -1 | 1) => {
    const order = list.map((c) => c.key)
    const [moved] = order.splice(index, 1)
    order.splice(index + step, 0, moved!)
    reorder.mutate(order, { onSuccess: () => setFeedback({ kind: 'success', text: `${list[index]!.label} er flyttet ${step < 0 ? 'opp' : 'ned'}.` }), onError: fail })
  }

  return (
    <>
      <section aria-labelledby="ny-kategori" className="panel">
        <h2 id="ny-kategori">Ny kategori</h2>
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
            description="En type innringer, f.eks. «Familievernkontoret». Aldri navnet på en person."
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
      <TableWrap label="Kategorier for hvem som ringte">
        <table>
          <caption>Kategorier for hvem som ringte</caption>
          <thead>
            <tr>
              <th scope="col">Tast</th>
              <th scope="col">Navn</th>
              <th scope="col">Status</th>
              <th scope="col">Endre</th>
            </tr>
          </thead>
          <tbody>
            {list.map((category, index) => (
              <CategoryRow
                key={category.key}
                category={category}
                shortcut={shortcuts.get(category.key)}
                isFirst={index === 0}
                isLast={index === list.length - 1}
                onRename={(next) => change(category, { label: next }, `Kategorien heter nå ${next.trim()}.`)}
                onRetire={(retired) => void change(category, { retired }, retired ? `${category.label} er tatt ut av bruk.` : `${category.label} er tatt i bruk igjen.`)}
                onMove={(step) => move(index, step)}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  )
}

import { useId, useState } from 'react'
import { confirmedName, LikelyNameConfirm } from '@/components/form/likely-name-confirm'
import { SubmitButton } from '@/components/form/submit-button'
import { ApiError, errorText } from '@/lib/api-error'
import { useSaveComment } from '../api/save-comment'
import type { ReportSection } from '../api/get-report'

export const COMMENT_MAX = 4000

interface CommentEditorProps {
  year: number
  section: ReportSection
}

/**
 * The leader's commentary on a section, saved per centre and year. It is printed with the report,
 * so the server refuses ID numbers, phone numbers and e-mail addresses, as in all free text.
 */
export function CommentEditor({ year, section }: CommentEditorProps) {
  const id = useId()
  const saved = section.comment
  const [text, setText] = useState(saved?.text ?? '')
  // A saved comment was confirmed when it was saved, if it needed to be.
  const [confirmed, setConfirmed] = useState<string | null>(saved?.text ?? null)
  const save = useSaveComment()
  const dirty = text !== (saved?.text ?? '')
  const conflict = save.error instanceof ApiError && save.error.code === 'conflict'

  return (
    <form
      className="comment-editor"
      onSubmit={(event) => {
        event.preventDefault()
        if (save.isPending) return
        save.mutate({ year, section: section.key, text, version: saved?.version ?? 0, ...confirmedName(text, confirmed) })
      }}
    >
      <label htmlFor={id}>Kommentar til {section.title}</label>
      <textarea
        id={id}
        value={text}
        maxLength={COMMENT_MAX}
        rows={4}
        aria-describedby={`${id}-hjelp`}
        aria-invalid={save.isError && !conflict ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-hjelp`} className="hint">
        Skrives ut med rapporten. Ikke skriv navn, fødselsnummer, telefonnummer eller e-post. Høyst {COMMENT_MAX} tegn.
      </p>
      <LikelyNameConfirm text={text} confirmed={confirmed} onConfirm={setConfirmed} />
      <SubmitButton pending={save.isPending}>Lagre kommentar</SubmitButton>
      <p role="status" className="save-state">
        {save.isPending ? 'Lagrer …' : save.isSuccess && !dirty ? 'Kommentaren er lagret.' : dirty ? 'Ikke lagret ennå.' : ''}
      </p>
      {save.isError && (
        <p role="alert" className="alert alert-error">
          {conflict
            ? 'Noen andre har lagret en kommentar her siden du åpnet siden. Den er nå lastet inn; teksten din står fortsatt i feltet, så du kan lagre igjen.'
            : errorText(save.error)}
        </p>
      )}
    </form>
  )
}

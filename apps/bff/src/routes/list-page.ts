import { z } from 'zod'
import type { ListCursor } from '../db/records'

/** Rows on a page of a record list unless `limit` says otherwise, and the most it may ask for. */
export const LIST_LIMIT_DEFAULT = 50
export const LIST_LIMIT_MAX = 200

const invalidCursor = 'Ugyldig sidemarkør. Last listen på nytt.'

// [date or year, created_at, id]: what a cursor carries, bounded so a forged one stays small.
const CursorTuple = z.tuple([z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().int().min(1900).max(2100)]), z.string().max(40), z.string().min(1).max(64)])

/**
 * The `nextCursor` a list answers: opaque to the client (base64url of the last row's sort key),
 * so the key can change without breaking a client that only sends it back.
 */
export const encodeCursor = (c: ListCursor): string => Buffer.from(JSON.stringify([c.date, c.createdAt, c.id])).toString('base64url')

function decodeCursor(text: string): ListCursor | null {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const parsed = CursorTuple.safeParse(json)
  return parsed.success ? { date: parsed.data[0], createdAt: parsed.data[1], id: parsed.data[2] } : null
}

/** `?limit=&cursor=` of every record list (decision 0015). */
export const ListPageQuery = {
  limit: z.coerce
    .number({ error: 'Antall per side må være et tall.' })
    .int('Antall per side må være et helt tall.')
    .min(1, 'Antall per side må være minst 1.')
    .max(LIST_LIMIT_MAX, `Antall per side kan være høyst ${LIST_LIMIT_MAX}.`)
    .default(LIST_LIMIT_DEFAULT),
  cursor: z
    .string()
    .max(400, invalidCursor)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text)
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: invalidCursor })
        return z.NEVER
      }
      return cursor
    })
    .optional(),
}

export const invalidCursorIssue = { path: 'cursor', message: invalidCursor }

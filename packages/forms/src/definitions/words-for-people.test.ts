import { describe, expect, it } from 'vitest'
import { allFormDefs } from '../registry'

/** The texts a definition puts on screen: everything people read, but not the keys or `source`. */
const SHOWN = new Set(['title', 'description', 'label', 'help', 'unit', 'refusal'])

function shownTexts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => shownTexts(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && SHOWN.has(k)) out.push([`${path}.${k}`, v])
      else shownTexts(v, `${path}.${k}`, out)
    }
  return out
}

describe('the texts the forms show', () => {
  it('are words for people: no source references such as «(S3:874-877)»; the sources stay in `source`', () => {
    const texts = allFormDefs().flatMap((form) => shownTexts(form.sections, form.key))
    expect(texts.length).toBeGreaterThan(500)
    expect(texts.filter(([, text]) => /S[0-4]:\d/.test(text))).toEqual([])
  })
})

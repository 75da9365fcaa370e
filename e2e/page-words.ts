import type { Page } from '@playwright/test'
import { allFormDefs } from '@ly/forms'

/** Every option key of every form definition, and every text the definitions show, as data. */
function definitionWords() {
  const keys = new Set<string>()
  const texts: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (Array.isArray(o.options)) for (const option of o.options as { key: string }[]) keys.add(option.key)
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'string' && ['title', 'label', 'help', 'description', 'unit'].includes(k)) texts.push(v)
        else walk(v)
      }
    }
  }
  for (const form of allFormDefs()) walk(form.sections)
  return {
    keys,
    words: new Set(
      texts
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\d_]+/u),
    ),
  }
}

const { keys, words } = definitionWords()

/**
 * The raw option keys that cannot be mistaken for Norwegian: a key that is also a word of the
 * forms' own texts («video», «men» in «…, men …») could be a label and is left out; every other
 * key — «female», «in_scope», «sexual_against_user» — on screen is a key where a label belongs.
 */
export const RAW_KEYS: readonly string[] = [...keys].filter((key) => !words.has(key.toLowerCase())).sort()

const SOURCE_REFERENCE = /S[0-4]:\d/
const INDICATOR_ID = /\b(?:R|B|O|C|D|P|T|LY)-\d{2}[a-z]?\d?\b/
const rawKey = new RegExp(`(?<![\\p{L}\\d_])(?:${RAW_KEYS.join('|')})(?![\\p{L}\\d_])`, 'u')

/** What on the page is not words for people: source references, indicator ids and raw option keys. */
export async function developerText(page: Page): Promise<string[]> {
  const lines = (await page.locator('body').innerText()).split('\n')
  return lines.filter((line) => SOURCE_REFERENCE.test(line) || INDICATOR_ID.test(line) || rawKey.test(line))
}

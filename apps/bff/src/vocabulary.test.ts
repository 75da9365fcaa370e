import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as forms from '@ly/forms'
import { roles } from '@ly/forms/accounts'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** Every option list Ly knows: the value sets and each field's options in every definition. */
function optionSets(): Set<string>[] {
  const sets: Set<string>[] = []
  const add = (options: unknown) => {
    if (Array.isArray(options) && options.length >= 2 && options.every((o) => typeof (o as { key?: unknown }).key === 'string')) {
      sets.push(new Set(options.map((o) => (o as { key: string }).key)))
    }
  }
  for (const value of Object.values(forms)) add(value)
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      add(o.options)
      for (const v of Object.values(o)) if (v !== o.options) walk(v)
    }
  }
  for (const form of forms.allFormDefs()) walk(form.sections)
  sets.push(ROLES)
  return sets
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
}

/** The roles are a vocabulary of their own beside the forms' options (@ly/forms/accounts). */
const ROLES = new Set<string>(roles)
const SETS = optionSets()
const isOneOf = (sets: readonly Set<string>[], keys: string[]) =>
  keys.length >= 2 && new Set(keys).size === keys.length && sets.some((set) => set.size === keys.length && keys.every((k) => set.has(k)))
const inOneSet = (keys: string[]) => isOneOf(SETS, keys)
// Union types are held to the roles only so far: the offers' `'women' | 'men'` still stand in
// about twenty type positions where `OfferKey` belongs (issue 20; left for its own change).
const TYPE_SETS = [ROLES]

const isText = (node: ts.Expression) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)

/**
 * Array literals of option keys, object literals keyed by them and union types of them: a list
 * kept by hand.
 */
function handKeptLists(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  // A rule that names the keys it counts says so on the line above.
  const named = (node: ts.Node) => /not a vocabulary list/.test(text.split('\n')[source.getLineAndCharacterOfPosition(node.getStart()).line - 1] ?? '')
  const at = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.every(ts.isStringLiteral)) {
      const keys = node.elements.map((e) => (e as ts.StringLiteral).text)
      if (inOneSet(keys) && !named(node)) found.push(`${at(node)} [${keys.join(', ')}]`)
    }
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && isText(p.initializer))
    ) {
      const keys = node.properties.map((p) => ((p as ts.PropertyAssignment).name as ts.Identifier | ts.StringLiteral).text)
      if (inOneSet(keys) && !named(node)) found.push(`${at(node)} {${keys.join(', ')}}`)
    }
    if (ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
      const keys = node.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text)
      if (isOneOf(TYPE_SETS, keys) && !named(node)) found.push(`${at(node)} ${keys.join(' | ')}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('one vocabulary', () => {
  it('finds the lists it looks for', () => {
    expect(SETS.length).toBeGreaterThan(30)
  })
  it('finds a role list kept by hand, as an array, a labelled object or a type', () => {
    const kept = [
      "export const ROLES = ['staff', 'leader', 'admin'] as const",
      "const labels = { staff: 'Registrerer', leader: 'Leder', admin: 'Administrator' }",
      "type Role = 'staff' | 'leader' | 'admin'",
      "const some = ['leader', 'admin']", // a rule naming two of them is not the list
    ].join('\n')
    expect(handKeptLists(join(ROOT, 'apps/web/src/roles.ts'), kept)).toEqual([
      'apps/web/src/roles.ts:1 [staff, leader, admin]',
      'apps/web/src/roles.ts:2 {staff, leader, admin}',
      'apps/web/src/roles.ts:3 staff | leader | admin',
    ])
  })
  it('no app keeps a list of option keys by hand', () => {
    const files = ['apps/bff/src', 'apps/web/src'].flatMap((d) => sourceFiles(join(ROOT, d))).filter((f) => !f.includes('/db/migrations/'))
    expect(files.flatMap((file) => handKeptLists(file))).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { parseCsv, writeCsv } from './csv'

describe('RFC 4180 CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks, with the line each row starts on', () => {
    const { rows, issues } = parseCsv('a,b,c\r\n1,"x, y","sa ""hei"""\r\n2,"to\r\nlinjer",\r\n\r\n3,,z')
    expect(issues).toEqual([])
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', 'sa "hei"'] },
      { line: 3, cells: ['2', 'to\r\nlinjer', ''] },
      { line: 6, cells: ['3', '', 'z'] },
    ])
  })

  it('accepts LF line ends and a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ])
  })

  it('reports an unclosed quote at the line it opened, and a stray quote where it is', () => {
    expect(parseCsv('a\n"aldri slutt\nmer').issues).toEqual([{ line: 2, message: expect.stringContaining('aldri avsluttet') }])
    expect(parseCsv('a\nx"y').issues).toEqual([{ line: 2, message: expect.stringContaining('Anførselstegn midt i') }])
    expect(parseCsv('a\n"x"y').issues).toEqual([{ line: 2, message: expect.stringContaining('etter avsluttende') }])
  })

  it('writes what it reads', () => {
    const rows = [
      ['form', 'tekst'],
      ['day_visit', 'komma, "sitat" og\nlinjeskift'],
      ['day_visit', ''],
    ]
    const text = writeCsv(rows)
    expect(text).toBe('form,tekst\r\nday_visit,"komma, ""sitat"" og\nlinjeskift"\r\nday_visit,\r\n')
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual(rows)
  })
})

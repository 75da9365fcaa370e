/**
 * The attacker the suppression must defeat: someone who knows every published number of an
 * export and every sum that ties them together (row and column totals, the same total printed
 * in two tables), and solves for the hidden ones by subtraction — i.e. by any linear
 * combination of the equations. A hidden cell is recovered exactly when its unit vector lies in
 * the row space of the equations restricted to the hidden cells.
 */
export interface Equation {
  /** sum(parts) = total. Cell ids; a cell may take part in many equations. */
  parts: readonly string[]
  total: string
}

const EPS = 1e-9

/** The ids of hidden cells whose value follows from the published cells and the equations. */
export function recoverableCells(equations: readonly Equation[], hidden: ReadonlySet<string>): string[] {
  const unknowns = [...hidden]
  const column = new Map(unknowns.map((id, i) => [id, i]))
  const rows: number[][] = []
  for (const eq of equations) {
    const row = new Array<number>(unknowns.length).fill(0)
    let touches = false
    for (const [id, coef] of [...eq.parts.map((p) => [p, 1] as const), [eq.total, -1] as const]) {
      const j = column.get(id)
      if (j !== undefined) {
        row[j]! += coef
        touches = true
      }
    }
    if (touches) rows.push(row)
  }
  // Reduced row echelon form; a row with a single non-zero entry pins that unknown down.
  let pivotRow = 0
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    let best = pivotRow
    for (let r = pivotRow + 1; r < rows.length; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r
    if (Math.abs(rows[best]![col]!) < EPS) continue
    ;[rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!]
    const p = rows[pivotRow]!
    const pv = p[col]!
    for (let k = 0; k < p.length; k++) p[k]! /= pv
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue
      const f = rows[r]![col]!
      if (Math.abs(f) < EPS) continue
      for (let k = 0; k < p.length; k++) rows[r]![k]! -= f * p[k]!
    }
    pivotRow++
  }
  const recovered: string[] = []
  for (const row of rows) {
    const nonZero = row.flatMap((v, j) => (Math.abs(v) > EPS ? [j] : []))
    if (nonZero.length === 1) recovered.push(unknowns[nonZero[0]!]!)
  }
  return recovered
}

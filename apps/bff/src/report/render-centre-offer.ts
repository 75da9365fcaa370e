import { esc } from './html-escape'
import type { CentreOfferFacts, CentreOfferGroup, CentreOfferPart } from './model'

export const partCaption = (part: CentreOfferPart) => `${part.part} ${part.title}`

function groupHtml(group: CentreOfferGroup, width: number): string {
  const rows = group.rows
    .map((row) => `<tr><th scope="row">${esc(row.label)}</th>${row.cells.map((c) => `<td>${esc(c.answer)}</td><td>${esc(c.national ?? '')}</td>`).join('')}</tr>`)
    .join('')
  const heading = group.kind === 'choices' ? `<tr><th scope="rowgroup" colspan="${width}">${esc(group.question)}</th></tr>` : ''
  return `<tbody>${heading}${rows}</tbody>`
}

/** One table per part of the form (§6.x): two columns per offer, a row group per question. */
export function centreOfferHtml(facts: CentreOfferFacts): string {
  const { columns } = facts
  const width = 1 + columns.length * 2
  const head =
    `<thead><tr><th scope="col" rowspan="2">Spørsmål og svar</th>${columns.map((c) => `<th scope="colgroup" colspan="2">${esc(c.offer)}</th>`).join('')}</tr>` +
    `<tr>${columns.map((c) => `<th scope="col">${esc(c.centre)}</th><th scope="col">${esc(c.national)}</th>`).join('')}</tr></thead>`
  return facts.parts
    .map(
      (part) =>
        `<figure class="table" id="arsskjema-${esc(part.key)}"><table class="centre-offer"><caption>${esc(partCaption(part))}</caption>${head}${part.groups.map((g) => groupHtml(g, width)).join('')}</table><figcaption>${esc(facts.note)}</figcaption></figure>`,
    )
    .join('\n')
}

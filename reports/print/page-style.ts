// What every printed document shares: the A4 page, the type and the tables,
// scoped to the document's class so it can sit inside the app's pages too.
// The factsheet and the feedback letters add their own rules after it.
export function printDocumentCss(scope: string): string {
  return `
@page { size: A4; margin: 14mm 14mm 12mm; }
${scope} { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; font-size: 10pt; line-height: 1.35; }
${scope} h1 { font-size: 20pt; margin: 0 0 2mm; color: #154273; }
${scope} h2 { font-size: 12pt; margin: 4mm 0 2mm; color: #154273; }
${scope} h3 { font-size: 10.5pt; margin: 0 0 1mm; }
${scope} .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8.5pt; color: #4a4a4a; margin: 0; }
${scope} table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
${scope} caption { text-align: left; font-weight: 700; font-size: 11pt; color: #154273; padding-bottom: 1mm; }
${scope} th, ${scope} td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 1px solid #c4cbd3; font-weight: 400; }
${scope} thead th { font-weight: 700; border-bottom: 1.5px solid #1a1a1a; }
${scope} .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
`;
}

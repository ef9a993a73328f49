// The factsheet's own styles: one sheet for screen, print and PDF, scoped to
// .factsheet so it can sit inside the app's pages too.
import { printDocumentCss } from "../print/page-style";

export const FACTSHEET_CSS = `${printDocumentCss(".factsheet")}
.factsheet .page { max-width: 182mm; margin: 0 auto; }
.factsheet .page + .page { break-before: page; }
.factsheet .dates, .factsheet .subtle { color: #4a4a4a; font-weight: 400; }
.factsheet .narrative p { font-size: 11pt; margin: 0 0 2mm; }
.factsheet .key-figures { list-style: none; padding: 0; margin: 0 0 3mm; display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; }
.factsheet .key-figures li { border-top: 3px solid #01689b; background: #f3f5f7; padding: 2mm 3mm; display: flex; flex-direction: column; }
.factsheet .key-figures .value { font-size: 15pt; font-weight: 700; font-variant-numeric: tabular-nums; }
.factsheet .key-figures .before { color: #4a4a4a; font-size: 8.5pt; }
.factsheet .chart { margin: 2mm 0; break-inside: avoid; }
.factsheet .chart figcaption { font-weight: 700; margin-bottom: 1mm; }
.factsheet .chart svg { max-width: 100%; height: auto; }
.factsheet .chart-narrow { display: none; }
@media print { .factsheet .chart svg { width: 100%; max-height: 62mm; } }
@media screen and (max-width: 47.99em) {
  .factsheet .chart-wide { display: none; }
  .factsheet .chart-narrow { display: block; }
  .factsheet .key-figures, .factsheet .columns { grid-template-columns: minmax(0, 1fr); }
}
.factsheet .table-scroll { overflow-x: auto; }
@media print { .factsheet .table-scroll { overflow: visible; } }
.factsheet .columns > *, .factsheet .key-figures > * { min-width: 0; }
.factsheet .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
.factsheet .note { display: block; white-space: normal; text-align: left; font-size: 7pt; color: #4a4a4a; }
.factsheet blockquote { margin: 0 0 2mm; padding-left: 3mm; border-left: 3px solid #c4cbd3; font-style: italic; }
.factsheet .story p { margin: 0 0 2mm; }
.factsheet .method { border-top: 1px solid #c4cbd3; margin-top: 3mm; font-size: 8pt; color: #4a4a4a; }
.factsheet .method h2 { font-size: 9pt; margin: 1.5mm 0 1mm; }
`;

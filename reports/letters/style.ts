// The letter's own styles after the shared print sheet: one A4 letter.
import { printDocumentCss } from "../print/page-style";

export const LETTER_CSS = `${printDocumentCss(".letter")}
.letter { max-width: 182mm; margin: 0 auto; font-size: 10.5pt; }
.letter .decision { font-size: 12pt; font-weight: 700; border-left: 4px solid #01689b; background: #f3f5f7; padding: 2mm 3mm; }
.letter .comments { list-style: none; padding: 0; margin: 0; }
.letter .comments li { margin: 0 0 2mm; }
.letter .comments blockquote { margin: 0.5mm 0 0; padding-left: 3mm; border-left: 3px solid #c4cbd3; white-space: pre-line; }
.letter .weighted th, .letter .weighted td { font-weight: 700; }
.letter .method, .letter .dates { color: #4a4a4a; font-size: 8.5pt; }
.letter .signature { margin-top: 5mm; }
`;

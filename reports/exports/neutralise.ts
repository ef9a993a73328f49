// Formula injection (CSV injection): a spreadsheet program may run a cell
// that starts with `=`, `+`, `-` or `@` as a formula, and tab and carriage
// return can smuggle such a start past a quick look. Every text that an
// export writes into a cell passes through here, in every format that a
// spreadsheet opens (workbook, CSV, the 360Giving spreadsheet).

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as it may enter a cell: a risky start gets a single quote before it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// Every letter of an edition as a PDF in one zip, `<applicant_id>.pdf` each:
// for the review page's download and `impact assessment letters`. One PDF
// is printed at a time and streamed into the zip before the next.
import type { Writable } from "node:stream";
import { writeZip, type ZipEntry } from "../exports/zip-writer";
import { htmlToPdf } from "../factsheet/pdf.server";
import { letterHtml } from "./html.server";
import type { LetterModel } from "./letters";

/**
 * A file name that is safe in any zip tool and file system: letters,
 * digits, `.`, `_` and `-` stay, anything else becomes `_`, and no name
 * starts with a dot. Two ids that become the same name get `-2`, `-3`.
 */
export function letterFileNames(applicantIds: readonly string[]): string[] {
  const used = new Set<string>();
  return applicantIds.map((id) => {
    const base = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\./, "_");
    let name = `${base}.pdf`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.pdf`;
    used.add(name);
    return name;
  });
}

async function* letterEntries(letters: readonly LetterModel[]): AsyncIterable<ZipEntry> {
  const names = letterFileNames(letters.map((l) => l.applicant.applicant_id));
  for (const [i, letter] of letters.entries()) {
    yield { name: names[i] as string, chunks: [await htmlToPdf(letterHtml(letter))] };
  }
}

/** Writes the letters' PDFs into a zip on `output`, and ends it. */
export function writeLettersZip(
  letters: readonly LetterModel[],
  output: Writable,
  modified: Date,
): Promise<void> {
  return writeZip(letterEntries(letters), output, modified);
}

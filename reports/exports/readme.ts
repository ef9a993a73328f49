// The Lees mij sheet: what the file is, when it was made, of which editions
// and which version of the data, under which licence, and what was left out.

import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import type { ImportStamp } from "../../db/queries/export-rows.server";
import { type DescribedSheet, ownTextColumn } from "./codebook";
import type { ExportScope } from "./scope";
import { type Cell, fixedRows } from "./sheet";
import { exportWords } from "./words";

export interface ReadmeFacts {
  scope: ExportScope;
  language: Language;
  filter: EditionFilter;
  /** ISO instant, to the second, in UTC. */
  generatedAt: string;
  editionCount: number;
  version: ImportStamp | null;
  /** Every sheet read from one snapshot of the data (openReadSnapshot on PostgreSQL). */
  oneState: boolean;
}

/** The filter in words: `gemeente Groningen; vanaf 2019`, or `alle edities`. */
export function describeFilter(filter: EditionFilter, language: Language): string {
  const words = exportWords(language).readme;
  const parts = [
    filter.editionIds?.length ? `${words.editionIds} ${filter.editionIds.join(", ")}` : null,
    filter.municipalities?.length
      ? `${words.municipalities} ${filter.municipalities.join(", ")}`
      : null,
    filter.fromYear !== undefined ? `${words.from} ${filter.fromYear}` : null,
    filter.toYear !== undefined ? `${words.to} ${filter.toYear}` : null,
    filter.theme !== undefined ? `${words.theme} ${filter.theme}` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join("; ") : words.allEditions;
}

const isoSecond = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, "Z");

/** `sheets`: the other sheets of the file, each described in one line. */
export function readmeSheet(
  facts: ReadmeFacts,
  sheets: readonly Pick<DescribedSheet, "name" | "description">[],
): DescribedSheet {
  const { scope, language } = facts;
  const words = exportWords(language);
  const r = words.readme;
  const version = facts.version
    ? r.versionText(facts.version.import_id, isoSecond(facts.version.imported_at))
    : r.noImports;
  const rows: Cell[][] = [
    [r.title[scope], ""],
    [r.what, r.whatText],
    [r.generatedAt, `${facts.generatedAt} (UTC)`],
    [r.selection, describeFilter(facts.filter, language)],
    [r.editions, r.editionCount(facts.editionCount)],
    [r.version, version],
    [r.licence, r.licenceText[scope]],
    [r.pseudonyms, r.pseudonymsText[scope]],
    [r.withheld, r.withheldText[scope]],
    [r.quotes, r.quotesText[scope]],
    [r.smallNumbers, r.smallNumbersText[scope]],
    [r.consistency, r.consistencyText[facts.oneState ? "oneState" : "sheetBySheet"]],
    [r.codebook, r.codebookText],
    [r.values, r.valuesText],
    ...sheets.map((sheet) => [r.sheet(sheet.name), sheet.description]),
  ];
  return {
    name: words.sheets.readme,
    file: words.files.readme,
    layout: "notes",
    description: r.whatText,
    columns: [
      ownTextColumn(r.topic, words.codebook.describes.topic, language),
      { ...ownTextColumn(r.text, words.codebook.describes.text, language), width: 110 },
    ],
    batches: fixedRows(rows),
  };
}

// The Lees mij sheet: what the file is, when it was made, of which editions
// and which version of the data, under which licence, and what was left out.

import { type MessageKey, type Translate, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import type { ImportStamp } from "../../db/queries/export-rows.server";
import { type DescribedSheet, ownTextColumn } from "./codebook";
import type { ExportScope } from "./scope";
import { type Cell, fixedRows } from "./sheet";

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
  const t = translator(language);
  // Years and ids as they are, without a thousands separator.
  const parts = [
    filter.editionIds?.length
      ? t("workbook.readme.filter.editions", { editions: filter.editionIds.join(", ") })
      : null,
    filter.municipalities?.length
      ? t("workbook.readme.filter.municipalities", {
          municipalities: filter.municipalities.join(", "),
        })
      : null,
    filter.fromYear !== undefined
      ? t("workbook.readme.filter.from", { year: String(filter.fromYear) })
      : null,
    filter.toYear !== undefined
      ? t("workbook.readme.filter.to", { year: String(filter.toYear) })
      : null,
    filter.theme !== undefined ? t("workbook.readme.filter.theme", { theme: filter.theme }) : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join("; ") : t("workbook.readme.filter.all");
}

const isoSecond = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, "Z");

/** `3 edities`, `1 editie`: the count as digits only, as in every earlier export. */
function editionCount(count: number, t: Translate): string {
  const key: MessageKey =
    count === 1 ? "workbook.readme.editionCount.one" : "workbook.readme.editionCount.other";
  return t(key, { count: String(count) });
}

/** `sheets`: the other sheets of the file, each described in one line. */
export function readmeSheet(
  facts: ReadmeFacts,
  sheets: readonly Pick<DescribedSheet, "name" | "description">[],
): DescribedSheet {
  const { scope, language } = facts;
  const t = translator(language);
  const version = facts.version
    ? t("workbook.readme.versionText", {
        id: String(facts.version.import_id),
        at: isoSecond(facts.version.imported_at),
      })
    : t("workbook.readme.noImports");
  const consistency = facts.oneState ? "oneState" : "sheetBySheet";
  const rows: Cell[][] = [
    [t(`workbook.readme.title.${scope}`), ""],
    [t("workbook.readme.what"), t("workbook.readme.whatText")],
    [t("workbook.readme.generatedAt"), `${facts.generatedAt} (UTC)`],
    [t("workbook.readme.selection"), describeFilter(facts.filter, language)],
    [t("workbook.readme.editions"), editionCount(facts.editionCount, t)],
    [t("workbook.readme.version"), version],
    [t("workbook.readme.licence"), t(`workbook.readme.licenceText.${scope}`)],
    [t("workbook.readme.pseudonyms"), t(`workbook.readme.pseudonymsText.${scope}`)],
    [t("workbook.readme.withheld"), t(`workbook.readme.withheldText.${scope}`)],
    [t("workbook.readme.quotes"), t(`workbook.readme.quotesText.${scope}`)],
    [t("workbook.readme.smallNumbers"), t(`workbook.readme.smallNumbersText.${scope}`)],
    [t("workbook.readme.consistency"), t(`workbook.readme.consistencyText.${consistency}`)],
    [t("workbook.readme.codebook"), t("workbook.readme.codebookText")],
    [t("workbook.readme.values"), t("workbook.readme.valuesText")],
    ...sheets.map((sheet) => [
      t("workbook.readme.sheet", { sheet: sheet.name }),
      sheet.description,
    ]),
  ];
  const topic = t("workbook.readme.topic");
  const text = t("workbook.readme.text");
  return {
    name: t("workbook.sheet.readme"),
    file: t("workbook.file.readme"),
    layout: "notes",
    description: t("workbook.readme.whatText"),
    columns: [
      ownTextColumn(topic, t("workbook.codebook.about.topic"), language),
      { ...ownTextColumn(text, t("workbook.codebook.about.text"), language), width: 110 },
    ],
    batches: fixedRows(rows),
  };
}

// A small, valid SOC workbook in the contract's Dutch form, and helpers to
// import it; tests change one cell to break one rule.

import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "../../core/import-limits";
import type { Db } from "../../db/connection.server";
import { DATASET_TABLES } from "../../db/dataset";
import type { ImportOptions } from "../../import/options";
import { type ImportReport, importFile } from "../../import/run.server";
import { type Cell, writeText, writeWorkbook } from "./files";

export type Sheets = Record<string, Cell[][]>;

export function validSheets(): Sheets {
  return {
    " Edities ": [
      ["editie_id", "gemeente", "jaar", "budget_eur", "themas", "finale_op"],
      ["groningen-2020", "Groningen", 2020, "€ 60.000,-", "Armoede; Eenzaamheid", "1-11-2020"],
    ],
    Criteria: [
      ["editie_id", "criterium", "label", "weging"],
      ["groningen-2020", "impact", "Impact", 0.4],
      ["groningen-2020", "draagvlak", "Draagvlak", 0.3],
      ["groningen-2020", "vernieuwing", "Vernieuwing", 0.3],
    ],
    AANMELDINGEN: [
      [
        "Editie_ID",
        "aanmelding_id",
        "initiatief",
        "ondernemer",
        "E-mail",
        "fase",
        "via",
        "intake",
        "plan_ingediend",
      ],
      [
        "groningen-2020",
        "a1",
        "Matsie",
        "Anna de Vries",
        "anna@voorbeeld.nl",
        "start",
        "mond_op_mond",
        "ja",
        "ja",
      ],
      ["groningen-2020", "a2", "Omapost", null, null, "idee", "campagne", "ja", "ja"],
      ["groningen-2020", "a3", "Buurtsoep", null, null, null, null, "nee", "nee"],
    ],
    Beoordelingen: [
      [
        "editie_id",
        "aanmelding_id",
        "beoordelaar",
        "impact",
        "draagvlak",
        "vernieuwing",
        "toelichting",
      ],
      ["groningen-2020", "a1", "Jury A", 8, 7, 6, "Sterk"],
      ["groningen-2020", "a1", "Jury B", 9, 6, 7, null],
      ["groningen-2020", "a2", "Jury A", 5, 5, 5, null],
    ],
    Toekenningen: [
      [
        "editie_id",
        "aanmelding_id",
        "startbudget_eur",
        "microkrediet_eur",
        "eigen_bijdrage_eur",
        "vorm",
      ],
      ["groningen-2020", "a1", 6000, "3.000,00", 1500, "prijs"],
      ["groningen-2020", "a2", 5000, 2500, null, "lening"],
    ],
    Resultaten: [
      [
        "editie_id",
        "aanmelding_id",
        "maanden",
        "actief",
        "banen_fte",
        "banen_afstand_fte",
        "bereikte_personen",
      ],
      ["groningen-2020", "a1", 12, "ja", 1.5, 0.5, 120],
      ["groningen-2020", "a3", 12, "nee", null, null, null],
    ],
    Enquete: [
      [
        "editie_id",
        "respondent_id",
        "aanmelding_id",
        "algemeen",
        "aanbevelen",
        "citaat",
        "citaat_toestemming",
      ],
      ["groningen-2020", "r1", "a1", 8, 9, "Top!", "ja"],
      ["groningen-2020", "r2", null, 6, 5, "Geheim", "nee"],
    ],
    Programma: [
      ["editie_id", "activiteit_id", "soort", "titel", "datum", "uren", "deelnemers"],
      ["groningen-2020", "w1", "workshop", "Verdienmodel", "2020-09-12", "3,5", 14],
      ["groningen-2020", "n1", "netwerk", null, null, null, null],
    ],
    Cases: [
      ["editie_id", "aanmelding_id", "titel", "samenvatting", "gepubliceerd"],
      ["groningen-2020", "a1", "Matsie wint", "Matsie brengt mensen samen.", "ja"],
    ],
    Notities: [["Dit blad is voor aantekeningen"]],
  };
}

export function importOptions(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    fileName: "gegevens.xlsx",
    mode: "upsert",
    dryRun: false,
    importedBy: "test",
    language: "nl",
    limits: DEFAULT_IMPORT_LIMITS,
    ...overrides,
  };
}

export async function importSheets(
  db: Db,
  sheets: Sheets,
  overrides: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  const { file, name } = await writeWorkbook(sheets);
  return importFile(db, file, importOptions({ fileName: name, ...overrides }));
}

export async function importText(
  db: Db,
  name: string,
  content: string | Buffer,
  overrides: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  const { file } = await writeText(name, content);
  return importFile(db, file, importOptions({ fileName: name, ...overrides }));
}

/** Every row of every contract table, sorted, to compare the database before and after. */
export async function everything(db: Db): Promise<Record<string, string[]>> {
  const state: Record<string, string[]> = {};
  for (const table of [...DATASET_TABLES, "imports", "import_changes"] as const) {
    const rows = await db.selectFrom(table).selectAll().execute();
    state[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return state;
}

export const tinyLimits = (overrides: Partial<ImportLimits>): ImportLimits => ({
  ...DEFAULT_IMPORT_LIMITS,
  ...overrides,
});

// The import's and the contract's texts come from the dictionary: every
// problem reads in both languages with its values filled in, and a column
// named in a description reads as that language's header.
import { describe, expect, it } from "vitest";
import {
  columnDescription,
  DATASETS,
  datasetDescription,
  datasetSpec,
} from "../../core/contract/datasets";
import { contractNl } from "../../core/i18n/nl/contract";
import { LANGUAGES } from "../../core/language";
import { type IssueCode, issueMessage } from "../../import/issues";
import { importReportText } from "../../import/report";
import type { ImportReport } from "../../import/run.server";

const column = (dataset: "editions" | "awards" | "outcomes", key: string) => {
  const spec = datasetSpec(dataset).columns.find((c) => c.key === key);
  if (!spec) throw new Error(`${dataset} has no column ${key}`);
  return spec;
};

describe("import problems", () => {
  it("formats numbers for the language, as before the dictionary", () => {
    const problem: IssueCode = { code: "over_budget", total: 60000.5, budget: 1234567 };
    expect(issueMessage(problem, "nl")).toBe(
      "De toekenningen van deze editie zijn samen € 60.000,50, meer dan het budget van € 1.234.567,00.",
    );
    expect(issueMessage(problem, "en")).toBe(
      "The awards of this edition add up to € 60,000.50, more than its budget of € 1,234,567.00.",
    );
  });

  it("chooses the variant in code: exclusive and inclusive minimum, xlsx and csv", () => {
    const below = (exclusive: boolean): IssueCode => ({ code: "below_min", min: 0.5, exclusive });
    expect(issueMessage(below(true), "nl")).toBe("Het getal moet groter zijn dan 0,5.");
    expect(issueMessage(below(false), "en")).toBe("The number must not be less than 0.5.");
    expect(issueMessage({ code: "file_type", expected: "csv" }, "en")).toBe(
      "This file is not a CSV text file, although it is named like one.",
    );
  });

  it("leaves braces in a value as they are", () => {
    const problem: IssueCode = { code: "database_refused", reason: "bad {reason}" };
    expect(issueMessage(problem, "en")).toMatch(/administrator: bad \{reason\}$/);
  });
});

describe("the import report as text", () => {
  const report = (over: Partial<ImportReport>): ImportReport => ({
    ok: true,
    dry_run: false,
    errors: [],
    warnings: [],
    ignored: { sheets: [], columns: [] },
    counts: {},
    import_id: null,
    error_count: 0,
    ...over,
  });

  it("says one error or several, and where each is", () => {
    const issue = {
      dataset: null,
      sheet: "Blad1",
      row: 3,
      column: "jaar",
      value: "x",
      message: "M",
    };
    const refused = report({ ok: false, errors: [issue], error_count: 1 });
    expect(importReportText(refused, "nl")).toBe(
      "Niet geïmporteerd: 1 fout. Er is niets opgeslagen.\n- Blad 'Blad1', rij 3, kolom jaar ('x'): M",
    );
    expect(importReportText({ ...refused, error_count: 2 }, "en")).toBe(
      "Not imported: 2 errors. Nothing was stored.\n- Sheet 'Blad1', row 3, column jaar ('x'): M\n… and 1 more errors.",
    );
  });

  it("counts deleted rows only where there are any", () => {
    const counts = { awards: { inserted: 1, updated: 2, unchanged: 3, deleted: 4 } };
    expect(importReportText(report({ import_id: 7, counts }), "nl")).toBe(
      "Geïmporteerd als import 7.\n  awards: 1 nieuw, 2 gewijzigd, 3 ongewijzigd, 4 verwijderd",
    );
    const none = { awards: { inserted: 1, updated: 2, unchanged: 3, deleted: 0 } };
    expect(importReportText(report({ dry_run: true, counts: none }), "en")).toBe(
      "Dry run: the file is valid; nothing was stored.\n  awards: 1 new, 2 changed, 3 unchanged",
    );
  });
});

describe("the contract's descriptions", () => {
  it("name other columns by their header in the reader's language", () => {
    expect(columnDescription(column("editions", "name"), "nl")).toBe(
      "Naam; leeg betekent 'SOC {gemeente} {jaar}'.",
    );
    expect(columnDescription(column("editions", "name"), "en")).toBe(
      "Name; empty means 'SOC {municipality} {year}'.",
    );
    expect(columnDescription(column("awards", "microcredit_eur"), "nl")).toBe(
      "Het microkrediet; hoogstens max_aandeel van het startbudget.",
    );
    expect(columnDescription(column("outcomes", "jobs_distance_fte"), "en")).toBe(
      "Of which for people with a distance to the labour market; at most jobs_fte.",
    );
  });

  it("name only columns that exist, each with one Dutch name", () => {
    const aliases = new Map<string, string>();
    for (const dataset of DATASETS) {
      for (const spec of dataset.columns) {
        expect(aliases.get(spec.key) ?? spec.alias, spec.key).toBe(spec.alias);
        aliases.set(spec.key, spec.alias);
      }
    }
    for (const [key, text] of Object.entries(contractNl)) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g))
        expect(aliases.has(name ?? ""), key).toBe(true);
    }
    for (const language of LANGUAGES) {
      for (const dataset of DATASETS) {
        expect(datasetDescription(dataset, language)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

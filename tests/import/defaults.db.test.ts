// Every optional column of every dataset, absent, present but empty, and
// filled, generated from the contract: a new column is covered without a new
// test. An empty optional value stores the contract's default (or null where
// the contract has none), never a null the database refuses (issue 18).
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { type ColumnSpec, DATASETS, type DatasetSpec } from "../../core/contract/datasets";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Db } from "../../db/connection.server";
import { useTestDatabase } from "../support/test-db";
import type { Cell } from "./files";
import { importSheets, type Sheets } from "./fixtures";

type Variant = "filled" | "empty" | "absent";

function exampleCell(column: ColumnSpec): Cell {
  const { example } = column;
  return typeof example === "boolean" ? (example ? "ja" : "nee") : example;
}

/** The dataset's sheet from the contract's examples, its optional columns as `variant`. */
function datasetSheet(dataset: DatasetSpec, variant: Variant): Cell[][] {
  const columns = dataset.columns.filter((c) => c.required || variant !== "absent");
  const header: Cell[] = columns.map((c) => c.alias);
  const row: Cell[] = columns.map((c) =>
    c.required || variant === "filled" ? exampleCell(c) : null,
  );
  if (dataset.key === "criteria") {
    // The default rubric, so that impact weighs most.
    const edition = row[0] as Cell;
    return [
      header,
      ...DEFAULT_RUBRIC.map((c) =>
        columns.map((column) => {
          if (column.key === "edition_id") return edition;
          if (column.key === "criterion") return c.criterion;
          if (column.key === "weight") return c.weight;
          return variant === "filled" ? exampleCell(column) : null;
        }),
      ),
    ];
  }
  if (dataset.criterionColumns) {
    return [
      [...header, ...DEFAULT_RUBRIC.map((c) => c.criterion)],
      [...row, ...DEFAULT_RUBRIC.map(() => 7)],
    ];
  }
  return [header, row];
}

/** Every dataset filled, `dataset` as `variant`. */
function workbook(dataset: DatasetSpec, variant: Variant): Sheets {
  return Object.fromEntries(
    DATASETS.map((d) => [d.alias, datasetSheet(d, d === dataset ? variant : "filled")]),
  );
}

/** Empty values the contract fills in other than by a `default`. */
const COMPUTED: Record<string, unknown> = { "editions.name": "SOC Groningen 2024" };

function emptyValue(dataset: DatasetSpec, column: ColumnSpec): unknown {
  return COMPUTED[`${dataset.key}.${column.key}`] ?? column.default ?? null;
}

async function storedRow(db: Db, dataset: DatasetSpec): Promise<Record<string, unknown>> {
  // Criteria: the default rubric's first row.
  const where = dataset.key === "criteria" ? sql`where criterion = 'impact'` : sql``;
  const { rows } = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(dataset.key)} ${where}`.execute(db);
  expect(rows).toHaveLength(1);
  return rows[0] as Record<string, unknown>;
}

const optional = (dataset: DatasetSpec) => dataset.columns.filter((c) => !c.required);

describe("optional values, from the contract", () => {
  const test = useTestDatabase();

  it("a column without a contract default is nullable in the database", async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and is_nullable = 'NO'`.execute(test.db);
    const notNull = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const unfilled = DATASETS.flatMap((d) =>
      optional(d)
        .filter((c) => emptyValue(d, c) === null && notNull.has(`${d.key}.${c.key}`))
        .map((c) => `${d.key}.${c.key}`),
    );
    expect(unfilled).toEqual([]);
  });

  for (const dataset of DATASETS) {
    it(`${dataset.key}: filled, then empty, absent, and absent in replace mode`, async () => {
      await sql`truncate editions cascade`.execute(test.db);
      const filled = await importSheets(test.db, workbook(dataset, "filled"));
      expect(filled.errors).toEqual([]);
      const stored = await storedRow(test.db, dataset);
      for (const column of optional(dataset)) expect(stored[column.key], column.key).not.toBeNull();

      const empty = await importSheets(test.db, workbook(dataset, "empty"));
      expect(empty.errors).toEqual([]);
      const emptied = await storedRow(test.db, dataset);
      for (const column of optional(dataset)) {
        expect(emptied[column.key], column.key).toEqual(emptyValue(dataset, column));
      }

      // Absent in upsert mode: the stored values stay.
      await importSheets(test.db, workbook(dataset, "filled"));
      const absent = await importSheets(test.db, workbook(dataset, "absent"));
      expect(absent.errors).toEqual([]);
      expect(await storedRow(test.db, dataset)).toEqual({
        ...stored,
        import_id: expect.any(Number),
      });

      // Absent in replace mode: the row is what the file says, the rest defaults.
      const replaced = await importSheets(test.db, workbook(dataset, "absent"), {
        mode: "replace",
      });
      expect(replaced.errors).toEqual([]);
      const reset = await storedRow(test.db, dataset);
      for (const column of optional(dataset)) {
        expect(reset[column.key], column.key).toEqual(emptyValue(dataset, column));
      }

      // Absent on a new row: the database's defaults are the contract's.
      await sql`truncate editions cascade`.execute(test.db);
      const fresh = await importSheets(test.db, workbook(dataset, "absent"));
      expect(fresh.errors).toEqual([]);
      const inserted = await storedRow(test.db, dataset);
      for (const column of optional(dataset)) {
        expect(inserted[column.key], column.key).toEqual(emptyValue(dataset, column));
      }
    });
  }
});

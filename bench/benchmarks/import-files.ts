// The import of large files (issue: import pipeline) beside the fastest way
// the same rows can be read or loaded without checking them: COPY of the CSV
// file straight into the outcomes table, and exceljs' streaming reader
// reading the workbook.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import { from as copyFrom } from "pg-copy-streams";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import { postgresPoolOf } from "../../db/connection.server";
import { importFile } from "../../import/run.server";
import {
  OUTCOME_COLUMNS,
  removeExtraOutcomes,
  writeOutcomesCsv,
  writeOutcomesXlsx,
} from "../outcome-files";
import { formatCount, rowsOf } from "../sizes";
import { timed } from "../timing";
import type { BenchEnv, Benchmark, Measured, StepContext } from "../types";

async function importRows(ctx: StepContext, file: string, rows: number): Promise<Measured> {
  const db = await ctx.db();
  const { result: report, seconds } = await timed(() =>
    importFile(db, file, {
      fileName: path.basename(file),
      mode: "upsert",
      dryRun: false,
      importedBy: "benchmark",
      language: "en",
      limits: DEFAULT_IMPORT_LIMITS,
    }),
  );
  if (!report.ok) throw new Error(`import refused: ${report.errors[0]?.message ?? "?"}`);
  return { value: rows / seconds, seconds };
}

const COPY_OPTIONS = "(format csv, header true)";

/** COPY of the CSV file into outcomes: no parsing in JavaScript, no checks beyond the table's own. */
async function copyRows(ctx: StepContext, file: string, rows: number): Promise<Measured> {
  const columns = OUTCOME_COLUMNS.join(", ");
  const pool = postgresPoolOf(await ctx.db());
  if (pool) {
    const client = await pool.connect();
    try {
      const { seconds } = await timed(() =>
        pipeline(
          createReadStream(file),
          client.query(copyFrom(`copy outcomes (${columns}) from stdin ${COPY_OPTIONS}`)),
        ),
      );
      return { value: rows / seconds, seconds };
    } finally {
      client.release();
    }
  }
  const pglite = await ctx.pglite();
  if (!pglite) throw new Error("COPY needs PostgreSQL or PGlite");
  const { seconds } = await timed(async () =>
    pglite.query(`copy outcomes (${columns}) from '/dev/blob' ${COPY_OPTIONS}`, [], {
      blob: new Blob([await readFile(file)]),
    }),
  );
  return { value: rows / seconds, seconds };
}

/** Every row of the workbook's sheets through exceljs' streaming reader. */
async function readWorkbook(file: string, rows: number): Promise<Measured> {
  const { result: read, seconds } = await timed(async () => {
    let count = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache" });
    for await (const sheet of reader) for await (const _ of sheet) count += 1;
    return count;
  });
  // The header is a row too.
  if (read !== rows + 1) throw new Error(`exceljs read ${read} rows of ${rows + 1}`);
  return { value: rows / seconds, seconds };
}

// The import tells a CSV file's dataset by its name: resultaten.csv.
const fileOf = (env: BenchEnv, extension: string) =>
  path.join(env.workDir, env.engine, `resultaten.${extension}`);
const csvFile = (env: BenchEnv) => fileOf(env, "csv");
const xlsxFile = (env: BenchEnv) => fileOf(env, "xlsx");

export const importFilesBenchmark: Benchmark = {
  id: "import",
  engines: ["postgres", "pglite"],
  cases: (env) => {
    const csvRows = rowsOf(env, 1_000_000, 2_000);
    const xlsxRows = rowsOf(env, 200_000, 500);
    return [
      {
        id: "import-csv-outcomes",
        title: "Import CSV of outcome rows (check + merge, one transaction)",
        size: `${formatCount(csvRows)} rows`,
        unit: "rows/s",
        baselineTitle: "COPY of the same file into outcomes",
        target: {
          text: "≥ 1/3 of COPY; memory flat in file size",
          met: (c) => (c.ratio ?? 0) >= 1 / 3 && (c.memoryGrowth ?? 1) <= 1.5,
        },
        prepare: async (ctx) => writeOutcomesCsv(await ctx.db(), csvFile(ctx.env), csvRows),
        figure: (ctx) => importRows(ctx, csvFile(ctx.env), csvRows),
        baseline: (ctx) => copyRows(ctx, csvFile(ctx.env), csvRows),
        cleanup: async (ctx) => removeExtraOutcomes(await ctx.db()),
      },
      {
        id: "import-xlsx-outcomes",
        title: "Import workbook of outcome rows",
        size: `${formatCount(xlsxRows)} rows`,
        unit: "rows/s",
        baselineTitle: "exceljs WorkbookReader reading the same workbook",
        target: { text: "≥ 80% of the raw read", met: (c) => (c.ratio ?? 0) >= 0.8 },
        // Under half a second at 10%: one run's ratio swung from 0.78 to 1.03.
        rounds: 3,
        prepare: async (ctx) => writeOutcomesXlsx(await ctx.db(), xlsxFile(ctx.env), xlsxRows),
        figure: (ctx) => importRows(ctx, xlsxFile(ctx.env), xlsxRows),
        baseline: (ctx) => readWorkbook(xlsxFile(ctx.env), xlsxRows),
        cleanup: async (ctx) => removeExtraOutcomes(await ctx.db()),
      },
    ];
  },
};

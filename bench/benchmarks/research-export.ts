// The research workbook of every edition (issue #7): writeResearchWorkbook,
// research scope, no filter, into a file. Beside it, exceljs' streaming writer
// on its own writing a workbook of the same shape: the same sheets with the
// same number of rows, made of the export's own first rows of each sheet
// over and over (real values, so that compressing them costs what it does).
// The ratio is what reading, pseudonymising and formatting cost on top of
// the writing itself.
import { createWriteStream } from "node:fs";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { researchSheets, writeResearchWorkbook } from "../../reports/exports/export.server";
import { prepareExport } from "../../reports/exports/prepare.server";
import type { Cell, ExportSheet } from "../../reports/exports/sheet";
import { cellValue } from "../../reports/exports/xlsx-writer";
import { SCALE_AS_OF } from "../../seeds/scale";
import { formatCount } from "../sizes";
import { timed } from "../timing";
import type { BenchEnv, Benchmark, Measured, StepContext } from "../types";

const SETTINGS = {
  generatedAt: new Date(`${SCALE_AS_OF}T12:00:00Z`),
  pseudonymSecret: "benchmark-pseudonym-key",
};

/** What the raw writer needs to write a workbook like the export's. */
interface SheetShape {
  name: string;
  header: string[];
  /** Data rows, without the header. */
  rows: number;
  /** The sheet's first rows, as exceljs gets them (texts, numbers, dates). */
  sample: ExcelJS.CellValue[][];
}

/** What a workbook of the shapes holds: what the rates are of. */
interface ShapeSize {
  rows: number;
  cells: number;
}

const files = (env: BenchEnv) => ({
  shape: path.join(env.workDir, `research-shape-${env.engine}-${env.fraction}.json`),
  // Apart from the shapes: the figure's process reads only this, so that
  // parsing the baseline's sample rows (megabytes of JSON) does not count
  // in the export's peak memory.
  size: path.join(env.workDir, `research-size-${env.engine}-${env.fraction}.json`),
  export: path.join(env.workDir, "research-export.xlsx"),
  raw: path.join(env.workDir, "research-raw.xlsx"),
});

/** Counts a sheet's rows and keeps its first batch of them. */
async function shapeOf(sheet: ExportSheet): Promise<SheetShape> {
  let rows = 0;
  let first: readonly (readonly Cell[])[] = [];
  for await (const batch of sheet.batches()) {
    if (rows === 0) first = batch;
    rows += batch.length;
  }
  const kinds = sheet.columns.map((column) => column.kind);
  return {
    name: sheet.name,
    header: sheet.columns.map((column) => column.header),
    rows,
    sample: first.map((row) => row.map((cell, i) => cellValue(cell, kinds[i] ?? "text", "nl"))),
  };
}

async function writeShape(ctx: StepContext): Promise<void> {
  const db = await ctx.db();
  const prepared = await prepareExport(db, {}, { scope: "research", language: "nl", ...SETTINGS });
  const shapes: SheetShape[] = [];
  for (const sheet of researchSheets(db, prepared)) shapes.push(await shapeOf(sheet));
  const size: ShapeSize = {
    rows: shapes.reduce((total, shape) => total + shape.rows, 0),
    cells: shapes.reduce((total, shape) => total + shape.rows * shape.header.length, 0),
  };
  await writeFile(files(ctx.env).shape, JSON.stringify(shapes));
  await writeFile(files(ctx.env).size, JSON.stringify(size));
}

async function readShape(env: BenchEnv): Promise<SheetShape[]> {
  const shapes = JSON.parse(await readFile(files(env).shape, "utf8")) as SheetShape[];
  // JSON has no dates: the date cells come back as ISO text.
  const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  for (const shape of shapes) {
    shape.sample = shape.sample.map((row) =>
      row.map((cell) =>
        typeof cell === "string" && isoInstant.test(cell) ? new Date(cell) : cell,
      ),
    );
  }
  return shapes;
}

async function measured(env: BenchEnv, file: string, seconds: number): Promise<Measured> {
  const { rows, cells } = JSON.parse(await readFile(files(env).size, "utf8")) as ShapeSize;
  const megabytes = (await stat(file)).size / 1024 ** 2;
  return {
    value: rows / seconds,
    seconds,
    note: `${formatCount(rows)} rows in ${seconds.toFixed(1)} s; ${formatCount(Math.round(cells / seconds))} cells/s; ${megabytes.toFixed(0)} MB file`,
  };
}

/** The workbook of the shapes, through exceljs' streaming writer and nothing else. */
async function writeRawWorkbook(shapes: readonly SheetShape[], file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  for (const shape of shapes) {
    const sheet = workbook.addWorksheet(shape.name);
    sheet.addRow(shape.header).commit();
    for (let i = 0; i < shape.rows; i++) {
      sheet.addRow(shape.sample[i % shape.sample.length] as ExcelJS.CellValue[]).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

export const researchExportBenchmark: Benchmark = {
  id: "research-export",
  engines: ["postgres", "pglite"],
  cases: () => [
    {
      id: "research-workbook",
      title:
        "Research workbook of every edition (writeResearchWorkbook, research scope, no filter)",
      size: "every row of every dataset",
      unit: "rows/s",
      baselineTitle:
        "exceljs' streaming WorkbookWriter writing a workbook of the same shape (same sheets, rows and cell types), no styles",
      target: {
        text: "≥ 80% of the raw writer's rows/s; peak memory < 300 MB",
        met: (c) => (c.ratio ?? 0) >= 0.8 && c.peakMb !== null && c.peakMb < 300,
      },
      // The raw writer's speed swings from run to run (by half, at times):
      // one run's ratio could land on either side of the target.
      rounds: 3,
      prepare: writeShape,
      figure: async (ctx) => {
        const db = await ctx.db();
        const file = files(ctx.env).export;
        const { seconds } = await timed(() =>
          writeResearchWorkbook(db, {}, createWriteStream(file), SETTINGS),
        );
        return measured(ctx.env, file, seconds);
      },
      baseline: async (ctx) => {
        const shapes = await readShape(ctx.env);
        const file = files(ctx.env).raw;
        const { seconds } = await timed(() => writeRawWorkbook(shapes, file));
        return measured(ctx.env, file, seconds);
      },
      cleanup: async (ctx) => {
        const { export: written, raw } = files(ctx.env);
        await Promise.all([rm(written, { force: true }), rm(raw, { force: true })]);
      },
    },
  ],
};

// bench/results.md and results.json: one row per case, engine and data size,
// each figure beside its baseline, the target and whether it is met.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Machine } from "./machine";
import type { Case, CaseInfo, Comparison, Engine, Measured } from "./types";

/** What the runner collected for one case at one data size. */
export interface Sample {
  benchmark: string;
  testCase: CaseInfo;
  engine: Engine;
  fraction: number;
  figure: (Measured & { peakBytes?: number }) | null;
  baseline: Measured | null;
  error: string | null;
}

export interface ResultRow {
  benchmark: string;
  case: string;
  title: string;
  engine: Engine;
  /** Share of the full data: 0.1 or 1 (quick: of the quick size). */
  fraction: number;
  size: string;
  unit: Case["unit"];
  value: number | null;
  baseline: number | null;
  baseline_title: string | null;
  ratio: number | null;
  growth: number | null;
  memory_growth: number | null;
  peak_memory_mb: number | null;
  target: string | null;
  met: boolean | null;
  note: string | null;
  error: string | null;
}

export interface Results {
  date: string;
  commit: string;
  quick: boolean;
  machine: Machine;
  rows: ResultRow[];
}

function ratioOf(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

/** Rows with ratios, growth from the smallest to the largest data size, and targets. */
export function toRows(samples: readonly Sample[]): ResultRow[] {
  return samples.map((sample) => {
    const { testCase, figure, baseline } = sample;
    const sameCase = samples.filter(
      (s) => s.engine === sample.engine && s.testCase.id === testCase.id && s.figure,
    );
    const smallest = sameCase.reduce<Sample | undefined>(
      (least, s) => (least && least.fraction <= s.fraction ? least : s),
      undefined,
    );
    const grown = smallest && smallest.fraction < sample.fraction ? smallest : undefined;
    const comparison: Comparison | null = figure && {
      value: figure.value,
      baseline: baseline?.value ?? null,
      ratio: ratioOf(figure.value, baseline?.value),
      growth: grown ? ratioOf(figure.seconds, grown.figure?.seconds) : null,
      memoryGrowth: grown ? ratioOf(figure.peakBytes, grown.figure?.peakBytes) : null,
      peakMb: figure.peakBytes ? Math.round(figure.peakBytes / 1024 ** 2) : null,
      errors: figure.errors ?? 0,
    };
    return {
      benchmark: sample.benchmark,
      case: testCase.id,
      title: testCase.title,
      engine: sample.engine,
      fraction: sample.fraction,
      size: testCase.size,
      unit: testCase.unit,
      value: comparison?.value ?? null,
      baseline: comparison?.baseline ?? null,
      baseline_title: testCase.baselineTitle ?? null,
      ratio: comparison?.ratio ?? null,
      growth: comparison?.growth ?? null,
      memory_growth: comparison?.memoryGrowth ?? null,
      peak_memory_mb: comparison?.peakMb ?? null,
      target: testCase.target?.text ?? null,
      met: comparison && testCase.target ? testCase.target.met(comparison) : null,
      note: figure?.note ?? null,
      error: sample.error,
    };
  });
}

function amount(value: number | null, unit: Case["unit"]): string {
  if (value === null) return "–";
  const digits = unit === "ms" && value < 10 ? 1 : 0;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: digits })} ${unit}`;
}

const times = (value: number | null) => (value === null ? "" : `×${value.toFixed(2)}`);

function growthText(row: ResultRow): string {
  const parts = [
    row.growth === null ? null : `time ${times(row.growth)}`,
    row.memory_growth === null ? null : `memory ${times(row.memory_growth)}`,
  ].filter(Boolean);
  return parts.join(", ") || "–";
}

function metText(row: ResultRow): string {
  if (row.error) return "error";
  if (row.met === null) return "–";
  return row.met ? "yes" : "**no**";
}

export function resultsMarkdown(results: Results): string {
  const { machine } = results;
  const header = [
    "| Benchmark | Engine | Data | Size | Value | Baseline | Ratio | Target | Met? | Peak memory | Growth 10%→100% | Notes |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const lines = results.rows
    .map((row) =>
      [
        row.title,
        row.engine,
        `${Math.round(row.fraction * 100)}%`,
        row.size,
        amount(row.value, row.unit),
        amount(row.baseline, row.unit),
        row.ratio === null ? "–" : row.ratio.toFixed(2),
        row.target ?? "–",
        metText(row),
        row.peak_memory_mb === null ? "–" : `${row.peak_memory_mb} MB`,
        growthText(row),
        [row.note, row.error].filter(Boolean).join("; ") || "",
      ]
        .map((cell) => cell.replaceAll("|", "\\|"))
        .join(" | "),
    )
    .map((line) => `| ${line} |`);
  const baselines = [...new Map(results.rows.map((r) => [r.case, r])).values()]
    .filter((row) => row.baseline_title)
    .map((row) => `- ${row.title}: ${row.baseline_title}`);
  return [
    `# Benchmark results${results.quick ? " (quick run)" : ""}`,
    "",
    `- Date: ${results.date}`,
    `- Commit: ${results.commit}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}`,
    `- Software: Node ${machine.node}, PostgreSQL ${machine.postgres ?? "not run"}, PGlite ${machine.pglite}`,
    "",
    "Ratio is value / baseline, both measured in the same run. Growth is how",
    "the time (and the peak memory) changes from 10% to 100% of the data: ×10",
    "is linear. Peak memory is that of the process doing the work (the web",
    "server for HTTP). How to rerun and what each figure means:",
    "docs/performance.md.",
    "",
    ...header,
    ...lines,
    "",
    "Baselines:",
    "",
    ...baselines,
    "",
  ].join("\n");
}

export async function writeResults(folder: string, results: Results): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const markdown = path.join(folder, "results.md");
  const json = path.join(folder, "results.json");
  await writeFile(markdown, resultsMarkdown(results));
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  return [markdown, json];
}

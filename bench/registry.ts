// Every benchmark, in the order they run and appear in bench/results.md, as
// a loader of its module: a step's child process loads only its own
// benchmark, so that its peak memory is its work's and not the code of the
// others (Chromium's driver for the PDFs weighs some 80 MB). A new
// benchmark (more pages, more exports) is a module in bench/benchmarks/ and
// one line here.
import type { Benchmark } from "./types";

const BENCHMARKS: Record<string, () => Promise<Benchmark>> = {
  metrics: async () => (await import("./benchmarks/metrics")).metricsBenchmark,
  evaluation: async () => (await import("./benchmarks/evaluation")).evaluationBenchmark,
  import: async () => (await import("./benchmarks/import-files")).importFilesBenchmark,
  "research-export": async () =>
    (await import("./benchmarks/research-export")).researchExportBenchmark,
  "factsheet-pdf": async () => (await import("./benchmarks/factsheet-pdf")).factsheetPdfBenchmark,
  http: async () => (await import("./benchmarks/http")).httpBenchmark,
  scoring: async () => (await import("./benchmarks/scoring")).scoringBenchmark,
  followup: async () => (await import("./benchmarks/followup-burst")).followupBurstBenchmark,
};

const known = () => Object.keys(BENCHMARKS).join(", ");

export async function loadBenchmark(id: string): Promise<Benchmark> {
  const load = BENCHMARKS[id];
  if (!load) throw new Error(`no benchmark ${id}; there are ${known()}`);
  return load();
}

/** The benchmarks with these ids (every one without), in the registry's order. */
export function loadBenchmarks(ids?: readonly string[]): Promise<Benchmark[]> {
  const unknown = ids?.filter((id) => !BENCHMARKS[id]) ?? [];
  if (unknown.length > 0)
    throw new Error(`no benchmark ${unknown.join(", ")}; there are ${known()}`);
  const chosen = Object.keys(BENCHMARKS).filter((id) => !ids || ids.includes(id));
  return Promise.all(chosen.map(loadBenchmark));
}

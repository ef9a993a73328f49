// Every benchmark, in the order they run and appear in bench/results.md.
// A new benchmark (PDF factsheets, exports, more pages) is a module in
// bench/benchmarks/ and one line here.
import { factsheetPdfBenchmark } from "./benchmarks/factsheet-pdf";
import { httpBenchmark } from "./benchmarks/http";
import { importFilesBenchmark } from "./benchmarks/import-files";
import { metricsBenchmark } from "./benchmarks/metrics";
import { researchExportBenchmark } from "./benchmarks/research-export";
import type { Benchmark } from "./types";

export const benchmarks: readonly Benchmark[] = [
  metricsBenchmark,
  importFilesBenchmark,
  researchExportBenchmark,
  factsheetPdfBenchmark,
  httpBenchmark,
];

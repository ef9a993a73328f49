import { describe, expect, it } from "vitest";
import { resultsMarkdown, type Sample, toRows } from "../../bench/report";
import type { CaseInfo } from "../../bench/types";

const importCase: CaseInfo = {
  id: "import-csv",
  title: "Import CSV",
  size: "1,000 rows",
  unit: "rows/s",
  baselineTitle: "COPY",
  target: {
    text: "≥ 1/3 of COPY; memory flat",
    met: (c) => (c.ratio ?? 0) >= 1 / 3 && (c.memoryGrowth ?? 1) <= 1.5,
  },
};

function sample(fraction: number, value: number, seconds: number, peakMb: number): Sample {
  return {
    benchmark: "import",
    testCase: importCase,
    engine: "postgres",
    fraction,
    figure: { value, seconds, peakBytes: peakMb * 1024 ** 2 },
    baseline: { value: 3 * value - 10, seconds: seconds / 3 },
    error: null,
  };
}

describe("benchmark results", () => {
  const rows = toRows([sample(0.1, 100, 1, 200), sample(1, 90, 11, 240)]);

  it("puts each figure beside its baseline as a ratio", () => {
    expect(rows[0]?.ratio).toBeCloseTo(100 / 290, 9);
    expect(rows[0]?.met).toBe(true);
  });

  it("says how time and memory grow from the small to the full data", () => {
    expect(rows[0]).toMatchObject({ growth: null, memory_growth: null });
    expect(rows[1]?.growth).toBeCloseTo(11, 9);
    expect(rows[1]?.memory_growth).toBeCloseTo(1.2, 9);
    expect(rows[1]?.met).toBe(true);
  });

  it("marks a missed target and a failed step", () => {
    const failed: Sample = { ...sample(1, 0, 0, 0), figure: null, error: "exited with 1" };
    const [slow, broken] = toRows([
      { ...sample(1, 10, 1, 200), baseline: { value: 100, seconds: 1 } },
      failed,
    ]);
    expect(slow?.met).toBe(false);
    expect(broken).toMatchObject({ value: null, met: null, error: "exited with 1" });
  });

  it("writes one markdown table with the run's machine and commit", () => {
    const markdown = resultsMarkdown({
      date: "2026-01-01T00:00:00Z",
      commit: "abc123",
      quick: false,
      machine: {
        cpu: "Test CPU",
        cores: 2,
        memoryGb: 24,
        os: "Linux",
        node: "v20",
        postgres: "15",
        pglite: "0.5",
      },
      rows,
    });
    expect(markdown).toContain("- Commit: abc123");
    expect(markdown).toContain(
      "| Import CSV | postgres | 100% | 1,000 rows | 90 rows/s | 260 rows/s | 0.35 | ≥ 1/3 of COPY; memory flat | yes | 240 MB | time ×11.00, memory ×1.20 |  |",
    );
  });
});

// The heap growth factor the product's processes run with (bin/heap-growth.ts):
// the same streaming work, with and without it, in processes of their own.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function largestHeapMb(mode: "limit" | "v8-default"): number {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "tests/support/heap-churn.ts", mode],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { largestMb: number }).largestMb;
}

describe("heap growth", { timeout: 60_000 }, () => {
  it("keeps the heap of streaming work well below what V8's own factor lets it reach", () => {
    const limited = largestHeapMb("limit");
    const unlimited = largestHeapMb("v8-default");
    expect(limited).toBeLessThan(unlimited * 0.75);
  });
});

// Issue 18: a command's output arrives whole through a pipe, and a command
// on a fresh embedded database brings its schema up to date by itself, as
// `npm start` does. Real processes on a real data folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const impact = `${JSON.stringify(process.execPath)} --import tsx bin/impact.ts`;

function shell(command: string, env: Record<string, string>) {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: "", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let folder = "";
let dataDir = "";

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "impact-whole-"));
  dataDir = path.join(folder, "data");
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each call starts a TypeScript process; the seeded folder takes about 20 s
// on a quiet machine, several times that on a busy one.
describe("the command line on a fresh embedded folder", { timeout: 300_000 }, () => {
  it("imports into a folder nobody migrated", () => {
    const file = path.join(folder, "editions.csv");
    writeFileSync(
      file,
      "edition_id;municipality;year;name;budget_eur\ndelft-2025;Delft;2025;SOC Delft 2025;30000\n",
    );
    const result = shell(`${impact} import ${JSON.stringify(file)}`, { IMPACT_DATA_DIR: dataDir });
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("editions: 1 nieuw");
  });

  it("sends megabytes of JSON through a pipe whole", () => {
    const seeded = shell(`${impact} seed scale --municipalities 30 --years 10`, {
      IMPACT_DATA_DIR: path.join(folder, "scale"),
    });
    expect(seeded.code, seeded.err).toBe(0);
    const piped = shell(`${impact} metrics --json | cat`, {
      IMPACT_DATA_DIR: path.join(folder, "scale"),
    });
    expect(piped.code, piped.err).toBe(0);
    // 64 KiB was where the cut came when the process exited before stdout drained
    expect(piped.out.length).toBeGreaterThan(1024 * 1024);
    const metrics = JSON.parse(piped.out) as { editions: unknown[] };
    expect(metrics.editions.length).toBe(300);
  });
});

// The house's walls (docs/decisions/017-the-house.md): the linter refuses an
// import that runs against the direction core ← db ← import/reports ← app.
// Each case is one import line as if it stood in the named file, so a change
// to biome.json that opens a wall makes this test fail.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIOME = path.resolve("node_modules/.bin/biome");

const crossings: [file: string, source: string][] = [
  ["core/probe.ts", 'import { imported } from "../db/schema";'],
  ["core/contract/probe.ts", 'import { imported } from "../../reports/metrics/table";'],
  ["core/i18n/probe.ts", 'import { imported } from "~/root";'],
  ["db/probe.ts", 'import { imported } from "../import/run.server";'],
  ["db/queries/probe.ts", 'import { imported } from "../../reports/format-metric";'],
  ["db/probe.ts", 'import { imported } from "../app/root";'],
  ["import/probe.ts", 'import { imported } from "../reports/exports/codebook";'],
  ["import/probe.ts", 'import { imported } from "~/root";'],
  ["reports/metrics/probe.ts", 'import { imported } from "../../import/template";'],
  ["reports/probe.ts", 'import { imported } from "../app/root";'],
  ["seeds/probe.ts", 'import { imported } from "../reports/metrics/compute";'],
  ["app/probe.ts", 'import { imported } from "../seeds/demo";'],
  ["bin/commands/probe.ts", 'import { imported } from "../../app/routes/_index";'],
];

const allowed: [file: string, source: string][] = [
  ["core/contract/probe.ts", 'import { imported } from "../language";'],
  ["db/queries/probe.ts", 'import { imported } from "../../core/metric-parts";'],
  ["import/probe.ts", 'import { imported } from "../db/schema";'],
  ["reports/metrics/probe.ts", 'import { imported } from "../../db/schema";'],
  ["seeds/probe.ts", 'import { imported } from "../import/run.server";'],
  ["app/routes/probe.ts", 'import { imported } from "../../reports/metrics/table";'],
  ["bin/commands/probe.ts", 'import { imported } from "../../app/auth.server";'],
];

// Every probe is a file of its own in a folder laid out like the project,
// linted with the project's biome.json in one run.
const probes = [...crossings, ...allowed].map(([file, source], index) => ({
  file: file.replace("probe.ts", `probe${index}.ts`),
  source,
}));
let folder = "";
let refused = new Set<string>();

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "impact-house-"));
  copyFileSync("biome.json", path.join(folder, "biome.json"));
  for (const { file, source } of probes) {
    mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(folder, file), `${source}\nexport const used = imported;\n`);
  }
  const run = spawnSync(
    BIOME,
    ["lint", "--vcs-enabled=false", "--only=style/noRestrictedImports", "--reporter=json", "."],
    { cwd: folder, encoding: "utf8" },
  );
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  refused = new Set(
    report.diagnostics
      .filter((d) => d.category === "lint/style/noRestrictedImports")
      .map((d) => d.location.path),
  );
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the linter keeps imports running one way", () => {
  it.each(probes.slice(0, crossings.length))("refuses in $file: $source", ({ file }) => {
    expect(refused.has(file)).toBe(true);
  });

  it.each(probes.slice(crossings.length))("allows in $file: $source", ({ file }) => {
    expect(refused.has(file)).toBe(false);
  });
});

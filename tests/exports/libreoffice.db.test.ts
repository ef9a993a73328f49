// LibreOffice opens the research workbook: it converts every sheet to CSV.
// Runs only where `soffice` is installed (it is on the development machines;
// CI machines may lack it, and then this file is skipped).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDataset } from "../../db/insert-dataset.server";
import { writeExport } from "../../reports/exports/export.server";
import { prepareExport } from "../../reports/exports/prepare.server";
import { handMadeDataset } from "../reports/hand-made-editions";
import { useTestDatabase } from "../support/test-db";
import { written } from "./export-files";

const run = promisify(execFile);

async function hasSoffice(): Promise<boolean> {
  try {
    await run("soffice", ["--version"]);
    return true;
  } catch {
    return false;
  }
}

// Semicolons, UTF-8, and every sheet to a file of its own (the last -1).
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1";

describe.runIf(await hasSoffice())("LibreOffice opens the research workbook", () => {
  const test = useTestDatabase();
  let folder: string;

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    folder = await mkdtemp(path.join(tmpdir(), "impact-soffice-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("converts every sheet, with the values as written", async () => {
    const prepared = await prepareExport(
      test.db,
      {},
      { scope: "research", language: "nl", generatedAt: new Date(), pseudonymSecret: null },
    );
    const workbook = path.join(folder, "onderzoek.xlsx");
    await writeFile(workbook, await written((out) => writeExport(test.db, prepared, "xlsx", out)));
    await run(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${path.join(folder, "profile")}`,
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        folder,
        workbook,
      ],
      { timeout: 120_000 },
    );
    const sheets = (await readdir(folder)).filter((name) => name.endsWith(".csv")).sort();
    expect(sheets).toContain("onderzoek-Toekenningen.csv");
    expect(sheets).toHaveLength(14);
    const awards = await readFile(path.join(folder, "onderzoek-Toekenningen.csv"), "utf8");
    expect(awards).toMatch(/^editie_id;pseudoniem;startbudget_eur;microkrediet_eur;/);
    expect(awards).toMatch(/\nalphen-2021;P-[0-9a-f]{16};1800;900;0;0;;prijs/);
    const metrics = await readFile(path.join(folder, "onderzoek-Kengetallen.csv"), "utf8");
    expect(metrics).toMatch(/\nalphen-2020;Alphen;2020;alphen-2019;<5;/);
  });
});

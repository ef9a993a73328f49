// `impact export`: the same exports from the command line, written to a file.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { insertDataset } from "../../db/insert-dataset.server";
import { handMadeDataset } from "../reports/hand-made-editions";
import { useTestDatabase } from "../support/test-db";
import { headers, readWorkbook, records, sheetOf, unzip } from "./export-files";

describe("impact export", () => {
  const test = useTestDatabase();
  let folder: string;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(["export", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const file = (name: string) => path.join(folder, name);

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    folder = await mkdtemp(path.join(tmpdir(), "impact-export-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("writes the research workbook of the chosen editions", async () => {
    const result = await run("xlsx", "--out", file("onderzoek.xlsx"), "--municipality", "Alphen");
    expect(result).toMatchObject({ code: EXIT.done, err: "" });
    expect(result.out).toBe(`Export geschreven: ${file("onderzoek.xlsx")} (research, 3 edities)`);
    const workbook = await readWorkbook(await readFile(file("onderzoek.xlsx")));
    const editions = records(sheetOf(workbook, "Edities")).map((row) => row.editie_id);
    expect(editions).toEqual(["alphen-2019", "alphen-2020", "alphen-2021"]);
    expect(headers(sheetOf(workbook, "Aanmeldingen"))).not.toContain("aanmelding_id");
  });

  it("writes the full scope in English for an administrator", async () => {
    const result = await run("csv", "--out", file("full.zip"), "--scope", "full", "--lang", "en");
    expect(result.code).toBe(EXIT.done);
    const files = await unzip(await readFile(file("full.zip")));
    const applicants = files.get("applicants.csv")?.toString("utf8") ?? "";
    expect(applicants.split("\r\n")[0]).toMatch(/^\uFEFFedition_id;applicant_id;pseudonym;/);
  });

  it("writes 360Giving as JSON or as a spreadsheet, by the file's extension", async () => {
    expect((await run("360giving", "--out", file("grants.json"), "--from", "2020")).code).toBe(
      EXIT.done,
    );
    const json = JSON.parse(await readFile(file("grants.json"), "utf8"));
    expect(json.grants).toHaveLength(3);
    expect((await run("360giving", "--out", file("grants.xlsx"))).code).toBe(EXIT.done);
    const workbook = await readWorkbook(await readFile(file("grants.xlsx")));
    expect(records(sheetOf(workbook, "grants"))).toHaveLength(6);
  });

  it.each([
    [["pdf", "--out", "x.pdf"], "Kies xlsx, csv of 360giving."],
    [["xlsx"], "Geef het doelbestand: --out <bestand>."],
    [["csv", "--out", "x.xlsx"], "Voor csv hoort --out op .zip te eindigen."],
    [["xlsx", "--out", "x.xlsx", "--scope", "alles"], "--scope kent research en full, niet alles."],
    [["xlsx", "--out", "x.xlsx", "--from", "2021", "--to", "2019"], "mag niet later zijn"],
  ])("refuses a wrong call %j (exit 2)", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain(message);
  });

  it("refuses an unknown edition and 360Giving without awards (exit 1), leaving no file", async () => {
    const unknown = await run("xlsx", "--out", file("nergens.xlsx"), "--edition", "nergens-2020");
    expect(unknown).toMatchObject({
      code: EXIT.failed,
      err: "De editie nergens-2020 bestaat niet.",
    });
    const empty = await run("360giving", "--out", file("beek.json"), "--municipality", "Beek");
    expect(empty.code).toBe(EXIT.failed);
    expect(empty.err).toContain("geen toekenningen");
    expect(existsSync(file("nergens.xlsx")) || existsSync(file("beek.json"))).toBe(false);
    expect((await readdir(folder)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });
});

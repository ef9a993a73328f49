// `impact assessment letters EDITION --out FILE.zip`: the zip of every
// letter, and a clear refusal of an unknown edition that writes no file.
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { insertDataset } from "../../db/insert-dataset.server";
import { unzip } from "../exports/export-files";
import { EDITION, lettersDataset } from "../reports/letters-edition";
import { useTestDatabase } from "../support/test-db";

describe("impact assessment letters", () => {
  const test = useTestDatabase();
  let folder = "";
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(["assessment", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  beforeAll(async () => {
    await insertDataset(test.db, lettersDataset());
    folder = await mkdtemp(path.join(tmpdir(), "impact-letters-"));
  });

  it("writes one PDF per assessed applicant into the zip, in English with --lang en", async () => {
    const file = path.join(folder, "letters.zip");
    const { code, out, err } = await run("letters", EDITION, "--out", file, "--lang", "en");
    expect(err).toBe("");
    expect(code).toBe(EXIT.done);
    expect(out).toBe(`5 letters written to ${file}.`);
    const files = await unzip(await readFile(file));
    expect([...files.keys()]).toEqual(["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf"]);
    for (const pdf of files.values()) expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });

  it("refuses an unknown edition in Dutch with exit code 1 and writes no file", async () => {
    const file = path.join(folder, "nergens.zip");
    const { code, out, err } = await run("letters", "nergens-2020", "--out", file);
    expect(code).toBe(EXIT.failed);
    expect(out).toBe("");
    expect(err).toBe("De editie nergens-2020 bestaat niet.");
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.part`)).toBe(false);
  });

  it("is a wrong call without --out or with another extension", async () => {
    const missing = await run("letters", EDITION);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain("--out BRIEVEN.zip");
    const pdf = await run("letters", EDITION, "--out", path.join(folder, "brieven.pdf"));
    expect(pdf.code).toBe(EXIT.usage);
    expect(pdf.err).toContain(".zip");
  });
});

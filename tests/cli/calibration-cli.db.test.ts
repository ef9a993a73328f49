// `impact assessment calibration`: the JSON form of shared/spec/evaluation.md,
// the readable table in Dutch and English, and a clear refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { insertDataset } from "../../db/insert-dataset.server";
import { calibrationDataset, EDITION } from "../reports/calibration-edition";
import { useTestDatabase } from "../support/test-db";

describe("impact assessment calibration", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(["assessment", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  beforeAll(async () => {
    await insertDataset(test.db, calibrationDataset());
  });

  it("prints exactly the JSON form with --json", async () => {
    const { code, out, err } = await run("calibration", EDITION, "--json");
    expect(err).toBe("");
    expect(code).toBe(EXIT.done);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["edition_id", "assessors", "agreement", "ranking", "flips"]);
    expect(json.edition_id).toBe(EDITION);
    expect(json.assessors).toEqual([
      { assessor: "Anna", plans: 3, leniency: 4 },
      { assessor: "Bram", plans: 3, leniency: expect.closeTo(2 / 3, 12) },
      { assessor: "Cor", plans: 3, leniency: -7 },
    ]);
    expect(Object.keys(json.agreement)).toEqual(["impact", "draagvlak", "weighted"]);
    expect(json.agreement.weighted).toBeCloseTo(1556 / 1815, 12);
    expect(json.ranking[0]).toEqual({
      applicant_id: "p1",
      score: 76,
      normalised: 1,
      rank: 1,
      rank_normalised: 1,
    });
    expect(json.flips).toEqual(["p2", "p5"]);
  });

  it("prints a Dutch table, or an English one with --lang en", async () => {
    const nl = await run("calibration", EDITION);
    expect(nl.code).toBe(EXIT.done);
    expect(nl.out).toContain("Kalibratie van de beoordelaars: proefstad-2024");
    expect(nl.out).toMatch(/Anna\s+3\s+\+4\n/);
    expect(nl.out).toMatch(/Gewogen score\s+0,86/);
    expect(nl.out).toContain("Wisselingen bij 2 toekenningen: p2, p5.");
    const en = await run("calibration", EDITION, "--lang", "en");
    expect(en.out).toMatch(/Bram\s+3\s+\+0\.7\n/);
    expect(en.out).toContain("Changes at 2 awards: p2, p5.");
  });

  it("refuses an unknown edition in Dutch with exit code 1 and no stack trace", async () => {
    const { code, out, err } = await run("calibration", "nergens-2020");
    expect(code).toBe(EXIT.failed);
    expect(out).toBe("");
    expect(err).toBe("De editie nergens-2020 bestaat niet.");
  });

  it("is a wrong call without an edition", async () => {
    const { code, err } = await run("calibration");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("Gebruik: impact assessment calibration EDITIE");
  });
});

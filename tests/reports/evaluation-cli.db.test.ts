import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { insertDataset } from "../../db/insert-dataset.server";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { useTestDatabase } from "../support/test-db";
import { evaluationDataset } from "./evaluation-editions";

describe("impact evaluate", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(["evaluate", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  beforeAll(async () => {
    await insertDataset(test.db, evaluationDataset());
  });

  it("prints exactly the JSON form of evaluation.md with --json", async () => {
    const { code, out, err } = await run("--municipality", "Ceder", "--json");
    expect(err).toBe("");
    expect(code).toBe(EXIT.done);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["rdd", "criterion_auc", "funded_vs_comparison"]);
    expect(Object.keys(json.rdd)).toEqual([
      "bandwidth",
      "editions_used",
      "editions_left_out",
      "n_below",
      "n_above",
      "itt",
      "itt_low",
      "itt_high",
      "award_jump",
      "effect_wald",
      "survival_below",
      "reason",
      "robustness",
    ]);
    expect(Object.keys(json.rdd.robustness[0])).toEqual([
      "bandwidth",
      "itt",
      "itt_low",
      "itt_high",
      "n_below",
      "n_above",
    ]);
    expect(Object.keys(json.criterion_auc.impact)).toEqual(["auc", "n_active", "n_inactive"]);
    expect(Object.keys(json.funded_vs_comparison)).toEqual([
      "difference",
      "low",
      "high",
      "n_funded",
      "n_comparison",
    ]);
    expect(json).toEqual(await loadEvaluation(test.db, { municipalities: ["Ceder"] }, 15));
    expect(json.rdd.itt).toBeCloseTo(0.125, 12);
  });

  it("takes the bandwidth and the years", async () => {
    const { code, out } = await run(
      "--municipality",
      "ceder",
      "--from",
      "2020",
      "--to",
      "2021",
      "--bandwidth",
      "7,5",
      "--json",
    );
    expect(code).toBe(EXIT.done);
    const { rdd } = JSON.parse(out);
    expect(rdd).toMatchObject({ bandwidth: 7.5, n_below: 16, n_above: 32, reason: "too_few" });
    expect(rdd.editions_left_out).toEqual([
      { edition_id: "ceder-2021", reason: "no_unfunded_assessed" },
    ]);
    expect(rdd.robustness.map((r: { bandwidth: number }) => r.bandwidth)).toEqual([3.75, 15]);
  });

  it("summarises in Dutch without --json", async () => {
    const { code, out } = await run("--municipality", "Ceder");
    expect(code).toBe(EXIT.done);
    expect(out).toContain(
      "Werkt het microkrediet? Het effect op de budgetgrens, met een bandbreedte van 15 scorepunten",
    );
    expect(out).toContain("Edities met aanvragers aan beide kanten van de grens: 1 (ceder-2020).");
    expect(out).toContain("ceder-2022 (niemand beoordeeld)");
    expect(out).toContain("32 aanvragers eronder, 32 erop of erboven.");
    // 0.125 ∓ 1.959964 · 0.294038 = −0.451 to 0.701
    expect(out).toContain(
      "Verschil in voortbestaan na 12 maanden op de grens: +12,5 procentpunt (95%-interval -45,1 tot +70,1).",
    );
    expect(out).toContain("Voortbestaan net onder de grens: 75%.");
    expect(out).toContain("Met bandbreedte 7,5: te weinig aanvragers (16 eronder, 32 erboven).");
    expect(out).toContain("  impact: 0,5 (27 lopend, 7 gestopt)");
    // 27/34 − 20/35 = 0.2227
    expect(out).toContain("Gefinancierd tegenover de vergelijkingsgroep: +22,3 procentpunt");
  });

  it("summarises in English on request", async () => {
    const { code, out } = await run("--municipality", "Ceder", "--lang", "en");
    expect(code).toBe(EXIT.done);
    expect(out).toContain("Survival just below the line: 75%.");
  });

  it.each([["0"], ["-3"], ["101"], ["vijftien"], ["7.5.1"]])(
    "refuses the bandwidth %s in Dutch with exit 2",
    async (value) => {
      const { code, out, err } = await run(`--bandwidth=${value}`);
      expect(code).toBe(EXIT.usage);
      expect(out).toBe("");
      expect(err).toContain(
        `--bandwidth moet een aantal scorepunten groter dan 0 en hoogstens 100 zijn, zoals 15 of 7,5 (niet “${value}”).`,
      );
      expect(err).not.toMatch(/\bat\s+\S+:\d+/);
    },
  );

  it("refuses a municipality without editions with exit 1", async () => {
    const { code, err } = await run("--municipality", "Eik", "--municipality", "ceder");
    expect(code).toBe(EXIT.failed);
    expect(err).toBe(
      "Geen edities van gemeente Eik. Kijk de schrijfwijze na; `impact metrics` toont alle edities.",
    );
  });

  it("refuses an edition that does not exist with exit 1, and a wrong year with exit 2", async () => {
    expect(await run("--edition", "ceder-1999")).toMatchObject({
      code: EXIT.failed,
      err: "De editie ceder-1999 bestaat niet.",
    });
    const wrong = await run("--from", "twintig");
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toContain("--from moet een jaartal tussen 2000 en 2100 zijn");
  });

  it("says so when no edition matches", async () => {
    const { code, out } = await run("--theme", "Ruimtevaart");
    expect(code).toBe(EXIT.done);
    expect(out).toBe("Er zijn geen edities die bij deze keuze passen.");
  });
});

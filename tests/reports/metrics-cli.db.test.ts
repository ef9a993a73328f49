import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { insertDataset } from "../../db/insert-dataset.server";
import { METRIC_KEYS } from "../../reports/metrics/definitions";
import { useTestDatabase } from "../support/test-db";
import { handMadeDataset } from "./hand-made-editions";

const nbsp = "\u00a0";

describe("impact metrics", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(["metrics", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
  });

  it("shows a Dutch table of every edition, with the editions together", async () => {
    const { code, out, err } = await run();
    expect(err).toBe("");
    expect(code).toBe(EXIT.done);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(
      /^Kengetallen van 4 edities, berekend op \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(lines[2]).toMatch(/Alphen 2019\s+Alphen 2020\s+Alphen 2021\s+Beek 2020\s+Samen$/);
    expect(out).toContain("Financiering en hefboom");
    // 6 · 2 · 2 · 0 registrations, 12 together
    expect(out).toMatch(/ {2}Aanmeldingen\s+6\s+4\s+2\s+0\s+12$/m);
    // euros the Dutch way; a figure that cannot be computed is a dash
    expect(out).toMatch(
      new RegExp(`Microkrediet totaal\\s+€${nbsp}4\\.500,10 +€${nbsp}2\\.200,20 `),
    );
    // 50% of 6 registrations rests on fewer than 10 cases; of 12 it does not
    expect(out).toMatch(/ {2}Toekenningspercentage\s+50%\*\s+50%\*\s+50%\*\s+–\s+50%$/m);
    expect(out).toContain("* berust op minder dan 10 gevallen.");
    // under the table, survival's follow-up coverage; Beek awarded nothing to follow
    expect(out).toContain(
      [
        "Nog actief na 12 maanden: hoeveel er gevolgd zijn",
        "  Alphen 2019: 3 van 3 gevolgd (100%)",
        "  Alphen 2020: 2 van 2 gevolgd (100%)",
        "  Alphen 2021: 0 van 1 gevolgd (0%); tussen 0% en 100%: van 1 van de 1 initiatieven weten we het niet",
        "  Samen: 5 van 6 gevolgd (83%)",
      ].join("\n"),
    );
  });

  it("shows the table in English when asked", async () => {
    const { code, out } = await run("--municipality", "beek", "--lang", "en");
    expect(code).toBe(EXIT.done);
    expect(out).toMatch(/^Metrics of 1 edition, computed at /);
    expect(out).toMatch(/ {2}Budget\s+€8,000\.00$/m);
    expect(out).not.toContain("Together");
  });

  it("answers the machine-readable form with --json", async () => {
    const { code, out } = await run("--json", "--municipality", "Alphen", "--from", "2020");
    expect(code).toBe(EXIT.done);
    const json = JSON.parse(out);
    expect(json.generated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(json.editions.map((e: { edition_id: string }) => e.edition_id)).toEqual([
      "alphen-2020",
      "alphen-2021",
    ]);
    const [first] = json.editions;
    expect(first.previous_edition_id).toBe("alphen-2019");
    expect(Object.keys(first.metrics)).toEqual(METRIC_KEYS);
    expect(first.metrics.microcredit_total).toBe(2200.2);
    expect(first.metrics.follow_on_funding_12m).toBeNull();
    expect(first.delta.registrations).toBe(-2);
    expect(json.aggregate).toMatchObject({ edition_count: 2 });
  });

  it("says so when no edition matches", async () => {
    const { code, out } = await run("--theme", "Ruimtevaart");
    expect(code).toBe(EXIT.done);
    expect(out).toContain("Er zijn geen edities die bij deze keuze passen.");
  });

  it("refuses an edition that does not exist (exit 1)", async () => {
    const { code, err } = await run("--edition", "alphen-1999");
    expect(code).toBe(EXIT.failed);
    expect(err).toContain("De editie alphen-1999 bestaat niet.");
  });

  it.each([
    [["--from", "twintig"], "--from moet een jaartal tussen 2000 en 2100 zijn"],
    [["--from", "2021", "--to", "2020"], "--from mag niet later zijn dan --to"],
    [["--lang", "fr"], "Onbekende taal: fr. Kies nl of en."],
    [["--gemeente", "Alphen"], "--gemeente"],
    [["alphen-2019"], "Onverwacht argument: alphen-2019"],
  ])("treats %j as a wrong call (exit 2)", async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(message);
    expect(err).toContain("Gebruik: impact metrics");
  });
});

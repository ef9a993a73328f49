import { describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { DATASET_TABLES } from "../../db/dataset";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { DEFAULT_SCALE, scaleDatasets } from "../../seeds/scale";
import { loadScaleData, SCALE_IMPORTER } from "../../seeds/scale-seed.server";
import { useTestDatabase } from "../support/test-db";

const small = { ...DEFAULT_SCALE, municipalities: 3, years: 2 };

describe("loading the national-scale data", () => {
  const test = useTestDatabase();
  const generated = [...scaleDatasets(small)];

  it("writes every generated row and records the load as a seed", async () => {
    const counts = await loadScaleData(test.db, small);
    for (const table of DATASET_TABLES) {
      const expected = generated.reduce((total, d) => total + d[table].length, 0);
      expect(counts[table], table).toBe(expected);
      const stored = await test.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(stored.n, table).toBe(expected);
    }
    const history = await test.db.selectFrom("imports").selectAll().execute();
    expect(history).toMatchObject([{ imported_by: SCALE_IMPORTER, mode: "seed", counts }]);
  });

  it("stores the rows as generated", async () => {
    const applicants = await test.db
      .selectFrom("applicants")
      .select(["edition_id", "applicant_id", "initiative", "registered_on", "returning"])
      .orderBy("edition_id")
      .orderBy("applicant_id")
      .execute();
    const expected = generated
      .flatMap((d) => d.applicants)
      .map(({ edition_id, applicant_id, initiative, registered_on, returning }) => ({
        edition_id,
        applicant_id,
        initiative,
        registered_on,
        returning,
      }))
      .sort((a, b) =>
        a.edition_id === b.edition_id
          ? a.applicant_id.localeCompare(b.applicant_id)
          : a.edition_id.localeCompare(b.edition_id),
      );
    expect(applicants).toEqual(expected);
  });

  it("fills the derived tables, so the metrics count what was generated", async () => {
    const report = await loadMetricsReport(test.db, {}, new Date("2026-01-01T00:00:00Z"));
    for (const dataset of generated) {
      const edition = report.editions.find((e) => e.edition_id === dataset.editions[0]?.edition_id);
      expect(edition?.metrics.registrations).toBe(dataset.applicants.length);
      expect(edition?.metrics.awarded).toBe(dataset.awards.length);
      expect(edition?.metrics.assessed).toBe(
        new Set(dataset.assessments.map((a) => a.applicant_id)).size,
      );
    }
    const parts = await test.db.selectFrom("edition_metric_parts").select("edition_id").execute();
    expect(parts).toHaveLength(generated.length);
  });

  it("is refused by the command line once the database holds editions", async () => {
    const err: string[] = [];
    const io: CliIo = { out: () => {}, err: (t) => err.push(t), db: async () => test.db };
    expect(await runCli(["seed", "scale", "--municipalities", "1"], commands, io)).toBe(
      EXIT.failed,
    );
    expect(err.join("\n")).toContain("reset --yes");
    expect(await runCli(["seed", "scale", "--years", "0"], commands, io)).toBe(EXIT.usage);
    for (const effect of ["0,6", "veel", "--effect=-0.7"]) {
      const args = effect.startsWith("--") ? [effect] : ["--effect", effect];
      expect(await runCli(["seed", "scale", ...args], commands, io)).toBe(EXIT.usage);
    }
    expect(err.join("\n")).toContain("--effect moet een kans tussen -0,5 en 0,5 zijn");
    // A valid effect passes the checks and is refused for the full database only.
    expect(await runCli(["seed", "scale", "--effect=-0,2"], commands, io)).toBe(EXIT.failed);
  });
});

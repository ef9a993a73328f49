// Turning the selection above the budget line into awards, on a real
// database: the administrator's page writes exactly the expected awards rows
// in one history entry of mode `form`, and undoes it; a plan above the line
// without a start budget refuses the whole write; plans awarded already are
// left as they are; the command line prints what it awarded.
//
// Edition proefstad-2025, budget 5000, max_share 0.5:
//   plan  score  start  asked  amount  total  within
//   p1      90    4000   1500   1500    1500   yes
//   p2      80    3000   1200   1200    2700   yes
//   p3      70    2000   1000   1000    3700   yes
//   p4      60    4000   2000   2000    5700   no
// Edition tweede-2025: t1 (no start budget) and t2, both above the line.
import { Readable } from "node:stream";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { action as adminAction } from "~/routes/beheer.beoordeling.$editionId";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { dayInNetherlands } from "../../core/format";
import type { Dataset } from "../../db/dataset";
import { emptyDataset } from "../../db/dataset";
import { insertDataset } from "../../db/insert-dataset.server";
import { writeFormRows } from "../../import/forms/submit.server";
import { awardSelection } from "../../import/scoring/award-selection.server";
import { editionRanking } from "../../reports/selection/edition-ranking.server";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const EDITION = "proefstad-2025";
const SECOND = "tweede-2025";

type Plan = [applicantId: string, score: number, start: number | null, requested: number];

/** An edition of one criterion (scale 10) whose plans each have one assessor's score. */
function edition(data: Dataset, edition_id: string, municipality: string, plans: Plan[]) {
  data.editions.push({
    edition_id,
    municipality,
    year: 2025,
    name: edition_id,
    budget_eur: 5000,
    max_share: 0.5,
    score_scale_max: 10,
  });
  data.criteria.push({ edition_id, criterion: "impact", label: "Impact", weight: 1 });
  for (const [applicant_id, score, start_budget_eur, requested_eur] of plans) {
    data.applicants.push({
      edition_id,
      applicant_id,
      initiative: `Initiatief ${applicant_id}`,
      start_budget_eur,
      requested_eur,
      plan_submitted: true,
    });
    data.assessments.push({ edition_id, applicant_id, assessor: "Anna", comment: null });
    data.assessment_scores.push({
      edition_id,
      applicant_id,
      assessor: "Anna",
      criterion: "impact",
      score,
    });
  }
}

describe("awarding the selection", () => {
  const test = useTestDatabase();
  let admin = "";

  beforeAll(async () => {
    const data = emptyDataset();
    edition(data, EDITION, "Proefstad", [
      ["p1", 9, 4000, 1500],
      ["p2", 8, 3000, 1200],
      ["p3", 7, 2000, 1000],
      ["p4", 6, 4000, 2000],
    ]);
    edition(data, SECOND, "Tweedestad", [
      ["t1", 9, null, 500],
      ["t2", 8, 2000, 1000],
    ]);
    await insertDataset(test.db, data);
    admin = await loginAs(test.db, "admin");
  });

  const post = (cookie: string, fields: Record<string, string>) =>
    adminAction(
      requestArgs(
        test.db,
        `http://localhost/beheer/beoordeling/${EDITION}`,
        cookie,
        { method: "POST", body: new URLSearchParams(fields) },
        { editionId: EDITION },
      ),
    );

  const awards = async (editionId = EDITION) => {
    const { rows } = await sql<{
      applicant_id: string;
      start: number;
      credit: number;
      day: string;
      instrument: string;
    }>`select applicant_id, start_budget_eur::float8 as start, microcredit_eur::float8 as credit,
        awarded_on::text as day, instrument from awards where edition_id = ${editionId}
        order by applicant_id`.execute(test.db);
    return rows.map((r) => [r.applicant_id, r.start, r.credit, r.day, r.instrument]);
  };
  const history = async () => {
    const { rows } = await sql<{ import_id: number; file_name: string; mode: string }>`
      select import_id, file_name, mode from imports order by import_id`.execute(test.db);
    return rows;
  };
  const audited = async (action: string) => {
    const { rows } = await sql`select 1 from audit_log where action = ${action}`.execute(test.db);
    return rows.length;
  };

  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      db: async () => test.db,
      stdin: Readable.from([""]),
    };
    const code = await runCli(["assessment", ...argv], commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("answers anyone but an administrator 403, storing nothing", async () => {
    for (const role of ["researcher", "assessor", "municipality"] as const) {
      const cookie = await loginAs(test.db, role, role === "municipality" ? ["Proefstad"] : []);
      const refused = await post(cookie, { intent: "award" }).catch((thrown: unknown) => thrown);
      expect((refused as Response).status).toBe(403);
    }
    expect(await awards()).toEqual([]);
  });

  it("awards the plans above the line in one form write, dated today, and undoes it", async () => {
    const today = dayInNetherlands(new Date());
    const before = (await history()).length;
    const answer = await post(admin, { intent: "award" });
    const written = (await history()).slice(before);
    expect(written).toEqual([
      { import_id: expect.any(Number), file_name: `selectie toekennen/${EDITION}`, mode: "form" },
    ]);
    const importId = written[0]?.import_id as number;
    expect(answer).toEqual({
      ok: true,
      message: `3 plannen toegekend (importnummer ${importId}): p1, p2, p3.`,
      undoImportId: importId,
    });
    expect(await awards()).toEqual([
      ["p1", 4000, 1500, today, "prize"],
      ["p2", 3000, 1200, today, "prize"],
      ["p3", 2000, 1000, today, "prize"],
    ]);
    expect(await audited("assessment_awarded")).toBe(1);

    const undone = await post(admin, { intent: "undo_award", import_id: String(importId) });
    expect(undone).toEqual({
      ok: true,
      message: `De toekenning (importnummer ${importId}) is ongedaan gemaakt.`,
    });
    expect(await awards()).toEqual([]);
    expect(await audited("assessment_award_undone")).toBe(1);
    const again = await post(admin, { intent: "undo_award", import_id: String(importId) });
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("al ongedaan") });
  });

  it("refuses the whole selection when a plan above the line has no start budget", async () => {
    const before = await history();
    const ranked = await editionRanking(test.db, SECOND);
    const outcome = await awardSelection(test.db, {
      editionId: SECOND,
      ranking: ranked?.ranking ?? [],
      awardedOn: "2026-01-15",
      actor: { userId: null, name: "test" },
      language: "nl",
    });
    expect(outcome).toEqual({ ok: false, reason: "incomplete", incomplete: ["t1"] });
    expect(await awards(SECOND)).toEqual([]);
    expect(await history()).toEqual(before);
    const printed = await cli("award", SECOND);
    expect(printed.code).toBe(EXIT.failed);
    expect(printed.err).toContain(
      "Niets toegekend: t1 staan boven de streep maar missen een startbudget of een gevraagd bedrag.",
    );
  });

  it("leaves a plan awarded already as it is, and prints what the command line awarded", async () => {
    const byHand = await writeFormRows(test.db, {
      formName: "met de hand",
      sheets: [
        {
          dataset: "awards",
          rows: [
            {
              edition_id: EDITION,
              applicant_id: "p2",
              start_budget_eur: 3000,
              microcredit_eur: 900,
              awarded_on: "2026-11-01",
            },
          ],
        },
      ],
      writtenBy: "test",
      language: "nl",
    });
    expect(byHand.ok).toBe(true);
    // Not an award write of this edition: its undo is not offered here.
    const other = await post(admin, { intent: "undo_award", import_id: String(byHand.import_id) });
    expect(other).toMatchObject({ ok: false });
    expect(await awards()).toHaveLength(1);

    const printed = await cli("award", EDITION);
    expect(printed.code).toBe(EXIT.done);
    expect(printed.out).toMatch(
      /^2 plannen toegekend \(importnummer \d+\): p1, p3\. Al toegekend en ongemoeid gelaten: p2\.$/,
    );
    const today = dayInNetherlands(new Date());
    expect(await awards()).toEqual([
      ["p1", 4000, 1500, today, "prize"],
      ["p2", 3000, 900, "2026-11-01", "prize"],
      ["p3", 2000, 1000, today, "prize"],
    ]);
    // A later write to the edition (p4 awarded by hand): the award can no longer be undone.
    const commandLine = Number(/importnummer (\d+)/.exec(printed.out)?.[1]);
    await writeFormRows(test.db, {
      formName: "met de hand",
      sheets: [
        {
          dataset: "awards",
          rows: [
            {
              edition_id: EDITION,
              applicant_id: "p4",
              start_budget_eur: 4000,
              microcredit_eur: 2000,
            },
          ],
        },
      ],
      writtenBy: "test",
      language: "nl",
    });
    const late = await post(admin, { intent: "undo_award", import_id: String(commandLine) });
    expect(late).toMatchObject({
      ok: false,
      message: expect.stringContaining("kan niet meer ongedaan worden gemaakt"),
    });
    expect(await awards()).toHaveLength(4);
    const nothingLeft = await cli("award", EDITION);
    expect(nothingLeft).toMatchObject({ code: EXIT.done });
    expect(nothingLeft.out).toContain("Niets toegekend");
  });

  it("refuses an unknown edition on the command line with exit 1", async () => {
    const printed = await cli("award", "nergens");
    expect(printed.code).toBe(EXIT.failed);
    expect(printed.err).toContain("nergens");
  });
});

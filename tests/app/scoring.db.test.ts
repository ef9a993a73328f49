// The assessment workspace end to end on a real database: assignment through
// the command line, an assessor who sees only their own plans, a draft and a
// submission that lands one assessments row through the import (and
// applicant_scores with it), field errors that store nothing, conflicts of
// interest, the administrator's page, and the walls around every reader route.
import { Readable } from "node:stream";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { startSession } from "~/auth.server";
import { loader as overviewLoader } from "~/routes/_index";
import { loader as metricsApi } from "~/routes/api.metrics";
import {
  action as adminAction,
  loader as adminLoader,
} from "~/routes/beheer.beoordeling.$editionId";
import { loader as listLoader } from "~/routes/beoordelen._index";
import {
  action as planAction,
  loader as planLoader,
} from "~/routes/beoordelen.$editionId.$applicantId";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { loader as exportLoader } from "~/routes/export._index";
import { loader as researchExport } from "~/routes/export.onderzoek[.]xlsx";
import { loader as importLoader } from "~/routes/import._index";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { emptyDataset } from "../../db/dataset";
import { insertDataset } from "../../db/insert-dataset.server";
import { accountById, createAccount } from "../../db/queries/users.server";
import { undoImport } from "../../import/undo.server";
import { requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const EDITION = "proefstad-2025";

function dataset() {
  const data = emptyDataset();
  data.editions.push({
    edition_id: EDITION,
    municipality: "Proefstad",
    year: 2025,
    name: "SOC Proefstad 2025",
    budget_eur: 20000,
    score_scale_max: 10,
  });
  data.criteria.push(
    { edition_id: EDITION, criterion: "impact", label: "Impact", weight: 3 },
    { edition_id: EDITION, criterion: "draagvlak", label: "Draagvlak", weight: 2 },
  );
  for (const id of ["p1", "p2", "p3", "p4"]) {
    data.applicants.push({
      edition_id: EDITION,
      applicant_id: id,
      initiative: `Initiatief ${id}`,
      organisation: `Stichting ${id}`,
      entrepreneur: `Ondernemer ${id}`,
      email: `${id}@voorbeeld.nl`,
      idea: `Het idee van ${id}`,
      start_budget_eur: 4000,
      requested_eur: 1500,
      // p4 handed in no plan: it is not assessed.
      plan_submitted: id !== "p4",
    });
  }
  return data;
}

describe("the assessment workspace", () => {
  const test = useTestDatabase();
  const cookies: Record<string, string> = {};

  async function account(key: string, role: "admin" | "assessor" | "researcher", name: string) {
    const userId = await createAccount(test.db, {
      email: `${key}@test.soc`,
      name,
      role,
      municipalities: [],
      password: "een-lang-wachtwoord",
    });
    const found = await accountById(test.db, userId);
    if (!found) throw new Error("no account");
    cookies[key] = (await startSession(new Request("http://localhost/"), test.db, found)).split(
      ";",
    )[0] as string;
    return userId;
  }

  const command = async (argv: string[], stdin = "") => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      db: async () => test.db,
      stdin: Readable.from([stdin]),
    };
    const code = await runCli(argv, commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const cli = (...argv: string[]) => command(["assessment", ...argv]);

  const plan = (who: string, applicantId: string, search = "") =>
    planLoader(
      requestArgs(
        test.db,
        `http://localhost/beoordelen/${EDITION}/${applicantId}${search}`,
        cookies[who],
        {},
        {
          editionId: EDITION,
          applicantId,
        },
      ),
    );

  const post = (who: string, applicantId: string, fields: Record<string, string>) =>
    planAction(
      requestArgs(
        test.db,
        `http://localhost/beoordelen/${EDITION}/${applicantId}`,
        cookies[who],
        { method: "POST", body: new URLSearchParams(fields) },
        { editionId: EDITION, applicantId },
      ),
    );

  const assignedTo = async (key: string) => {
    const { rows } = await sql<{ applicant_id: string }>`
      select a.applicant_id from assessment_assignments a join users u using (user_id)
      where u.email = ${`${key}@test.soc`} order by 1`.execute(test.db);
    return rows.map((r) => r.applicant_id);
  };

  const failure = (promise: Promise<unknown>) => promise.catch((thrown: unknown) => thrown);

  beforeAll(async () => {
    await insertDataset(test.db, dataset());
    await account("anna", "assessor", "Anna de Vries");
    await account("bram", "assessor", "Bram Bakker");
    // Cor is made on the command line, as Buro Bries would.
    const cor = await command(
      ["users", "add", "--email", "cor@test.soc", "--name", "Cor Jansen", "--role", "assessor"],
      "een-lang-wachtwoord\n",
    );
    expect(cor).toMatchObject({
      code: EXIT.done,
      out: "Account cor@test.soc (assessor) is aangemaakt.",
    });
    await account("beheer", "admin", "Beheerder");
    await account("onderzoek", "researcher", "Onderzoeker");
  });

  it("refuses an unknown edition, an unknown address, a non-assessor and too few assessors, in Dutch", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["assign", "nergens-2020", "--assessors", "anna@test.soc"],
        /Editie 'nergens-2020' bestaat niet/,
      ],
      [
        ["assign", EDITION, "--assessors", "anna@test.soc,niemand@test.soc"],
        /geen account met e-mailadres niemand@test.soc/,
      ],
      [
        ["assign", EDITION, "--assessors", "anna@test.soc,beheer@test.soc"],
        /beheer@test.soc is geen actieve beoordelaar/,
      ],
      [
        ["assign", EDITION, "--assessors", "anna@test.soc,bram@test.soc"],
        /Te weinig beoordelaars: 2 gekozen, 3 per plan nodig/,
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await cli(...argv);
      expect(code).toBe(EXIT.failed);
      expect(err).toMatch(message);
    }
    expect(await assignedTo("anna")).toEqual([]);
  });

  it("assigns each submitted plan to two assessors through the command line, loads 2, 2, 2", async () => {
    const { code, out } = await cli(
      "assign",
      EDITION,
      "--assessors",
      "anna@test.soc,bram@test.soc,cor@test.soc",
      "--per-plan",
      "2",
    );
    expect(code).toBe(EXIT.done);
    expect(out).toMatch(/3 plannen verdeeld over 3 beoordelaars/);
    // p1: anna bram; p2: cor anna; p3: bram cor (least loaded first, ties by address).
    expect(await assignedTo("anna")).toEqual(["p1", "p2"]);
    expect(await assignedTo("bram")).toEqual(["p1", "p3"]);
    expect(await assignedTo("cor")).toEqual(["p2", "p3"]);
    const { rows } = await sql<{ action: string }>`
      select action from audit_log where action = 'assessment_assigned'`.execute(test.db);
    expect(rows).toHaveLength(1);
  });

  it("shows an assessor only their own plans, without the entrepreneur's personal data", async () => {
    const list = await listLoader(
      requestArgs(test.db, "http://localhost/beoordelen", cookies.anna),
    );
    expect(list.plans.map((p) => [p.applicant_id, p.state])).toEqual([
      ["p1", "to_do"],
      ["p2", "to_do"],
    ]);
    const page = await plan("anna", "p1");
    expect(page.plan).toMatchObject({
      initiative: "Initiatief p1",
      organisation: "Stichting p1",
      idea: "Het idee van p1",
      start_budget_eur: 4000,
      requested_eur: 1500,
    });
    expect(JSON.stringify(page)).not.toMatch(/Ondernemer|@voorbeeld/);
    expect(page.criteria.map((c) => [c.criterion, c.weight])).toEqual([
      ["impact", 3],
      ["draagvlak", 2],
    ]);
  });

  it("answers 404 for another assessor's plan, and for a plan without a plan", async () => {
    for (const id of ["p3", "p4", "nergens"]) {
      const refusal = await failure(plan("anna", id));
      expect((refusal as Response).status).toBe(404);
      const posted = await failure(post("anna", id, { intent: "draft", score_impact: "5" }));
      expect((posted as Response).status).toBe(404);
    }
  });

  it("refuses an assessor every dashboard, export, import and admin page", async () => {
    const refused = [
      () =>
        editionLoader({
          ...requestArgs(test.db, `http://localhost/edities/${EDITION}`, cookies.anna),
          params: { editionId: EDITION },
        }),
      () => exportLoader(requestArgs(test.db, "http://localhost/export", cookies.anna)),
      () =>
        researchExport(
          requestArgs(test.db, "http://localhost/export/onderzoek.xlsx", cookies.anna),
        ),
      () => importLoader(requestArgs(test.db, "http://localhost/import", cookies.anna)),
      () =>
        adminLoader(
          requestArgs(
            test.db,
            `http://localhost/beheer/beoordeling/${EDITION}`,
            cookies.anna,
            {},
            { editionId: EDITION },
          ),
        ),
    ];
    for (const load of refused) {
      const refusal = await failure(load());
      expect((refusal as Response).status).toBe(403);
    }
    const api = (await metricsApi(
      requestArgs(test.db, "http://localhost/api/metrics", cookies.anna),
    )) as Response;
    expect(api.status).toBe(403);
    // The start page sends an assessor to their own list.
    const start = (await failure(
      overviewLoader(requestArgs(test.db, "http://localhost/", cookies.anna)),
    )) as Response;
    expect(start.status).toBe(302);
    expect(start.headers.get("Location")).toBe("/beoordelen");
    // And a reader role does not enter the assessor's pages.
    const researcher = await failure(
      listLoader(requestArgs(test.db, "http://localhost/beoordelen", cookies.onderzoek)),
    );
    expect((researcher as Response).status).toBe(403);
  });

  it("keeps an incomplete draft apart from the contract, but refuses a draft out of scale", async () => {
    const bad = await post("anna", "p1", {
      intent: "draft",
      score_impact: "11",
      score_draagvlak: "",
    });
    expect(bad).toMatchObject({
      fieldErrors: { score_impact: "De score voor Impact ligt tussen 0 en 10." },
    });
    const { rows: none } = await sql`select 1 from assessment_drafts`.execute(test.db);
    expect(none).toHaveLength(0);
    // Saved: back to the plan page (Post/Redirect/GET), which shows the stored draft.
    const draft = (await failure(
      post("anna", "p1", { intent: "draft", score_impact: "7,5", comment: "Sterk plan" }),
    )) as Response;
    expect(draft.status).toBe(303);
    expect(draft.headers.get("Location")).toBe(`/beoordelen/${EDITION}/p1?bewaard=1`);
    const page = await plan("anna", "p1", "?bewaard=1");
    expect(page.drafted).toBe(true);
    expect(page.plan).toMatchObject({
      state: "draft",
      scores: { impact: 7.5 },
      comment: "Sterk plan",
    });
    // without the marker, or with it but no draft, the page confirms nothing
    expect((await plan("anna", "p1")).drafted).toBe(false);
    expect((await plan("anna", "p2", "?bewaard=1")).drafted).toBe(false);
    const { rows } = await sql`select 1 from assessments`.execute(test.db);
    expect(rows).toHaveLength(0);
  });

  it("refuses a submission with a missing criterion or a score out of scale, next to the field, storing nothing", async () => {
    const missing = await post("anna", "p1", {
      intent: "submit",
      score_impact: "8",
      score_draagvlak: "",
    });
    expect(missing).toMatchObject({
      fieldErrors: { score_draagvlak: "Geef een score voor Draagvlak." },
      values: { score_impact: "8" },
    });
    const outside = await post("anna", "p1", {
      intent: "submit",
      score_impact: "-1",
      score_draagvlak: "abc",
    });
    expect(outside).toMatchObject({
      fieldErrors: {
        score_impact: "De score voor Impact ligt tussen 0 en 10.",
        score_draagvlak: "De score voor Draagvlak is geen getal.",
      },
    });
    const { rows } = await sql`select 1 from assessments union all select 1 from imports`.execute(
      test.db,
    );
    expect(rows).toHaveLength(0);
    expect((await plan("anna", "p1")).plan.state).toBe("draft");
  });

  it("lands a submission as exactly one assessments row under the account's name, through the import", async () => {
    const done = (await failure(
      post("anna", "p1", {
        intent: "submit",
        score_impact: "8",
        score_draagvlak: "6",
        comment: "Sterk plan",
      }),
    )) as Response;
    // Submitted: to the list (Post/Redirect/GET), which says which plan it was.
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe(`/beoordelen?ingediend=${EDITION}%2Fp1`);
    const list = await listLoader(
      requestArgs(test.db, `http://localhost${done.headers.get("Location")}`, cookies.anna),
    );
    expect(list).toMatchObject({ submittedInitiative: "Initiatief p1", conflictDeclared: false });
    expect(list.plans.find((p) => p.applicant_id === "p1")?.state).toBe("submitted");
    const assessments = await test.db
      .selectFrom("assessments")
      .select(["applicant_id", "assessor", "comment", "import_id"])
      .execute();
    expect(assessments).toEqual([
      {
        applicant_id: "p1",
        assessor: "Anna de Vries",
        comment: "Sterk plan",
        import_id: expect.any(Number),
      },
    ]);
    const scores = await test.db
      .selectFrom("assessment_scores")
      .select(["criterion", "score"])
      .orderBy("criterion")
      .execute();
    expect(scores).toEqual([
      { criterion: "draagvlak", score: 6 },
      { criterion: "impact", score: 8 },
    ]);
    // score = 100 × (3 × 8 + 2 × 6) / (10 × 5) = 72
    const derived = await test.db
      .selectFrom("applicant_scores")
      .select(["applicant_id", "score"])
      .execute();
    expect(derived).toEqual([{ applicant_id: "p1", score: 72 }]);
    const history = await test.db
      .selectFrom("imports")
      .select(["file_name", "mode", "imported_by", "counts"])
      .execute();
    expect(history).toEqual([
      {
        file_name: "beoordelingsformulier",
        mode: "form",
        imported_by: "anna@test.soc",
        counts: { assessments: { inserted: 1, updated: 0, unchanged: 0 } },
      },
    ]);
    const page = await plan("anna", "p1");
    expect(page.plan).toMatchObject({ state: "submitted", scores: { impact: 8, draagvlak: 6 } });
    const { rows: drafts } = await sql`select 1 from assessment_drafts`.execute(test.db);
    expect(drafts).toHaveLength(0);
  });

  it("names on the list only a plan of the assessor's own that is submitted, whatever the marker says", async () => {
    const notice = async (who: string, marker: string) =>
      (
        await listLoader(
          requestArgs(
            test.db,
            `http://localhost/beoordelen?${new URLSearchParams({ ingediend: marker })}`,
            cookies[who],
          ),
        )
      ).submittedInitiative;
    expect(await notice("anna", `${EDITION}/p1`)).toBe("Initiatief p1");
    // not submitted yet, submitted by another, unknown, or not a plan at all: no notice
    expect(await notice("anna", `${EDITION}/p2`)).toBeNull();
    expect(await notice("bram", `${EDITION}/p1`)).toBeNull();
    for (const marker of ["1", "p1", "nergens-2020/p1", "<script>alert(1)</script>", ""]) {
      expect(await notice("anna", marker), marker).toBeNull();
    }
  });

  it("changes nothing on a second submission, and refuses a conflict on a submitted score", async () => {
    const again = await post("anna", "p1", {
      intent: "submit",
      score_impact: "2",
      score_draagvlak: "2",
    });
    expect(again).toMatchObject({
      formErrors: ["Deze beoordeling is al ingediend; er is niets gewijzigd."],
    });
    const conflict = await post("anna", "p1", { intent: "conflict" });
    expect(conflict).toMatchObject({ formErrors: [expect.stringMatching(/heropenen/)] });
    const scores = await test.db
      .selectFrom("assessment_scores")
      .select("score")
      .where("criterion", "=", "impact")
      .execute();
    expect(scores).toEqual([{ score: 8 }]);
    const { rows } = await sql`select 1 from imports`.execute(test.db);
    expect(rows).toHaveLength(1);
    expect(await assignedTo("anna")).toEqual(["p1", "p2"]);
  });

  it("records a conflict of interest and removes the assignment; the next assignment respects it", async () => {
    const answer = (await failure(post("anna", "p2", { intent: "conflict" }))) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/beoordelen?gemeld=1");
    expect(await assignedTo("anna")).toEqual(["p1"]);
    const { rows } = await sql<{
      applicant_id: string;
    }>`select applicant_id from assessment_conflicts`.execute(test.db);
    expect(rows).toEqual([{ applicant_id: "p2" }]);
    const { rows: audited } =
      await sql`select 1 from audit_log where action = 'assessment_conflict'`.execute(test.db);
    expect(audited).toHaveLength(1);
    // Three per plan cannot be: p2 has only Bram and Cor left.
    const three = await cli(
      "assign",
      EDITION,
      "--assessors",
      "anna@test.soc,bram@test.soc,cor@test.soc",
    );
    expect(three.code).toBe(EXIT.failed);
    expect(three.err).toMatch(
      /Plan p2 heeft maar 2 beoordelaars zonder belangenconflict, er zijn er 3 nodig/,
    );
    // Two per plan again: anna keeps her submitted p1, never gets p2.
    const two = await cli(
      "assign",
      EDITION,
      "--assessors",
      "anna@test.soc,bram@test.soc,cor@test.soc",
      "--per-plan",
      "2",
    );
    expect(two.code).toBe(EXIT.done);
    expect(await assignedTo("anna")).not.toContain("p2");
    expect(await assignedTo("anna")).toContain("p1");
  });

  it("shows the administrator the progress per plan and per assessor, and lets them reopen", async () => {
    const admin = (url = `http://localhost/beheer/beoordeling/${EDITION}`) =>
      adminLoader(requestArgs(test.db, url, cookies.beheer, {}, { editionId: EDITION }));
    const page = await admin();
    expect(page.progress.plans.map((p) => [p.applicant_id, p.submitted, p.assigned])).toEqual([
      ["p1", 1, 2],
      ["p2", 0, 2],
      ["p3", 0, 2],
    ]);
    // The ranking against the budget: p1 alone has a score (72); it asks 1500 of a cap of 2000.
    expect(
      page.ranking.map((r) => [r.applicant_id, r.score, r.amount, r.running_total, r.within]),
    ).toEqual([["p1", 72, 1500, 1500, true]]);
    const anna = page.progress.assessors.find((a) => a.name === "Anna de Vries");
    expect(anna).toMatchObject({ done: 1, to_do: expect.any(Number) });
    expect(page.progress.assessors.reduce((n, a) => n + a.done + a.to_do, 0)).toBe(6);
    const annaId = anna?.user_id as number;
    const reopened = await adminAction(
      requestArgs(
        test.db,
        `http://localhost/beheer/beoordeling/${EDITION}`,
        cookies.beheer,
        {
          method: "POST",
          body: new URLSearchParams({
            intent: "reopen",
            applicant_id: "p1",
            user_id: String(annaId),
          }),
        },
        { editionId: EDITION },
      ),
    );
    expect(reopened).toMatchObject({ ok: true });
    expect((await plan("anna", "p1")).plan.state).toBe("to_do");
    const { rows } =
      await sql`select 1 from audit_log where action = 'assessment_reopened'`.execute(test.db);
    expect(rows).toHaveLength(1);
    const unknown = await failure(
      adminLoader(
        requestArgs(
          test.db,
          "http://localhost/beheer/beoordeling/nergens",
          cookies.beheer,
          {},
          { editionId: "nergens" },
        ),
      ),
    );
    expect((unknown as Response).status).toBe(404);
  });
  it("withdraws a reopened submission as a recorded form write when its assessor declares a conflict", async () => {
    const answer = (await failure(post("anna", "p1", { intent: "conflict" }))) as Response;
    expect(answer.status).toBe(302);
    expect(await assignedTo("anna")).not.toContain("p1");
    expect(await test.db.selectFrom("assessments").select("assessor").execute()).toEqual([]);
    expect(await test.db.selectFrom("assessment_scores").select("score").execute()).toEqual([]);
    expect(await test.db.selectFrom("applicant_scores").select("applicant_id").execute()).toEqual(
      [],
    );
    const history = await test.db
      .selectFrom("imports")
      .select(["file_name", "mode", "counts"])
      .orderBy("import_id", "desc")
      .executeTakeFirstOrThrow();
    expect(history).toEqual({
      file_name: "beoordelingsformulier",
      mode: "form",
      counts: { assessments: { inserted: 0, updated: 0, unchanged: 0, deleted: 1 } },
    });
    const { rows } = await sql<{ table_name: string }>`
      select table_name from import_changes where change = 'deleted' order by 1`.execute(test.db);
    expect(rows.map((r) => r.table_name)).toEqual([
      "assessment_scores",
      "assessment_scores",
      "assessments",
    ]);
    // Like any import it can be undone: the row and its scores come back.
    const last = await test.db
      .selectFrom("imports")
      .select("import_id")
      .orderBy("import_id", "desc")
      .executeTakeFirstOrThrow();
    expect((await undoImport(test.db, last.import_id)).ok).toBe(true);
    expect(await test.db.selectFrom("assessments").select("assessor").execute()).toEqual([
      { assessor: "Anna de Vries" },
    ]);
    expect(await test.db.selectFrom("assessment_scores").select("score").execute()).toHaveLength(2);
  });
});

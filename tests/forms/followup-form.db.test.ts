// The follow-up form behind a personal link (/opvolging/<token>) as the
// browser uses it: the route's loader and action on a real database (PGlite,
// and PostgreSQL with TEST_DATABASE_URL).
import { beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/opvolging.$token";
import type { Db } from "../../db/connection.server";
import { issueFollowupLinks, revokeFollowupLinks } from "../../db/queries/followup-links.server";
import { FOLLOWUP_LIMIT } from "../../import/forms/followup.server";
import { useTestDatabase } from "../support/test-db";
import { ANSWER, EDITION, importFollowedEdition } from "./followup-fixture";

function post(db: Db, token: string, fields: Record<string, string>) {
  const request = new Request(`http://localhost/opvolging/${token}`, {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  return action({ request, params: { token }, context: { db } }) as Promise<Response>;
}

function load(db: Db, token: string) {
  const request = new Request(`http://localhost/opvolging/${token}`);
  return loader({ request, params: { token }, context: { db } });
}

/** What the loader gives an open link. */
interface OpenPage {
  initiative: string;
  fields: { outcomes: { key: string }[]; survey: { key: string }[] };
}

async function openPage(response: Response): Promise<OpenPage> {
  return (await response.json()) as OpenPage;
}

function tokenOf(tokens: Record<string, string>, applicantId: string): string {
  const token = tokens[applicantId];
  if (!token) throw new Error(`no link for ${applicantId}`);
  return token;
}

/** The links of the moment, by applicant: the tokens, shown only now. */
async function links(db: Db, months: number): Promise<Record<string, string>> {
  const issued = await issueFollowupLinks(db, EDITION, months, "2020-11-15");
  return Object.fromEntries(issued.map((l) => [l.applicant_id, l.token]));
}

describe("the follow-up form", () => {
  const test = useTestDatabase();
  let year: Record<string, string> = {};

  const outcomes = () =>
    test.db.selectFrom("outcomes").selectAll().where("edition_id", "=", EDITION).execute();
  const surveys = () =>
    test.db.selectFrom("surveys").selectAll().where("edition_id", "=", EDITION).execute();

  beforeAll(async () => {
    await importFollowedEdition(test.db);
    year = await links(test.db, 12);
  });

  it("shows the initiative, the outcomes' and the survey's fields, and nothing else personal", async () => {
    const response = await load(test.db, tokenOf(year, "a1"));
    expect(response.status).toBe(200);
    const page = await openPage(response);
    expect(page.initiative).toBe("Matsie");
    expect(page.fields.outcomes.map((f) => f.key)).toEqual([
      "active",
      "revenue_eur",
      "jobs_fte",
      "jobs_distance_fte",
      "volunteers",
      "beneficiaries",
      "follow_on_funding_eur",
      "partnerships",
    ]);
    expect(page.fields.survey.map((f) => f.key)).toContain("quote_consent");
    const text = JSON.stringify(page);
    for (const personal of ["Anna", "Vries", "anna@voorbeeld.nl", "a1"])
      expect(text).not.toContain(personal);
  });

  it("stores one outcome at the moment and one survey row, in one form write", async () => {
    const response = await post(test.db, tokenOf(year, "a1"), ANSWER);
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/opvolging/${year.a1}?bedankt`);
    const [outcome, ...more] = await outcomes();
    expect(more).toEqual([]);
    expect(outcome).toMatchObject({ applicant_id: "a1", months: 12, active: true, volunteers: 6 });
    expect(Number(outcome?.revenue_eur)).toBe(18000.5);
    const [survey, ...moreSurveys] = await surveys();
    expect(moreSurveys).toEqual([]);
    expect(survey).toMatchObject({ applicant_id: "a1", overall: 8, quote_consent: false });
    const history = await test.db
      .selectFrom("imports")
      .select(["mode", "file_name"])
      .where("file_name", "like", "formulier opvolging/%")
      .execute();
    // Both rows in one write: a refused survey answer cannot leave the outcome stored.
    expect(history.map((h) => h.mode)).toEqual(["form"]);
  });

  it("updates the same rows when sent again, duplicating nothing", async () => {
    const again = await post(test.db, tokenOf(year, "a1"), {
      ...ANSWER,
      active: "nee",
      volunteers: "7",
      quote_consent: "true",
    });
    expect(again.status).toBe(303);
    const rows = await outcomes();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ active: false, volunteers: 7 });
    const answers = await surveys();
    expect(answers).toHaveLength(1);
    expect(answers[0]?.quote_consent).toBe(true);
    // A field left empty the second time is empty in the row, as in a sheet.
    await post(test.db, tokenOf(year, "a1"), { ...ANSWER, quote: "", jobs_fte: "" });
    expect((await surveys())[0]).toMatchObject({ quote: null, quote_consent: false });
    expect((await outcomes())[0]?.jobs_fte).toBeNull();
  });

  it("puts a wrong value beside its field and stores nothing", async () => {
    const before = { outcomes: await outcomes(), surveys: await surveys() };
    const response = await post(test.db, tokenOf(year, "a4"), {
      ...ANSWER,
      overall: "11",
      volunteers: "veel",
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors).sort()).toEqual(["overall", "volunteers"]);
    expect(body.values.volunteers).toBe("veel");
    expect({ outcomes: await outcomes(), surveys: await surveys() }).toEqual(before);
  });

  it("puts a rule across columns beside its field: more jobs at a distance than jobs", async () => {
    const response = await post(test.db, tokenOf(year, "a4"), {
      active: "ja",
      jobs_fte: "1",
      jobs_distance_fte: "2",
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors)).toEqual(["jobs_distance_fte"]);
    expect((await outcomes()).some((o) => o.applicant_id === "a4")).toBe(false);
  });

  it("asks no survey at 6 months and stores the outcome at 6", async () => {
    const half = await links(test.db, 6);
    const page = await openPage(await load(test.db, tokenOf(half, "a2")));
    expect(page.fields.survey).toEqual([]);
    expect((await post(test.db, tokenOf(half, "a2"), { active: "ja" })).status).toBe(303);
    const row = (await outcomes()).find((o) => o.applicant_id === "a2");
    expect(row?.months).toBe(6);
    expect((await surveys()).some((s) => s.applicant_id === "a2")).toBe(false);
  });

  it("answers 410 to a revoked or expired link and 404 to an unknown one, storing nothing", async () => {
    const fresh = await links(test.db, 24);
    await revokeFollowupLinks(test.db, EDITION, 24, ["a1"]);
    await test.db
      .updateTable("followup_links")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("months", "=", 24)
      .where("applicant_id", "=", "a2")
      .execute();
    const before = await outcomes();
    for (const token of [tokenOf(fresh, "a1"), tokenOf(fresh, "a2")]) {
      expect((await load(test.db, token)).status).toBe(410);
      expect((await post(test.db, token, ANSWER)).status).toBe(410);
    }
    const unknown = "A".repeat(43);
    expect((await load(test.db, unknown)).status).toBe(404);
    expect((await post(test.db, unknown, ANSWER)).status).toBe(404);
    expect(await outcomes()).toEqual(before);
  });

  it("limits the submissions per link", async () => {
    const token = tokenOf(year, "a4");
    let last = 0;
    for (let i = 0; i <= FOLLOWUP_LIMIT.max; i += 1) last = (await post(test.db, token, {})).status;
    expect(last).toBe(429);
  });
});

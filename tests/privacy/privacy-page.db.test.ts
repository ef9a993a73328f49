// /beheer/privacy: only administrators; an erasure on request through the
// form, an access request as a download, both in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/beheer.privacy";
import { loader as accessLoader } from "~/routes/beheer.privacy_.inzage[.]json";
import { loader as recordLoader } from "~/routes/privacy";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

async function status(call: Promise<unknown>): Promise<number> {
  try {
    const result = await call;
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("the privacy page", () => {
  const test = useTestDatabase();
  const cookies: Record<string, string> = {};
  let person: { edition_id: string; applicant_id: string; email: string };

  beforeAll(async () => {
    await loadDemoData(test.db);
    cookies.admin = await loginAs(test.db, "admin");
    cookies.researcher = await loginAs(test.db, "researcher");
    cookies.groningen = await loginAs(test.db, "municipality", ["Groningen"]);
    const row = await test.db
      .selectFrom("applicants")
      .select(["edition_id", "applicant_id", "email"])
      .where("email", "is not", null)
      .orderBy("edition_id")
      .orderBy("applicant_id")
      .executeTakeFirstOrThrow();
    person = { ...row, email: row.email as string };
  });

  const post = (who: string, fields: Record<string, string>) =>
    action(
      requestArgs(test.db, "http://localhost/beheer/privacy", cookies[who], {
        method: "POST",
        body: new URLSearchParams(fields),
      }) as never,
    );
  const access = (who: string, edition: string, applicant: string) =>
    accessLoader(
      requestArgs(
        test.db,
        `http://localhost/beheer/privacy/inzage.json?editie=${edition}&aanmelding=${applicant}`,
        cookies[who],
      ) as never,
    );

  it("is for administrators only", async () => {
    const page = (who: string) =>
      status(
        loader(requestArgs(test.db, "http://localhost/beheer/privacy", cookies[who]) as never),
      );
    expect(await page("admin")).toBe(200);
    const record = (who: string) =>
      status(recordLoader(requestArgs(test.db, "http://localhost/privacy", cookies[who]) as never));
    expect(await record("admin")).toBe(200);
    expect(await record("researcher")).toBe(403);
    expect(await record("groningen")).toBe(403);
    expect(await page("researcher")).toBe(403);
    expect(await page("groningen")).toBe(403);
    expect(await status(post("researcher", { editie: "x", aanmelding: "y", bevestig: "ja" }))).toBe(
      403,
    );
    expect(await status(access("groningen", person.edition_id, person.applicant_id))).toBe(403);
  });

  it("answers an access request as a JSON download", async () => {
    const response = (await access("admin", person.edition_id, person.applicant_id)) as Response;
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment/);
    const record = await response.json();
    expect(record.tables.applicants[0].email).toBe(person.email);
    const missing = (await access("admin", person.edition_id, "bestaat-niet")) as Response;
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("heeft geen aanmelding bestaat-niet");
  });

  it("erases on request only when confirmed, and refuses an unknown applicant", async () => {
    const unconfirmed = await post("admin", {
      editie: person.edition_id,
      aanmelding: person.applicant_id,
    });
    expect(unconfirmed).toMatchObject({ ok: false });
    const unknown = await post("admin", {
      editie: "nergens-1999",
      aanmelding: "a",
      bevestig: "ja",
    });
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining("nergens-1999") });
    const erased = await post("admin", {
      editie: person.edition_id,
      aanmelding: person.applicant_id,
      bevestig: "ja",
    });
    expect(erased).toMatchObject({ ok: true });
    const left = await test.db
      .selectFrom("applicants")
      .select("applicant_id")
      .where("email", "=", person.email)
      .execute();
    expect(left).toEqual([]);
    const page = (await loader(
      requestArgs(test.db, "http://localhost/beheer/privacy", cookies.admin) as never,
    )) as { erasures: { reason: string; edition: string }[] };
    expect(page.erasures).toEqual([
      expect.objectContaining({
        reason: "request",
        edition: person.edition_id,
        erasedAs: expect.stringMatching(/^gewist-[0-9a-f]{16}$/),
        registrations: 1,
      }),
    ]);
    const actions = await test.db.selectFrom("audit_log").select("action").execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["access_request", "erasure"]),
    );
  });
});

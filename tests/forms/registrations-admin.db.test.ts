// The registrations for administrators: only admins; newest first; marking
// intake and plan writes through the import's rules with an audit entry;
// the window opened and closed by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as publicLoader } from "~/routes/aanmelden.$editionId";
import { action, loader } from "~/routes/beheer.aanmeldingen.$editionId";
import type { Db } from "../../db/connection.server";
import { readDataVersion } from "../../db/queries/data-version.server";
import { csv } from "../import/files";
import { importText } from "../import/fixtures";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const EDITION = "hoorn-2025";
const URL_OF = `http://localhost/beheer/aanmeldingen/${EDITION}`;
let admin = "";

function post(db: Db, fields: Record<string, string>, cookie = admin) {
  return action(
    requestArgs(
      db,
      URL_OF,
      cookie,
      { method: "POST", body: new URLSearchParams(fields) },
      { editionId: EDITION },
    ),
  );
}

function publicPage(db: Db) {
  const request = new Request(`http://localhost/aanmelden/${EDITION}`);
  return publicLoader({ request, params: { editionId: EDITION }, context: { db } });
}

describe("the registrations for administrators", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    const editions = csv([
      ["editie_id", "gemeente", "jaar", "budget_eur", "gestart_op", "sluiting_op"],
      [EDITION, "Hoorn", 2025, "20.000", "2025-01-01", "2025-02-01"],
    ]);
    const applicants = csv([
      ["editie_id", "aanmelding_id", "initiatief", "aangemeld_op"],
      [EDITION, `${EDITION}-001`, "Eerste", "2025-01-05"],
      [EDITION, `${EDITION}-002`, "Tweede", "2025-01-20"],
    ]);
    expect((await importText(test.db, "edities.csv", editions)).errors).toEqual([]);
    expect((await importText(test.db, "aanmeldingen.csv", applicants)).errors).toEqual([]);
    admin = await loginAs(test.db, "admin");
  });

  it("is for administrators only", async () => {
    const researcher = await loginAs(test.db, "researcher");
    const refused = await loader(
      requestArgs(test.db, URL_OF, researcher, {}, { editionId: EDITION }),
    ).catch((r: Response) => r);
    expect((refused as Response).status).toBe(403);
    const posted = await post(test.db, { intent: "venster", stand: "open" }, researcher).catch(
      (r: Response) => r,
    );
    expect((posted as Response).status).toBe(403);
    const anonymous = await loader(
      requestArgs(test.db, URL_OF, undefined, {}, { editionId: EDITION }),
    ).catch((r: Response) => r);
    expect((anonymous as Response).status).toBe(302);
  });

  it("lists the registrations newest first", async () => {
    const page = await loader(requestArgs(test.db, URL_OF, admin, {}, { editionId: EDITION }));
    expect(page.registrations.map((r) => r.applicant_id)).toEqual([
      `${EDITION}-002`,
      `${EDITION}-001`,
    ]);
    expect(page.edition.open).toBe(false);
  });

  it("marks the intake held and the plan handed in, with an audit entry and a form write", async () => {
    const version = await readDataVersion(test.db);
    const result = await post(test.db, {
      intent: "markeer",
      aanmelding: `${EDITION}-001`,
      intake: "ja",
    });
    expect(result).toMatchObject({ ok: true });
    const row = await test.db
      .selectFrom("applicants")
      .select(["initiative", "intake", "plan_submitted"])
      .where("applicant_id", "=", `${EDITION}-001`)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ initiative: "Eerste", intake: true, plan_submitted: false });
    expect(await readDataVersion(test.db)).toBeGreaterThan(version);
    const history = await test.db
      .selectFrom("imports")
      .select(["mode", "counts"])
      .orderBy("import_id", "desc")
      .executeTakeFirstOrThrow();
    expect(history).toMatchObject({ mode: "form", counts: { applicants: { updated: 1 } } });
    const entry = await test.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .orderBy("audit_id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: "registration_marked",
      details: {
        edition_id: EDITION,
        applicant_id: `${EDITION}-001`,
        intake: true,
        plan_submitted: false,
      },
    });
  });

  it("refuses to mark a registration that does not exist, and writes nothing", async () => {
    const version = await readDataVersion(test.db);
    const result = await post(test.db, {
      intent: "markeer",
      aanmelding: `${EDITION}-999`,
      plan: "ja",
    });
    expect(result).toMatchObject({ ok: false });
    expect(await readDataVersion(test.db)).toBe(version);
    const count = await test.db
      .selectFrom("applicants")
      .select("applicant_id")
      .where("edition_id", "=", EDITION)
      .execute();
    expect(count).toHaveLength(2);
  });

  it("opens and closes the registration by hand", async () => {
    expect((await publicPage(test.db)).state).toBe("closed");
    expect(await post(test.db, { intent: "venster", stand: "open" })).toMatchObject({ ok: true });
    expect((await publicPage(test.db)).state).toBe("open");
    expect(await post(test.db, { intent: "venster", stand: "gesloten" })).toMatchObject({
      ok: true,
    });
    expect((await publicPage(test.db)).state).toBe("closed");
    expect(await post(test.db, { intent: "venster", stand: "datums" })).toMatchObject({ ok: true });
    const entry = await test.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .orderBy("audit_id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: "registration_window",
      details: { edition_id: EDITION, forced: null },
    });
  });
});

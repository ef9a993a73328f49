// A web upload waits in the database between check and confirmation: the
// check may reach one app server and the confirmation another (on
// PostgreSQL: two connections, as two servers have). It is its uploader's
// only, and gone after an hour.
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { action } from "~/routes/import._index";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import { removeExpiredUploads } from "../../db/queries/uploads.server";
import { csv } from "../import/files";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const EDITIONS = csv([
  ["editie_id", "gemeente", "jaar", "budget_eur"],
  ["deventer-2023", "Deventer", 2023, "45.000"],
]);

function post(db: Db, body: FormData | URLSearchParams, cookie: string) {
  const request = new Request("http://localhost/import", {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
  return action({ request, params: {}, context: { db } });
}

function upload() {
  const form = new FormData();
  form.set("bestand", new File([EDITIONS], "edities.csv", { type: "text/csv" }));
  form.set("modus", "upsert");
  form.set("dataset", "");
  return form;
}

const confirmation = (token: string) =>
  new URLSearchParams({
    intent: "confirm",
    token,
    naam: "edities.csv",
    modus: "upsert",
    dataset: "",
  });

describe("uploads waiting in the database", () => {
  const test = useTestDatabase();
  let second: Db | undefined;
  afterAll(async () => {
    if (second && second !== test.db) await second.destroy();
  });
  /** The other app server's connection: a pool of its own on PostgreSQL; PGlite has one process. */
  const otherServer = () => {
    second ??= test.url ? kyselyForPostgres(test.url, 2) : test.db;
    return second;
  };

  it("checks on one server and imports on the other", async () => {
    const admin = await loginAs(test.db, "admin");
    const checked = await post(test.db, upload(), admin);
    if (checked.stage !== "checked" || !checked.token) throw new Error("not checked");
    const token = checked.token;
    // Nothing of it is left in this server's temporary folder.
    const local = await readdir(path.join(tmpdir(), "impact-uploads")).catch(() => []);
    expect(local.filter((name) => name.startsWith(token))).toEqual([]);
    const stored = await test.db
      .selectFrom("pending_uploads")
      .select(["file_name", "expires_at", "created_at"])
      .where("token", "=", token)
      .executeTakeFirstOrThrow();
    expect(stored.file_name).toBe("edities.csv");
    expect(stored.expires_at.getTime() - stored.created_at.getTime()).toBe(60 * 60 * 1000);

    // Another administrator may not confirm it.
    const colleague = await loginAs(test.db, "admin");
    expect(await post(otherServer(), confirmation(token), colleague)).toMatchObject({
      stage: "message",
      tone: "error",
    });
    const confirmed = await post(otherServer(), confirmation(token), admin);
    expect(confirmed).toMatchObject({ stage: "imported", report: { ok: true, dry_run: false } });
    expect(await test.db.selectFrom("editions").select("edition_id").execute()).toEqual([
      { edition_id: "deventer-2023" },
    ]);
    expect(await test.db.selectFrom("pending_uploads").selectAll().execute()).toEqual([]);
  });

  it("refuses an expired upload and removes it", async () => {
    const admin = await loginAs(test.db, "admin");
    const checked = await post(test.db, upload(), admin);
    if (checked.stage !== "checked" || !checked.token) throw new Error("not checked");
    await test.db
      .updateTable("pending_uploads")
      .set({ expires_at: new Date("2020-01-01T00:00:00Z") } as never)
      .execute();
    expect(await post(otherServer(), confirmation(checked.token), admin)).toMatchObject({
      stage: "message",
      text: "Dit bestand is niet meer beschikbaar. Kies het opnieuw.",
    });
    expect(await removeExpiredUploads(test.db)).toBe(1);
    expect(await test.db.selectFrom("pending_uploads").selectAll().execute()).toEqual([]);
  });
});

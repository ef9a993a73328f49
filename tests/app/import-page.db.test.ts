// The import page as the browser uses it: a multipart upload for the check,
// a plain form for the confirmation and the undo.
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/import._index";
import { loader as templateLoader } from "~/routes/import.sjabloon[.]xlsx";
import type { Db } from "../../db/connection.server";
import { csv } from "../import/files";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const EDITIONS = csv([
  ["editie_id", "gemeente", "jaar", "budget_eur"],
  ["deventer-2023", "Deventer", 2023, "45.000"],
]);

let session = "";

function post(db: Db, body: FormData | URLSearchParams, cookie = session) {
  const request = new Request("http://localhost/import", {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
  return action({ request, params: {}, context: { db } });
}

function upload(content: string, name: string, mode = "upsert") {
  const form = new FormData();
  form.set("bestand", new File([content], name, { type: "text/csv" }));
  form.set("modus", mode);
  form.set("dataset", "");
  return form;
}

describe("the import page", () => {
  const test = useTestDatabase();

  it("is for administrators only", async () => {
    session = await loginAs(test.db, "admin");
    for (const role of ["municipality", "researcher"] as const) {
      const cookie = await loginAs(test.db, role, role === "municipality" ? ["Deventer"] : []);
      const refused = await post(test.db, upload(EDITIONS, "edities.csv"), cookie).catch(
        (r: Response) => r,
      );
      expect((refused as Response).status).toBe(403);
    }
    const anonymous = await post(test.db, upload(EDITIONS, "edities.csv"), "").catch(
      (r: Response) => r,
    );
    expect((anonymous as Response).status).toBe(302);
    expect((anonymous as Response).headers.get("Location")).toBe("/inloggen?terug=%2Fimport");
  });

  it("checks an upload without storing it, then imports it on confirmation", async () => {
    const checked = await post(test.db, upload(EDITIONS, "edities.csv"));
    expect(checked).toMatchObject({ stage: "checked", fileName: "edities.csv", mode: "upsert" });
    if (checked.stage !== "checked") throw new Error("not checked");
    expect(checked.report).toMatchObject({
      ok: true,
      dry_run: true,
      counts: { editions: { inserted: 1 } },
    });
    expect(checked.token).toMatch(/^[0-9a-f]{32}$/);
    expect(await test.db.selectFrom("editions").selectAll().execute()).toEqual([]);

    const confirmed = await post(
      test.db,
      new URLSearchParams({
        intent: "confirm",
        token: checked.token ?? "",
        naam: "edities.csv",
        modus: "upsert",
        dataset: "",
      }),
    );
    expect(confirmed).toMatchObject({
      stage: "imported",
      report: { ok: true, dry_run: false },
    });
    expect(await test.db.selectFrom("editions").select("edition_id").execute()).toEqual([
      { edition_id: "deventer-2023" },
    ]);

    // the upload is gone after its import: confirming twice cannot import twice
    const again = await post(
      test.db,
      new URLSearchParams({
        intent: "confirm",
        token: checked.token ?? "",
        naam: "edities.csv",
        modus: "upsert",
        dataset: "",
      }),
    );
    expect(again).toEqual({
      stage: "message",
      tone: "error",
      text: "Dit bestand is niet meer beschikbaar. Kies het opnieuw.",
    });
  });

  it("shows the errors of a refused file and offers no confirmation", async () => {
    const result = await post(test.db, upload(EDITIONS.replace("45.000", "veel"), "edities.csv"));
    expect(result).toMatchObject({
      stage: "checked",
      token: null,
      report: { ok: false, error_count: 1 },
    });
  });

  it("refuses a form without a file, and a token that is not one", async () => {
    const form = new FormData();
    form.set("modus", "upsert");
    expect(await post(test.db, form)).toEqual({
      stage: "message",
      tone: "error",
      text: "Kies eerst een bestand.",
    });
    const forged = await post(
      test.db,
      new URLSearchParams({
        intent: "confirm",
        token: "../../etc/passwd",
        naam: "x.csv",
        modus: "upsert",
      }),
    );
    expect(forged).toMatchObject({ stage: "message", tone: "error" });
  });

  it("lists the history and undoes an import", async () => {
    const { history } = await loader({
      request: new Request("http://localhost/import", { headers: { Cookie: session } }),
      params: {},
      context: { db: test.db },
    });
    expect(history).toMatchObject([
      {
        by: expect.stringMatching(/^admin-\d+-\d+@test\.soc$/),
        file: "edities.csv",
        mode: "upsert",
        editions: ["deventer-2023"],
        undone: false,
      },
    ]);
    // a dry run uses up an import number too, so the one to undo is read back
    const id = String(history[0]?.id);
    const undone = await post(test.db, new URLSearchParams({ intent: "undo", import: id }));
    expect(undone).toEqual({
      stage: "message",
      tone: "ok",
      text: `Import ${id} is teruggedraaid.`,
    });
    expect(await test.db.selectFrom("editions").selectAll().execute()).toEqual([]);
  });

  it("offers the template as a workbook download", async () => {
    const response = await templateLoader({
      request: new Request("http://localhost/import/sjabloon.xlsx", {
        headers: { Cookie: session },
      }),
      params: {},
      context: { db: test.db },
    });
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toContain(
      "sjabloon-soc-impactmonitor.xlsx",
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

// No personal value (name, e-mail, phone) reaches the server's log output:
// not while a web import is checked and confirmed, not when a file is
// refused, and not when a database error carries the offending row.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { handleError } from "~/entry.server";
import { action } from "~/routes/import._index";
import { errorForLog } from "../../core/error-for-log";
import type { Db } from "../../db/connection.server";
import { csv } from "../import/files";
import { allowConsoleErrors } from "../support/console-guard";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const PERSONAL = [
  "Anna de Vries",
  "anna@voorbeeld.nl",
  "06-11223344",
  "Bram Bakker",
  "bram@@kapot",
];

/** Everything written to the console, stdout and stderr meanwhile. */
let written: string[] = [];
beforeEach(() => {
  written = [];
  for (const method of ["log", "info", "warn", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args) => {
      written.push(args.map(String).join(" "));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as never);
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function leaked(texts: readonly string[]): string[] {
  return PERSONAL.filter((value) => texts.some((text) => text.includes(value)));
}

function post(db: Db, body: FormData | URLSearchParams, cookie: string) {
  const request = new Request("http://localhost/import", {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
  return action({ request, params: {}, context: { db } });
}

function upload(content: string, name = "aanmeldingen.csv") {
  const form = new FormData();
  form.set("bestand", new File([content], name, { type: "text/csv" }));
  form.set("modus", "upsert");
  form.set("dataset", "");
  return form;
}

const GOOD = csv([
  ["editie_id", "gemeente", "jaar", "budget_eur"],
  ["deventer-2023", "Deventer", 2023, "45.000"],
]);
const APPLICANTS = (email: string, name: string) =>
  csv([
    ["editie_id", "aanmelding_id", "initiatief", "ondernemer", "e-mail", "telefoon"],
    ["deventer-2023", "d1", "Buurtsoep", name, email, "06-11223344"],
  ]);

describe("the server's log", () => {
  const test = useTestDatabase();

  it("holds no personal value after imports through the web, refused or confirmed", async () => {
    const errors = allowConsoleErrors();
    const admin = await loginAs(test.db, "admin");
    for (const [content, name] of [
      [GOOD, "edities.csv"],
      [APPLICANTS("anna@voorbeeld.nl", "Anna de Vries"), "aanmeldingen.csv"],
    ] as const) {
      const checked = await post(test.db, upload(content, name), admin);
      if (checked.stage !== "checked" || !checked.token) throw new Error("not checked");
      const confirmed = await post(
        test.db,
        new URLSearchParams({
          intent: "confirm",
          token: checked.token,
          naam: name,
          modus: "upsert",
          dataset: "",
        }),
        admin,
      );
      expect(confirmed).toMatchObject({ stage: "imported" });
    }
    const refused = await post(test.db, upload(APPLICANTS("bram@@kapot", "Bram Bakker")), admin);
    expect(refused).toMatchObject({ stage: "checked", token: null });
    expect(leaked([...written, ...errors.map((args) => args.map(String).join(" "))])).toEqual([]);
  });

  it("logs a database error without the row it carries", async () => {
    const errors = allowConsoleErrors();
    const failure = await test.db
      .insertInto("applicants")
      .values({
        edition_id: "deventer-2023",
        applicant_id: "d2",
        initiative: "Kapot",
        entrepreneur: "Anna de Vries",
        email: "anna@voorbeeld.nl",
        phone: "06-11223344",
        stage: "nonsense" as never,
      })
      .execute()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    // What the error carries, as Node would print it: the row, personal values and all.
    expect(
      leaked([JSON.stringify(failure), String((failure as { detail?: string }).detail)]),
    ).not.toEqual([]);
    const line = errorForLog(failure);
    expect(line).toContain("applicants_stage_check");
    expect(leaked([line])).toEqual([]);
    handleError(failure, { request: new Request("http://localhost/import") });
    expect(errors).toHaveLength(1);
    expect(leaked(errors.map((args) => args.map(String).join(" ")))).toEqual([]);
    expect(leaked(written)).toEqual([]);
  });

  it("scrubs e-mail addresses and key values from any error message", () => {
    const error = new Error(
      'duplicate key value violates unique constraint "users_email_key": Key (email)=(anna@voorbeeld.nl) already exists; mail bram@example.nl',
    );
    const line = errorForLog(error);
    expect(line).not.toContain("anna@voorbeeld.nl");
    expect(line).not.toContain("bram@example.nl");
    expect(line).toContain("users_email_key");
  });
});

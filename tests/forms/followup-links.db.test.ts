// `impact followup links|revoke` on a real database (PGlite, and PostgreSQL
// with TEST_DATABASE_URL): who is invited, what is stored of a token (only
// its hash), the file for a mail merge as CSV and xlsx, and revoking.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../bin/cli";
import { followupLink, tokenHash } from "../../db/queries/followup-links.server";
import { rememberLanguage } from "../../db/queries/followup-mail.server";
import { ERASED_PREFIX, eraseRegistration } from "../../db/queries/privacy.server";
import { useTestDatabase } from "../support/test-db";
import { EDITION, importFollowedEdition, runFollowup } from "./followup-fixture";

const TOKEN_URL = /^http:\/\/localhost:3000\/opvolging\/([A-Za-z0-9_-]{43})$/;

describe("impact followup", () => {
  const test = useTestDatabase();
  let folder = "";
  const run = (...argv: string[]) => runFollowup(test.db, ...argv);
  const csvRows = async (file: string) =>
    (await readFile(file, "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"));
  const liveLinks = (months: number) =>
    test.db
      .selectFrom("followup_links")
      .selectAll()
      .where("months", "=", months)
      .where("revoked_at", "is", null)
      .orderBy("applicant_id")
      .execute();

  beforeAll(async () => {
    await importFollowedEdition(test.db);
    folder = await mkdtemp(path.join(tmpdir(), "impact-followup-"));
  });

  it("invites the awarded and the not-awarded with a plan, with 256-bit tokens stored only as hashes", async () => {
    const file = path.join(folder, "links.csv");
    const { code, out, err } = await run("links", EDITION, "--moment", "12", "--out", file);
    expect(err).toBe("");
    expect(code).toBe(EXIT.done);
    expect(out).toBe(`3 links geschreven: ${file}`);
    const [header, ...rows] = await csvRows(file);
    expect(header).toEqual(["applicant_id", "initiative", "email", "url"]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["a1", "Matsie", "anna@voorbeeld.nl"],
      ["a2", "Omapost", ""],
      ["a4", "Repaircafé", "kees@voorbeeld.nl"],
    ]);
    const tokens = rows.map((r) => TOKEN_URL.exec(r[3] ?? "")?.[1] ?? "");
    for (const token of tokens) expect(Buffer.from(token, "base64url").length).toBe(32);
    const stored = await liveLinks(12);
    expect(stored.map((l) => l.applicant_id)).toEqual(["a1", "a2", "a4"]);
    expect(stored.map((l) => l.token_hash).sort()).toEqual(tokens.map(tokenHash).sort());
    const everyText = JSON.stringify(
      await test.db.selectFrom("followup_links").selectAll().execute(),
    );
    for (const token of tokens) expect(everyText).not.toContain(token);
    // 12 months after the first award (2020-11-15) lies in the past: 120 days from now.
    const days = ((stored[0]?.expires_at.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(119);
    expect(days).toBeLessThan(121);
  });

  it("a second run gives everyone a fresh link and revokes the older ones", async () => {
    const before = await liveLinks(12);
    const file = path.join(folder, "links.xlsx");
    const { code } = await run("links", EDITION, "--moment", "12", "--out", file, "--lang", "en");
    expect(code).toBe(EXIT.done);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Follow-up links");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "applicant_id",
      "initiative",
      "email",
      "url",
    ]);
    expect(sheet.getColumn(1).values.slice(2)).toEqual(["a1", "a2", "a4"]);
    const url = String(sheet.getCell("D2").value);
    const token = TOKEN_URL.exec(url)?.[1] ?? "";
    expect((await followupLink(test.db, token))?.state).toBe("live");
    const after = await liveLinks(12);
    expect(after).toHaveLength(3);
    expect(after.map((l) => l.token_hash)).not.toContain(before[0]?.token_hash);
  });

  it("revokes the links of one applicant, then of the whole moment", async () => {
    const one = await run("revoke", EDITION, "--moment", "12", "--applicant", "a1");
    expect(one).toMatchObject({ code: EXIT.done, out: "1 links ingetrokken." });
    expect((await liveLinks(12)).map((l) => l.applicant_id)).toEqual(["a2", "a4"]);
    const all = await run("revoke", EDITION, "--moment", "12");
    expect(all.out).toBe("2 links ingetrokken.");
    expect(await liveLinks(12)).toEqual([]);
  });

  it("deletes an erased registration's links and contact, so the person cannot write to it nor get mail", async () => {
    await run("links", EDITION, "--moment", "6", "--out", path.join(folder, "zes.csv"));
    await rememberLanguage(test.db, EDITION, "a4", "en");
    const erased = await eraseRegistration(test.db, EDITION, "a4", { userId: null, actor: "test" });
    expect(erased.ok).toBe(true);
    const left = await test.db.selectFrom("followup_links").select("applicant_id").execute();
    expect(left.map((l) => l.applicant_id)).not.toContain("a4");
    expect(left.some((l) => l.applicant_id.startsWith(ERASED_PREFIX))).toBe(false);
    // Nor is an erased registration written to again: its language and opt-out go too.
    expect(await test.db.selectFrom("applicant_contact").selectAll().execute()).toEqual([]);
  });

  it("is a wrong call without a moment in months, and refuses a moment the edition does not have", async () => {
    const nothing = await run("links", EDITION, "--moment", "zes", "--out", "x.csv");
    expect(nothing.code).toBe(EXIT.usage);
    const other = await run("links", EDITION, "--moment", "36", "--out", "x.csv");
    expect(other.code).toBe(EXIT.failed);
    expect(other.err).toContain("6, 12, 24");
    const unknown = await run("links", "nergens-2020", "--moment", "6", "--out", "x.csv");
    expect(unknown.code).toBe(EXIT.failed);
    expect(unknown.err).toContain("nergens-2020");
  });

  it("gives an edition its own moments, and then makes links for them", async () => {
    expect((await run("moments", EDITION)).out).toBe(
      `Opvolgmomenten van ${EDITION}: 6, 12, 24 maanden na de toekenning.`,
    );
    const set = await run("moments", EDITION, "36,12,6,12");
    expect(set).toMatchObject({
      code: EXIT.done,
      out: `Opvolgmomenten van ${EDITION}: 6, 12, 36 maanden na de toekenning.`,
    });
    const file = path.join(folder, "drie-jaar.csv");
    expect((await run("links", EDITION, "--moment", "36", "--out", file)).code).toBe(EXIT.done);
    expect((await run("links", EDITION, "--moment", "24", "--out", file)).code).toBe(EXIT.failed);
    expect((await run("moments", EDITION, "6,0")).code).toBe(EXIT.usage);
    expect((await run("moments", "nergens-2020", "6")).code).toBe(EXIT.failed);
    expect((await run("moments", "nergens-2020")).code).toBe(EXIT.failed);
  });
});

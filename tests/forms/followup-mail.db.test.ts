// `impact followup send|remind` through a real SMTP server on loopback, on a
// real database (PGlite, and PostgreSQL with TEST_DATABASE_URL): what
// arrives (to, subject, text and HTML, a link that opens the form, Dutch or
// English), what is skipped (opted out, answered, invited before, no live
// link), a refused recipient, no mail server; then the response per moment,
// counted by hand, and who sees the names of those who have not answered.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loader as overviewLoader } from "~/routes/_index";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { action as answer } from "~/routes/opvolging.$token";
import {
  action as optOutAction,
  loader as optOutLoader,
} from "~/routes/opvolging.$token_.afmelden";
import { EXIT } from "../../bin/cli";
import { followupLink, revokeFollowupLinks } from "../../db/queries/followup-links.server";
import { rememberLanguage } from "../../db/queries/followup-mail.server";
import { followupResponse } from "../../db/queries/followup-response.server";
import { loginAs, requestArgs } from "../support/session";
import { readMessage, startSmtp, type TestSmtp } from "../support/smtp";
import { useTestDatabase } from "../support/test-db";
import { ANSWER, EDITION, importFollowedEdition, runFollowup } from "./followup-fixture";

const LINK = /http:\/\/localhost:3000\/opvolging\/([A-Za-z0-9_-]{43})(?=[\s<"])/;
const FROM = "SOC Groningen <opvolging@example.nl>";

/** Counts as the summary prints them, in Dutch. */
function summary(sent: number, failed: number, skipped: number[]) {
  const [optedOut, answered, invited, noLink, noAddress] = skipped;
  return `${sent} e-mails verstuurd, ${failed} mislukt. Overgeslagen: ${optedOut} afgemeld, ${answered} al geantwoord, ${invited} al uitgenodigd (opnieuw met --again), ${noLink} zonder geldige link, ${noAddress} zonder e-mailadres.`;
}

function useSmtp(smtp: TestSmtp) {
  vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtp.port}`);
  vi.stubEnv("SMTP_FROM", FROM);
}

describe("impact followup send and remind", () => {
  const test = useTestDatabase();
  const run = (...argv: string[]) => runFollowup(test.db, ...argv);
  let smtp: TestSmtp;
  /** The message that last arrived for an address, read. */
  const lastTo = (address: string) => {
    const mail = smtp.received.filter((m) => m.to.includes(address)).at(-1);
    if (!mail) throw new Error("no message");
    const message = readMessage(mail.raw);
    return { ...message, token: LINK.exec(message.text)?.[1] ?? "" };
  };
  const mailRows = (months: number) =>
    test.db
      .selectFrom("followup_mail")
      .select(["applicant_id", "kind"])
      .where("months", "=", months)
      .orderBy("applicant_id")
      .orderBy("sent_at")
      .execute();

  beforeAll(async () => {
    await importFollowedEdition(test.db);
    // Kees registered on the English page; Anna's row came from a file (no language: Dutch).
    await rememberLanguage(test.db, EDITION, "a4", "en");
    smtp = await startSmtp();
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await smtp.close();
  });

  it("without a mail server says how to set one, exits 1 and writes nothing; links still works", async () => {
    vi.stubEnv("SMTP_URL", undefined);
    vi.stubEnv("SMTP_FROM", undefined);
    const dutch = await run("send", EDITION, "--moment", "12");
    expect(dutch.code).toBe(EXIT.failed);
    expect(dutch.err).toContain("Er is geen mailserver ingesteld. Zet SMTP_URL");
    expect(dutch.err).toContain("SMTP_FROM");
    expect(dutch.err).not.toMatch(/\n\s+at /);
    const english = await run("remind", EDITION, "--moment", "12", "--lang", "en");
    expect(english.code).toBe(EXIT.failed);
    expect(english.err).toContain("No mail server is set. Set SMTP_URL");
    expect(await test.db.selectFrom("followup_links").select("token_hash").execute()).toEqual([]);
    const file = `${process.env.TMPDIR ?? "/tmp"}/impact-followup-${process.pid}.csv`;
    expect((await run("links", EDITION, "--moment", "12", "--out", file)).code).toBe(EXIT.done);
    await rm(file);
  });

  it("sends each invitee with an address the invitation, in their language, with a link that opens the form", async () => {
    useSmtp(smtp);
    const { code, out } = await run("send", EDITION, "--moment", "12");
    expect(code).toBe(EXIT.done);
    expect(out).toBe(summary(2, 0, [0, 0, 0, 0, 1]));
    expect(smtp.received.map((m) => [m.from, m.to])).toEqual([
      ["opvolging@example.nl", ["anna@voorbeeld.nl"]],
      ["opvolging@example.nl", ["kees@voorbeeld.nl"]],
    ]);
    const anna = lastTo("anna@voorbeeld.nl");
    expect(anna.subject).toBe("Hoe gaat het met Matsie?");
    expect(anna.text).toContain("Beste ondernemer van Matsie,");
    expect(anna.text).toContain("12 maanden geleden deed Matsie mee");
    expect(anna.text).toContain(`/opvolging/${anna.token}/afmelden`);
    expect(anna.html).toContain('<html lang="nl">');
    expect(anna.html).toContain(
      `<a href="http://localhost:3000/opvolging/${anna.token}">http://localhost:3000/opvolging/${anna.token}</a>`,
    );
    expect(anna.html).toContain(`/opvolging/${anna.token}/afmelden</a>`);
    expect(await followupLink(test.db, anna.token)).toMatchObject({
      applicant_id: "a1",
      months: 12,
      state: "live",
    });
    const kees = lastTo("kees@voorbeeld.nl");
    expect(kees.subject).toBe("How is Repaircafé doing?");
    expect(kees.text).toContain("Dear entrepreneur of Repaircafé,");
    expect(kees.text).toContain("No more e-mail about the follow-up? Opt out at");
    expect(kees.html).toContain('<html lang="en">');
    expect((await followupLink(test.db, kees.token))?.applicant_id).toBe("a4");
    expect(await mailRows(12)).toEqual([
      { applicant_id: "a1", kind: "invitation" },
      { applicant_id: "a4", kind: "invitation" },
    ]);
  });

  it("does not invite anyone twice for a moment, unless --again", async () => {
    const twice = await run("send", EDITION, "--moment", "12");
    expect(twice).toMatchObject({ code: EXIT.done, out: summary(0, 0, [0, 0, 2, 0, 1]) });
    expect(smtp.received).toHaveLength(2);
    const again = await run("send", EDITION, "--moment", "12", "--again");
    expect(again.out).toBe(summary(2, 0, [0, 0, 0, 0, 1]));
    expect(smtp.received).toHaveLength(4);
  });

  it("reminds only who has not answered and still has a live link, keeping the invitation's link", async () => {
    const anna = lastTo("anna@voorbeeld.nl").token;
    const request = new Request(`http://localhost/opvolging/${anna}`, {
      method: "POST",
      body: new URLSearchParams(ANSWER),
    });
    const stored = (await answer({
      request,
      params: { token: anna },
      context: { db: test.db },
    })) as Response;
    expect(stored.status).toBe(303);
    const invitation = lastTo("kees@voorbeeld.nl").token;
    const remind = await run("remind", EDITION, "--moment", "12");
    expect(remind).toMatchObject({ code: EXIT.done, out: summary(1, 0, [0, 1, 0, 0, 1]) });
    expect(smtp.received.at(-1)?.to).toEqual(["kees@voorbeeld.nl"]);
    const reminder = lastTo("kees@voorbeeld.nl");
    expect(reminder.subject).toBe("Reminder: how is Repaircafé doing?");
    expect(reminder.token).not.toBe(invitation);
    expect((await followupLink(test.db, reminder.token))?.state).toBe("live");
    expect((await followupLink(test.db, invitation))?.state).toBe("live");
    // Without a live link, no reminder.
    await revokeFollowupLinks(test.db, EDITION, 12, ["a4"]);
    const ended = await run("remind", EDITION, "--moment", "12");
    expect(ended.out).toBe(summary(0, 0, [0, 1, 0, 1, 1]));
  });

  it("stops all follow-up e-mail after the opt-out page's button, without JavaScript", async () => {
    const token = lastTo("kees@voorbeeld.nl").token;
    const url = `http://localhost/opvolging/${token}/afmelden`;
    const page = await optOutLoader({ ...requestArgs(test.db, url), params: { token } });
    expect(await page.json()).toEqual({ state: "ask", initiative: "Repaircafé" });
    const posted = (await optOutAction({
      ...requestArgs(test.db, url, undefined, { method: "POST" }),
      params: { token },
    })) as Response;
    expect(posted.status).toBe(303);
    expect(posted.headers.get("Location")).toBe(`/opvolging/${token}/afmelden?afgemeld`);
    const unknown = await optOutAction({
      ...requestArgs(test.db, url, undefined, { method: "POST" }),
      params: { token: "x".repeat(43) },
    });
    expect((unknown as Response).status).toBe(404);
    const again = await run("send", EDITION, "--moment", "12", "--again");
    expect(again.out).toBe(summary(0, 0, [1, 1, 0, 0, 1]));
    const six = await run("send", EDITION, "--moment", "6");
    expect(six.out).toBe(summary(1, 0, [1, 0, 0, 0, 1]));
    expect(smtp.received.at(-1)?.to).toEqual(["anna@voorbeeld.nl"]);
  });

  it("counts a refused address as failed, goes on, exits 1 and logs no address", async () => {
    await test.db.updateTable("applicant_contact").set({ opted_out_at: null }).execute();
    const refusing = await startSmtp(["anna@voorbeeld.nl"]);
    useSmtp(refusing);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await run("send", EDITION, "--moment", "24");
    const logged = warn.mock.calls.map((c) => c.join(" ")).join("\n");
    warn.mockRestore();
    await refusing.close();
    useSmtp(smtp);
    expect(result.code).toBe(EXIT.failed);
    expect(result.out).toBe(summary(1, 1, [0, 0, 0, 0, 1]));
    expect(result.err).toContain("1 e-mails zijn niet aangenomen");
    expect(refusing.received.map((m) => m.to)).toEqual([["kees@voorbeeld.nl"]]);
    expect(logged).toContain(`Opvolgingsmail voor ${EDITION} (24 maanden) niet aangenomen`);
    for (const personal of ["anna@", "voorbeeld.nl", "Anna", "Matsie"])
      expect(logged).not.toContain(personal);
    expect(await mailRows(24)).toEqual([{ applicant_id: "a4", kind: "invitation" }]);
    // A plain send retries exactly the refused one.
    const retry = await run("send", EDITION, "--moment", "24");
    expect(retry.out).toBe(summary(1, 0, [0, 0, 1, 0, 1]));
    expect(smtp.received.at(-1)?.to).toEqual(["anna@voorbeeld.nl"]);
  });

  it("counts the response per moment in one query, with names only when asked", async () => {
    // 6 months: a link for a1 only (a4 had opted out), no answer.
    // 12 months: links for a1, a2 (the links file) and a4; a1 answered.
    // 24 months: links for a1 (two: refused, then retried) and a4, no answer.
    const missing = (...pairs: string[][]) =>
      pairs.map(([applicant_id, initiative]) => ({
        edition_id: EDITION,
        applicant_id,
        initiative,
      }));
    expect(await followupResponse(test.db, [EDITION], true)).toEqual([
      { months: 6, invited: 1, answered: 0, missing: missing(["a1", "Matsie"]) },
      {
        months: 12,
        invited: 3,
        answered: 1,
        missing: missing(["a2", "Omapost"], ["a4", "Repaircafé"]),
      },
      {
        months: 24,
        invited: 2,
        answered: 0,
        missing: missing(["a1", "Matsie"], ["a4", "Repaircafé"]),
      },
    ]);
    const counts = await followupResponse(test.db, [EDITION], false);
    expect(counts.map((m) => [m.months, m.invited, m.answered, m.missing])).toEqual([
      [6, 1, 0, null],
      [12, 3, 1, null],
      [24, 2, 0, null],
    ]);
    expect(await followupResponse(test.db, [], true)).toEqual([]);
  });

  it("shows who has not answered to an administrator only, on the edition page and the overview", async () => {
    const params = { editionId: EDITION };
    const url = `http://localhost/edities/${EDITION}`;
    const admin = await loginAs(test.db, "admin");
    const policy = await loginAs(test.db, "municipality", ["Groningen"]);
    const asAdmin = await editionLoader(requestArgs(test.db, url, admin, {}, params));
    expect(asAdmin.response[1]?.missing?.map((m) => m.initiative)).toEqual([
      "Omapost",
      "Repaircafé",
    ]);
    const asPolicy = await editionLoader(requestArgs(test.db, url, policy, {}, params));
    expect(asPolicy.response.map((m) => [m.invited, m.answered, m.missing])).toEqual([
      [1, 0, null],
      [3, 1, null],
      [2, 0, null],
    ]);
    const overview = await overviewLoader(requestArgs(test.db, "http://localhost/", policy));
    expect(overview.response.map((m) => m.missing)).toEqual([null, null, null]);
    expect(JSON.stringify(overview.response)).not.toContain("Omapost");
    const adminOverview = await overviewLoader(requestArgs(test.db, "http://localhost/", admin));
    expect(adminOverview.response[2]?.invited).toBe(2);
    expect(adminOverview.response[2]?.missing).toHaveLength(2);
  });
});

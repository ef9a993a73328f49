// The confirmation e-mail through a real SMTP server on loopback (the
// smtp-server package, started here), never a mock transport; and a mail
// server that is down does not lose the registration.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { action } from "~/routes/aanmelden.$editionId";
import type { Db } from "../../db/connection.server";
import { csv } from "../import/files";
import { importText } from "../import/fixtures";
import { downPort, type Received, readMessage, startSmtp, type TestSmtp } from "../support/smtp";
import { useTestDatabase } from "../support/test-db";

const EDITION = "kampen-2026";

let smtp: TestSmtp;
let received: Received[] = [];
let port = 0;

beforeAll(async () => {
  smtp = await startSmtp();
  received = smtp.received;
  port = smtp.port;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

let client = 0;
function post(db: Db, fields: Record<string, string>, cookie = "") {
  client += 1;
  const request = new Request(`http://localhost/aanmelden/${EDITION}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { Cookie: cookie } : {},
  });
  return action({
    request,
    params: { editionId: EDITION },
    context: { db, clientAddress: `198.51.100.${client}` },
  }) as Promise<Response>;
}

const FIELDS = {
  initiative: "Repair café",
  entrepreneur: "Piet Jansen",
  email: "piet@example.nl",
  toestemming: "ja",
};

describe("the confirmation e-mail", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    const editions = csv([
      ["editie_id", "gemeente", "naam", "jaar", "budget_eur", "gestart_op", "sluiting_op"],
      [EDITION, "Kampen", "SOC Kampen 2026", 2026, "30.000", "2000-01-01", "2099-12-31"],
    ]);
    expect((await importText(test.db, "edities.csv", editions)).errors).toEqual([]);
  });

  it("arrives in Dutch, as text and HTML, with the registration number", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    vi.stubEnv("SMTP_FROM", "SOC Kampen <aanmelden@example.nl>");
    const response = await post(test.db, FIELDS);
    expect(response.status).toBe(303);
    expect(received).toHaveLength(1);
    const mail = received[0] as Received;
    expect(mail.from).toBe("aanmelden@example.nl");
    expect(mail.to).toEqual(["piet@example.nl"]);
    const parsed = readMessage(mail.raw);
    expect(parsed.subject).toBe(`Uw aanmelding voor SOC Kampen 2026 (${EDITION}-001)`);
    expect(parsed.text).toContain("Beste Piet Jansen,");
    expect(parsed.text).toContain(`Uw aanmeldnummer is ${EDITION}-001`);
    expect(parsed.html).toContain("Repair café");
    expect(parsed.html).toContain('lang="nl"');
  });

  it("is in English for an applicant who used the English page", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    vi.stubEnv("SMTP_FROM", "aanmelden@example.nl");
    received.length = 0;
    const response = await post(
      test.db,
      { ...FIELDS, entrepreneur: "" },
      (await setLanguageCookie("en")).split(";")[0],
    );
    expect(response.status).toBe(303);
    const parsed = readMessage((received[0] as Received).raw);
    expect(parsed.subject).toBe(`Your registration for SOC Kampen 2026 (${EDITION}-002)`);
    expect(parsed.text).toContain("Dear applicant,");
    // Kept for the follow-up e-mail, which is then in English too.
    const contact = await test.db
      .selectFrom("applicant_contact")
      .select(["applicant_id", "language"])
      .execute();
    expect(contact).toEqual([
      { applicant_id: `${EDITION}-001`, language: "nl" },
      { applicant_id: `${EDITION}-002`, language: "en" },
    ]);
  });

  it("does not lose the registration when the mail server is down, nor log the address", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await downPort()}`);
    vi.stubEnv("SMTP_FROM", "aanmelden@example.nl");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await post(test.db, { ...FIELDS, initiative: "Zonder post" });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/aanmelden/${EDITION}?bedankt`);
    const stored = await test.db
      .selectFrom("applicants")
      .select("applicant_id")
      .where("initiative", "=", "Zonder post")
      .execute();
    expect(stored).toHaveLength(1);
    const logged = warn.mock.calls.map((c) => c.join(" ")).join("\n");
    warn.mockRestore();
    expect(logged).toContain("SOC Kampen 2026");
    expect(logged).not.toContain("piet@example.nl");
    expect(logged).not.toContain("Piet");
  });
});

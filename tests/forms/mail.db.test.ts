// The confirmation e-mail through a real SMTP server on loopback (the
// smtp-server package, started here), never a mock transport; and a mail
// server that is down does not lose the registration.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { action } from "~/routes/aanmelden.$editionId";
import type { Db } from "../../db/connection.server";
import { csv } from "../import/files";
import { importText } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

const EDITION = "kampen-2026";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The subject and the decoded text and HTML parts of a message as it arrived. */
function readMessage(raw: string) {
  const [head = "", ...rest] = raw.split(/\r\n\r\n/);
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "";
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? "";
  const parts: Record<string, string> = {};
  for (const part of rest.join("\r\n\r\n").split(`--${boundary}`)) {
    const [partHead = "", ...body] = part.split(/\r\n\r\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(partHead)?.[1];
    if (!type) continue;
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHead)?.[1]?.toLowerCase();
    const content = body.join("\r\n\r\n");
    parts[type] =
      encoding === "base64"
        ? Buffer.from(content, "base64").toString("utf8")
        : encoding === "quoted-printable"
          ? Buffer.from(
              content
                .replace(/=\r\n/g, "")
                .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
                  String.fromCharCode(Number.parseInt(hex, 16)),
                ),
              "latin1",
            ).toString("utf8")
          : content;
  }
  return { subject, text: parts["text/plain"] ?? "", html: parts["text/html"] ?? "" };
}

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
  });

  it("does not lose the registration when the mail server is down, nor log the address", async () => {
    // A port that was just free: nothing listens there.
    const down = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    const downPort = (down.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => down.close(() => resolve()));
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${downPort}`);
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

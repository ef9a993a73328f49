// A real SMTP server on loopback (the smtp-server package) for the e-mail
// tests, never a mock transport; and the reading of a message as it arrived.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  received: Received[];
  port: number;
  close: () => Promise<void>;
}

/** Starts a server on a free port; it refuses the recipients of `refuse` (550). */
export async function startSmtp(refuse: readonly string[] = []): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) {
        const refusal = Object.assign(new Error(`<${address.address}>: recipient refused`), {
          responseCode: 550,
        });
        callback(refusal);
      } else callback();
    },
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
  return {
    received,
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port that was just free: nothing listens there. */
export async function downPort(): Promise<number> {
  const down = await startSmtp();
  await down.close();
  return down.port;
}

function decode(content: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(content, "base64").toString("utf8");
  if (encoding !== "quoted-printable") return content;
  return Buffer.from(
    content
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
    "latin1",
  ).toString("utf8");
}

/** A header with RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) as text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? decode(text, "base64")
        : decode(text.replace(/_/g, " "), "quoted-printable"),
    );
}

/** The subject and the decoded text and HTML parts of a message as it arrived. */
export function readMessage(raw: string) {
  const [head = "", ...rest] = raw.split(/\r\n\r\n/);
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const subject = decodeHeader(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "");
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? "";
  const parts: Record<string, string> = {};
  for (const part of rest.join("\r\n\r\n").split(`--${boundary}`)) {
    const [partHead = "", ...body] = part.split(/\r\n\r\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(partHead)?.[1];
    if (!type) continue;
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHead)?.[1]?.toLowerCase();
    parts[type] = decode(body.join("\r\n\r\n"), encoding);
  }
  return { subject, text: parts["text/plain"] ?? "", html: parts["text/html"] ?? "" };
}

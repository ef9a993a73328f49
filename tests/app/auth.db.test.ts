// Logging in and out, throttling, sessions that cannot be forged or outlive
// a password change, and the password hashes that never leave the database.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { currentUser } from "~/auth.server";
import { action as accountAction } from "~/routes/account";
import { action as loginAction } from "~/routes/inloggen";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { hashPassword, verifyPassword } from "../../db/passwords";
import { disableAccount, setPassword } from "../../db/queries/users.server";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

function login(
  db: Parameters<typeof requestArgs>[0],
  email: string,
  password: string,
  address = "10.0.0.1",
) {
  const body = new URLSearchParams({
    email,
    wachtwoord: password,
    terug: "/edities/groningen-2020",
  });
  const args = requestArgs(db, "http://localhost/inloggen", undefined, { method: "POST", body });
  return loginAction({ ...args, context: { db, clientAddress: address } });
}

describe("passwords", () => {
  it("are salted scrypt hashes that verify only the right password", async () => {
    const a = await hashPassword("een-lang-wachtwoord");
    const b = await hashPassword("een-lang-wachtwoord");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("een-lang-wachtwoord", a)).toBe(true);
    expect(await verifyPassword("een-lang-wachtwoorD", a)).toBe(false);
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });
});

describe("logging in", () => {
  const test = useTestDatabase();

  it("starts a session and returns to the page asked for", async () => {
    await loginAs(test.db, "admin");
    const response = (await login(
      test.db,
      `ADMIN-1-${process.pid}@test.soc`,
      "een-lang-wachtwoord",
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/edities/groningen-2020");
    const cookie = (response.headers.get("Set-Cookie") ?? "").split(";")[0] as string;
    expect(response.headers.get("Set-Cookie")).toMatch(/HttpOnly/);
    expect(response.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/);
    const user = await currentUser(
      new Request("http://localhost/", { headers: { Cookie: cookie } }),
      test.db,
    );
    expect(user).toMatchObject({ role: "admin", scope: { all: true } });
    const trail = await test.db.selectFrom("audit_log").select(["action", "details"]).execute();
    expect(trail.map((e) => e.action)).toContain("login");
    expect(JSON.stringify(trail)).not.toContain("scrypt");
  });

  it("says the same for an unknown address and a wrong password, and slows down after 5 failures", async () => {
    const unknown = await login(test.db, "niemand@test.soc", "een-lang-wachtwoord", "10.0.0.2");
    const wrong = await login(
      test.db,
      `admin-1-${process.pid}@test.soc`,
      "fout-wachtwoord",
      "10.0.0.3",
    );
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ error: "Deze combinatie van e-mailadres en wachtwoord klopt niet." });
    for (let i = 0; i < 4; i += 1)
      await login(test.db, `admin-1-${process.pid}@test.soc`, "fout", `10.0.1.${i}`);
    // the account is throttled now, even with the right password and from another address
    expect(
      await login(test.db, `admin-1-${process.pid}@test.soc`, "een-lang-wachtwoord", "10.0.9.9"),
    ).toEqual({
      error: "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
    });
    // and one address that tries many accounts is throttled too
    for (let i = 0; i < 5; i += 1) await login(test.db, `gok${i}@test.soc`, "fout", "10.6.6.6");
    const researcher = await loginAs(test.db, "researcher");
    expect(researcher).not.toBe("");
    expect(
      await login(
        test.db,
        `researcher-2-${process.pid}@test.soc`,
        "een-lang-wachtwoord",
        "10.6.6.6",
      ),
    ).toEqual({
      error: "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
    });
  });
});

describe("sessions", () => {
  const test = useTestDatabase();
  const whoIs = (cookie: string) =>
    currentUser(new Request("http://localhost/", { headers: { Cookie: cookie } }), test.db);

  it("cannot be forged or tampered with", async () => {
    const cookie = await loginAs(test.db, "municipality", ["Groningen"]);
    expect(await whoIs(cookie)).toMatchObject({ role: "municipality" });
    const split = cookie.indexOf("=");
    const [name, value] = [cookie.slice(0, split), cookie.slice(split + 1)];
    const [payload, signature] = decodeURIComponent(value).split(".") as [string, string];
    // claim to be the admin, keeping the municipality user's signature
    const admin = await whoIs(await loginAs(test.db, "admin"));
    const forged = Buffer.from(JSON.stringify({ userId: admin?.user_id, version: 1 })).toString(
      "base64",
    );
    expect(await whoIs(`${name}=${encodeURIComponent(`${forged}.${signature}`)}`)).toBeNull();
    // one character of the signature changed (to another one: it may have been an x)
    const changed = `${signature.startsWith("x") ? "y" : "x"}${signature.slice(1)}`;
    expect(await whoIs(`${name}=${encodeURIComponent(`${payload}.${changed}`)}`)).toBeNull();
    expect(await whoIs("sessie=onzin")).toBeNull();
  });

  it("end when the account is disabled or its password changes", async () => {
    const cookie = await loginAs(test.db, "researcher");
    const email = (await whoIs(cookie))?.email as string;
    await setPassword(test.db, email, "nog-een-lang-wachtwoord");
    expect(await whoIs(cookie)).toBeNull();
    const other = await loginAs(test.db, "researcher");
    await disableAccount(test.db, (await whoIs(other))?.email as string);
    expect(await whoIs(other)).toBeNull();
  });

  it("read the account once per request, and afresh for the next request", async () => {
    const cookie = await loginAs(test.db, "researcher");
    const request = new Request("http://localhost/", { headers: { Cookie: cookie } });
    // The root loader and the page's loader ask for the same request.
    const first = await currentUser(request, test.db);
    await disableAccount(test.db, first?.email as string);
    expect(await currentUser(request, test.db)).toBe(first);
    expect(await whoIs(cookie)).toBeNull();
  });

  it("let a user change their own password with the current one", async () => {
    const cookie = await loginAs(test.db, "admin");
    const change = (fields: Record<string, string>) =>
      accountAction(
        requestArgs(test.db, "http://localhost/account", cookie, {
          method: "POST",
          body: new URLSearchParams(fields),
        }),
      );
    expect(
      await change({
        huidig: "fout",
        nieuw: "een-nieuw-wachtwoord",
        herhaling: "een-nieuw-wachtwoord",
      }),
    ).toEqual({
      ok: false,
      message: "Het huidige wachtwoord klopt niet.",
    });
    expect(
      await change({ huidig: "een-lang-wachtwoord", nieuw: "kort", herhaling: "kort" }),
    ).toMatchObject({ ok: false });
    const done = (await change({
      huidig: "een-lang-wachtwoord",
      nieuw: "een-nieuw-wachtwoord",
      herhaling: "een-nieuw-wachtwoord",
    })) as Response;
    expect(await done.json()).toEqual({
      ok: true,
      message: "Uw wachtwoord is gewijzigd. Andere sessies zijn beëindigd.",
    });
    const fresh = (done.headers.get("Set-Cookie") ?? "").split(";")[0] as string;
    expect(await whoIs(fresh)).toMatchObject({ role: "admin" });
    expect(await whoIs(cookie)).toBeNull();
  });
});

describe("impact users", () => {
  const test = useTestDatabase();
  const run = async (argv: string[], stdin = "") => {
    const out: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      db: async () => test.db,
      stdin: Readable.from([stdin]),
    };
    return { code: await runCli(argv, commands, io), out: out.join("\n") };
  };

  it("adds, lists, resets and disables accounts, reading passwords from standard input", async () => {
    const add = await run(
      [
        "users",
        "add",
        "--email",
        "Beleid@Groningen.nl",
        "--name",
        "Beleid",
        "--role",
        "municipality",
        "--municipality",
        "Groningen",
      ],
      "een-lang-wachtwoord\n",
    );
    expect(add).toEqual({
      code: EXIT.done,
      out: "Account beleid@groningen.nl (municipality) is aangemaakt.",
    });
    expect((await run(["users", "list"])).out).toBe(
      "beleid@groningen.nl  municipality  Beleid  (Groningen)",
    );
    expect(
      (await run(["users", "add", "--email", "x@y.nl", "--name", "X", "--role", "admin"], "kort\n"))
        .code,
    ).toBe(EXIT.failed);
    expect(
      (await run(["users", "add", "--email", "x@y.nl", "--name", "X", "--role", "baas"])).code,
    ).toBe(EXIT.usage);
    expect(
      (
        await run(
          ["users", "reset-password", "--email", "beleid@groningen.nl"],
          "weer-een-lang-wachtwoord\n",
        )
      ).code,
    ).toBe(EXIT.done);
    expect((await run(["users", "disable", "--email", "beleid@groningen.nl"])).code).toBe(
      EXIT.done,
    );
    expect((await run(["users", "list"])).out).toContain("uitgeschakeld");
    const hashes = await test.db.selectFrom("audit_log").select("details").execute();
    expect(JSON.stringify(hashes)).not.toMatch(/wachtwoord|scrypt/);
  });
});

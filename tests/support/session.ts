// Real accounts and real session cookies for route tests: a loader sees the
// same cookie a browser would send after logging in.

import { startSession } from "~/auth.server";
import type { Role } from "../../core/accounts";
import type { Db } from "../../db/connection.server";
import { accountById, createAccount } from "../../db/queries/users.server";

let made = 0;

/** A new account of this role, and the Cookie header of a session for it. */
export async function loginAs(db: Db, role: Role, municipalities: string[] = []): Promise<string> {
  made += 1;
  const email = `${role}-${made}-${process.pid}@test.soc`;
  const userId = await createAccount(db, {
    email,
    name: `Test ${role}`,
    role,
    municipalities,
    password: "een-lang-wachtwoord",
  });
  const account = await accountById(db, userId);
  if (!account) throw new Error("account not made");
  const setCookie = await startSession(new Request("http://localhost/"), db, account);
  return setCookie.split(";")[0] as string;
}

/** Loader or action arguments for a request with this cookie (none: logged out). */
export function requestArgs(
  db: Db,
  url: string,
  cookie?: string,
  init: RequestInit = {},
  params: Record<string, string> = {},
) {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  return { request: new Request(url, { ...init, headers }), params, context: { db } };
}

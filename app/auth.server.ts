// Who is asking: the signed session cookie, checked against the account on
// every request (a disabled account or a changed password ends old sessions).
// Routes ask `requireUser` for the roles they allow; the user's scope then
// goes into every query (db/scope.ts), and their reads run in withScope.
import { createHmac } from "node:crypto";
import { createCookieSessionStorage, redirect, type SessionStorage } from "@remix-run/node";
import { READER_ROLES, type Role } from "../core/accounts";
import { translator } from "../core/i18n/messages";
import type { Db } from "../db/connection.server";
import { installationSecret } from "../db/queries/installation.server";
import { type Account, accountById } from "../db/queries/users.server";
import { EVERYTHING, type Scope } from "../db/scope";
import { languageOf } from "./i18n/language.server";

export { editionVisible, municipalityVisible, scopedFilter, withScope } from "../db/scope";
export type { Role };

export interface SessionUser extends Account {
  scope: Scope;
}

const storages = new Map<string, SessionStorage>();

const sessionSecrets = new WeakMap<Db, Promise<string>>();

/**
 * The session key: IMPACT_SESSION_SECRET, or one derived from the
 * installation's own secret. That secret never changes once made, so it is
 * read once per database and not on every request.
 */
function sessionSecret(db: Db): Promise<string> {
  const configured = process.env.IMPACT_SESSION_SECRET;
  if (configured) return Promise.resolve(configured);
  let secret = sessionSecrets.get(db);
  if (!secret) {
    secret = installationSecret(db).then((key) =>
      createHmac("sha256", key).update("session-cookie").digest("hex"),
    );
    // A failed read is not the key: the next request reads again.
    secret.catch(() => sessionSecrets.delete(db));
    sessionSecrets.set(db, secret);
  }
  return secret;
}

async function storageFor(db: Db, secure: boolean): Promise<SessionStorage> {
  const secret = await sessionSecret(db);
  const key = `${secure}:${secret}`;
  let storage = storages.get(key);
  if (!storage) {
    storage = createCookieSessionStorage({
      cookie: {
        name: "sessie",
        httpOnly: true,
        sameSite: "lax",
        secure,
        path: "/",
        secrets: [secret],
        maxAge: 60 * 60 * 12,
      },
    });
    storages.set(key, storage);
  }
  return storage;
}

/** Behind HTTPS (directly or through a proxy that says so) the cookie is Secure. */
function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** An assessor's scope is no municipality at all: their plans are read through their assignments only. */
export function scopeOf(account: Account): Scope {
  if (account.role === "municipality") {
    return { all: false, municipalities: account.municipalities };
  }
  return account.role === "assessor" ? { all: false, municipalities: [] } : EVERYTHING;
}

const usersOfRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * Who sent `request`, or null. The root loader and the page's loader each
 * ask for the same request: the account is read once.
 */
export function currentUser(request: Request, db: Db): Promise<SessionUser | null> {
  let user = usersOfRequest.get(request);
  if (!user) {
    user = readCurrentUser(request, db);
    usersOfRequest.set(request, user);
  }
  return user;
}

async function readCurrentUser(request: Request, db: Db): Promise<SessionUser | null> {
  const storage = await storageFor(db, isHttps(request));
  const session = await storage.getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  const version = session.get("version");
  if (typeof userId !== "number" || typeof version !== "number") return null;
  const account = await accountById(db, userId);
  if (!account || account.disabled || account.session_version !== version) return null;
  return { ...account, scope: scopeOf(account) };
}

/**
 * The logged-in user, or a redirect to the login page; a user whose role may
 * not do this gets 403. Without `roles`, the roles that read the dashboards:
 * an assessor is let in only where a route names them.
 */
export async function requireUser(
  request: Request,
  db: Db,
  roles: readonly Role[] = READER_ROLES,
): Promise<SessionUser> {
  const user = await currentUser(request, db);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!roles.includes(user.role)) {
    throw new Response(translator(await languageOf(request))("http.noAccess"), {
      status: 403,
    });
  }
  return user;
}

export async function startSession(request: Request, db: Db, account: Account): Promise<string> {
  const storage = await storageFor(db, isHttps(request));
  const session = await storage.getSession();
  session.set("userId", account.user_id);
  session.set("version", account.session_version);
  return storage.commitSession(session);
}

export async function endSession(request: Request, db: Db): Promise<string> {
  const storage = await storageFor(db, isHttps(request));
  return storage.destroySession(await storage.getSession(request.headers.get("Cookie")));
}

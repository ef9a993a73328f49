// The installation's own settings (one row). The pseudonym key is made on
// first use, from the operating system's random source, and then never
// changes: the same applicant keeps the same pseudonym in every export.
import { randomBytes } from "node:crypto";
import type { Db } from "../connection.server";

async function storedSecret(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom("installation").select("pseudonym_secret").executeTakeFirst();
  return row?.pseudonym_secret;
}

/** Once read, the key is kept per database handle: it never changes, and forms ask for it on every answer. */
const known = new WeakMap<Db, string>();

/** The stored pseudonym key, made now if there is none yet. */
export async function installationSecret(db: Db): Promise<string> {
  const secret = known.get(db) ?? (await readOrMakeSecret(db));
  known.set(db, secret);
  return secret;
}

async function readOrMakeSecret(db: Db): Promise<string> {
  const stored = await storedSecret(db);
  if (stored !== undefined) return stored;
  // Two first exports at once: one insert wins, both read the winner's key.
  await db
    .insertInto("installation")
    .values({ pseudonym_secret: randomBytes(32).toString("hex") })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const made = await storedSecret(db);
  if (made === undefined) throw new Error("installation secret missing after insert");
  return made;
}

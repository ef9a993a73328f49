import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../connection.server";

export interface FactsheetLink {
  token: string;
  edition_id: string;
  language: "nl" | "en";
  compare_edition_id: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

/** 128 random bits in URL-safe base64: not guessable, not enumerable. */
function newToken(): string {
  return randomBytes(16).toString("base64url");
}

export async function publishFactsheet(
  db: Db,
  link: { edition_id: string; language: "nl" | "en"; compare_edition_id: string | null },
): Promise<FactsheetLink> {
  return db
    .insertInto("factsheet_links")
    .values({ ...link, token: newToken() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A link that still gives access, or null (unknown or revoked). */
export async function activeFactsheetLink(db: Db, token: string): Promise<FactsheetLink | null> {
  const link = await db
    .selectFrom("factsheet_links")
    .selectAll()
    .where("token", "=", token)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return link ?? null;
}

export async function revokeFactsheetLink(db: Db, token: string): Promise<boolean> {
  const result = await db
    .updateTable("factsheet_links")
    .set({ revoked_at: sql<Date>`now()` as unknown as Date })
    .where("token", "=", token)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every link, newest first: for admins to see what is public. */
export async function listFactsheetLinks(db: Db, editionId?: string): Promise<FactsheetLink[]> {
  let query = db.selectFrom("factsheet_links").selectAll().orderBy("created_at", "desc");
  if (editionId) query = query.where("edition_id", "=", editionId);
  return query.execute();
}

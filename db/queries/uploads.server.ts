// Web uploads waiting between check and confirmation (migration 0010): in the
// database, so any app server can confirm what another one checked. An upload
// belongs to its user and expires an hour after it arrived.
import { sql } from "kysely";
import type { Db } from "../connection.server";

export const UPLOAD_LIFETIME_MINUTES = 60;

export async function storePendingUpload(
  db: Db,
  upload: { token: string; userId: number; fileName: string; content: Buffer },
): Promise<void> {
  await removeExpiredUploads(db);
  await db
    .insertInto("pending_uploads")
    .values({
      token: upload.token,
      user_id: upload.userId,
      file_name: upload.fileName,
      content: upload.content,
      expires_at: sql<Date>`now() + make_interval(mins => ${UPLOAD_LIFETIME_MINUTES})` as never,
    })
    .execute();
}

/** The upload under `token` if it is this user's and has not expired. */
export async function pendingUpload(
  db: Db,
  token: string,
  userId: number,
): Promise<{ fileName: string; content: Buffer } | null> {
  const row = await db
    .selectFrom("pending_uploads")
    .select(["file_name", "content"])
    .where("token", "=", token)
    .where("user_id", "=", userId)
    .where("expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { fileName: row.file_name, content: row.content } : null;
}

export async function discardPendingUpload(db: Db, token: string): Promise<void> {
  await db.deleteFrom("pending_uploads").where("token", "=", token).execute();
}

/** Removes every upload past its hour; returns how many. */
export async function removeExpiredUploads(db: Db): Promise<number> {
  const result = await db
    .deleteFrom("pending_uploads")
    .where("expires_at", "<=", sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Login throttling and the audit log.
import { sql } from "kysely";
import type { Db } from "../connection.server";

/** Failures within this window count; after this many, logging in waits. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_MAX_FAILURES = 5;

export async function recordLoginFailure(db: Db, keys: readonly string[]): Promise<void> {
  await db
    .insertInto("login_failures")
    .values(keys.map((key) => ({ key })))
    .execute();
  // Old failures say nothing any more: keep the table small.
  await db
    .deleteFrom("login_failures")
    .where("failed_at", "<", sql<Date>`now() - interval '1 day'`)
    .execute();
}

/** True when one of the keys (an account, an address) failed too often of late. */
export async function loginThrottled(db: Db, keys: readonly string[]): Promise<boolean> {
  const rows = await db
    .selectFrom("login_failures")
    .select(["key", sql<number>`count(*)::int`.as("n")])
    .where("key", "in", [...keys])
    .where("failed_at", ">", sql<Date>`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`)
    .groupBy("key")
    .execute();
  return rows.some((r) => r.n >= THROTTLE_MAX_FAILURES);
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom("login_failures").where("key", "=", key).execute();
}

export type AuditAction =
  | "login"
  | "login_failed"
  | "logout"
  | "import"
  | "undo"
  | "export"
  | "publish"
  | "revoke"
  | "user_added"
  | "user_disabled"
  | "password_changed"
  | "erasure"
  | "access_request"
  | "registration_marked"
  | "registration_window"
  | "assessment_assigned"
  | "assessment_assignment_added"
  | "assessment_assignment_removed"
  | "assessment_conflict"
  | "assessment_reopened"
  | "assessment_awarded"
  | "assessment_award_undone";

/** Records who did what. Never a password or hash: only what an admin needs to read. */
export async function audit(
  db: Db,
  entry: {
    userId: number | null;
    actor: string;
    action: AuditAction;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      user_id: entry.userId,
      actor: entry.actor,
      action: entry.action,
      details: entry.details ?? {},
    })
    .execute();
}

export async function auditTrail(db: Db, limit = 200) {
  return db
    .selectFrom("audit_log")
    .select(["audit_id", "at", "actor", "action", "details"])
    .orderBy("audit_id", "desc")
    .limit(limit)
    .execute();
}

// Accounts: who may log in, with which role and which municipalities.
import { sql } from "kysely";
import type { Role } from "../../core/accounts";
import { UserError } from "../../core/i18n/user-error";
import type { Db } from "../connection.server";
import { hashPassword, verifyPassword } from "../passwords";

export interface Account {
  user_id: number;
  email: string;
  name: string;
  role: Role;
  municipalities: string[];
  disabled: boolean;
  session_version: number;
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  municipalities: readonly string[];
  password: string;
}

/** An account that cannot be made: its message in the reader's language with `.in(language)`. */
export class AccountError extends UserError {
  override name = "AccountError";
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const accountColumns = [
  "u.user_id",
  "u.email",
  "u.name",
  "u.role",
  "u.session_version",
  "u.disabled_at",
  // In the account's own statement: every signed-in request reads its account.
  sql<string[]>`array(select m.municipality from user_municipalities m
    where m.user_id = u.user_id order by m.municipality)`.as("municipalities"),
] as const;

function toAccount({
  disabled_at,
  ...row
}: Omit<Account, "disabled"> & { disabled_at: Date | null }): Account {
  return { ...row, disabled: disabled_at !== null };
}

export async function createAccount(db: Db, account: NewAccount): Promise<number> {
  if (account.role === "municipality" && account.municipalities.length === 0) {
    throw new AccountError("problem.account.needsMunicipality");
  }
  const email = normaliseEmail(account.email);
  const exists = await db
    .selectFrom("users")
    .select("user_id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (exists) throw new AccountError("problem.account.exists", { email });
  const passwordHash = await hashPassword(account.password);
  return db.transaction().execute(async (trx) => {
    const { user_id } = await trx
      .insertInto("users")
      .values({ email, name: account.name.trim(), role: account.role, password_hash: passwordHash })
      .returning("user_id")
      .executeTakeFirstOrThrow();
    if (account.role === "municipality") {
      await trx
        .insertInto("user_municipalities")
        .values(account.municipalities.map((municipality) => ({ user_id, municipality })))
        .execute();
    }
    return user_id;
  });
}

export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db
    .selectFrom("users as u")
    .select(accountColumns)
    .orderBy("u.email")
    .execute();
  return rows.map(toAccount);
}

export async function accountById(db: Db, userId: number): Promise<Account | null> {
  const row = await db
    .selectFrom("users as u")
    .select(accountColumns)
    .where("u.user_id", "=", userId)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** The account for these credentials, or null: unknown address, wrong password or disabled. */
export async function checkCredentials(
  db: Db,
  email: string,
  password: string,
): Promise<Account | null> {
  const row = await db
    .selectFrom("users as u")
    .select([...accountColumns, "u.password_hash"])
    .where("u.email", "=", normaliseEmail(email))
    .executeTakeFirst();
  if (!row || row.disabled_at !== null) return null;
  if (!(await verifyPassword(password, row.password_hash))) return null;
  const { password_hash: _hash, ...account } = row;
  return toAccount(account);
}

/** Sets a new password and ends every session of the account. */
export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(password),
      session_version: sql<number>`session_version + 1` as unknown as number,
    })
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Disables an account and ends its sessions; it stays in the audit log. */
export async function disableAccount(db: Db, email: string): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({
      disabled_at: sql<Date>`now()` as unknown as Date,
      session_version: sql<number>`session_version + 1` as unknown as number,
    })
    .where("email", "=", normaliseEmail(email))
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countAccounts(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom("users")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return n;
}

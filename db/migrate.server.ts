import { type MigrationResultSet, Migrator, NO_MIGRATIONS } from "kysely/migration";
import { UserError } from "../core/i18n/user-error";
import type { Db } from "./connection.server";
import { migrations } from "./migrations/index";

function migratorFor(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export class MigrationError extends UserError {
  override name = "MigrationError";
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    // No migration ran: the database could not be reached or read at all
    // (it does not exist, a password is wrong), which names no migration.
    if (failed === undefined) throw new MigrationError("problem.migrationsNotStarted", { reason });
    throw new MigrationError("problem.migration", { name: failed, reason });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await migratorFor(db).migrateToLatest());
}

/** The names of the migrations this database has not run yet. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const known = await migratorFor(db).getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Undoes the most recent migration; returns its name (empty when none). */
export async function migrateDown(db: Db): Promise<string[]> {
  return check(await migratorFor(db).migrateDown());
}

/** Drops every table by undoing all migrations, then builds the schema anew. */
export async function resetDatabase(db: Db): Promise<void> {
  check(await migratorFor(db).migrateTo(NO_MIGRATIONS));
  await migrateToLatest(db);
}

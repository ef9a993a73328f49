// Frozen migration: the registrations erased on request or by retention,
// kept only as a keyed fingerprint of their edition and old number, so that
// an import can refuse to bring the person back without the database
// keeping the number (docs/decisions/023-erasure.md).
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("erased_registrations")
    .addColumn("fingerprint", "text", (c) =>
      c.primaryKey().check(sql`fingerprint ~ '^[0-9a-f]{64}$'`),
    )
    .addColumn("erased_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("erased_registrations").execute();
}

// Frozen migration: the public registration form (docs/decisions/026).
// - the import history knows a form's submission as mode `form`;
// - registration_settings: per edition, an administrator's hand on the
//   registration window (open or closed regardless of the dates) and the last
//   number the form handed out, so that concurrent submissions never share one;
// - registration_attempts: the form's rate limit per client address, in the
//   database so that several app servers share it; the address is stored only
//   as a keyed hash, and old attempts are deleted.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports drop constraint imports_mode_check`.execute(db);
  await sql`alter table imports add constraint imports_mode_check
    check (mode in ('upsert', 'replace', 'seed', 'form'))`.execute(db);
  await db.schema
    .createTable("registration_settings")
    .addColumn("edition_id", "text", (c) =>
      c.primaryKey().references("editions.edition_id").onDelete("cascade"),
    )
    .addColumn("forced", "text", (c) => c.check(sql`forced in ('open', 'closed')`))
    .addColumn("last_number", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("registration_attempts")
    .addColumn("address_hash", "text", (c) => c.notNull())
    .addColumn("attempted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("registration_attempts_address_idx")
    .on("registration_attempts")
    .columns(["address_hash", "attempted_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("registration_attempts").execute();
  await db.schema.dropTable("registration_settings").execute();
  await sql`alter table imports drop constraint imports_mode_check`.execute(db);
  await sql`alter table imports add constraint imports_mode_check
    check (mode in ('upsert', 'replace', 'seed'))`.execute(db);
}

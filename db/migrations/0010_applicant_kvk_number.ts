// Frozen migration: an applicant's optional Chamber of Commerce (KvK)
// number, exactly eight digits, which gives the initiative's organisation
// its registered identifier in the 360Giving open data (NL-KVK-…).
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("applicants")
    .addColumn("kvk_number", "text", (c) => c.check(sql`kvk_number ~ '^[0-9]{8}$'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("applicants").dropColumn("kvk_number").execute();
}

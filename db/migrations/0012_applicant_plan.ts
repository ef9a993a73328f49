// Frozen migration: what an applicant's registration and plan say, so the
// registration form and the assessment can keep it: the idea in their own
// words (free text, never in research exports), the plan's start budget and
// the microcredit it asks for.
import { type Kysely, sql } from "kysely";

const EURO = "numeric(14, 2)";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("applicants")
    .addColumn("idea", "text", (c) => c.check(sql`length(idea) between 1 and 2000`))
    .addColumn("start_budget_eur", EURO, (c) => c.check(sql`start_budget_eur > 0`))
    .addColumn("requested_eur", EURO, (c) => c.check(sql`requested_eur > 0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("applicants")
    .dropColumn("requested_eur")
    .dropColumn("start_budget_eur")
    .dropColumn("idea")
    .execute();
}

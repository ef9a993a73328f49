// What an erasure leaves behind so that the person does not come back: a
// fingerprint of the registration's edition and old number, keyed with the
// installation's secret (a bare hash of a guessable number such as
// GRO-17-042 could be confirmed by anyone holding the list). The number
// itself is gone (docs/decisions/023-erasure.md). One formula, in SQL, for
// both the erasure that stores it and the import that looks it up.
import { type Expression, type RawBuilder, sql } from "kysely";
import type { Db } from "../connection.server";
import { installationSecret } from "./installation.server";

function fingerprintOf(
  secret: Expression<string> | string,
  editionId: Expression<string> | string,
  applicantId: Expression<string> | string,
): RawBuilder<string> {
  // chr(31), the unit separator, occurs in no edition id or number: the
  // parts cannot run into one another.
  return sql<string>`encode(sha256(convert_to(
    ${secret} || chr(31) || ${editionId} || chr(31) || ${applicantId}, 'UTF8')), 'hex')`;
}

/** Records that these registrations of one edition were erased (inside the erasure's transaction). */
export async function rememberErased(
  trx: Db,
  editionId: string,
  applicantIds: readonly string[],
): Promise<void> {
  if (applicantIds.length === 0) return;
  const secret = await installationSecret(trx);
  await trx
    .insertInto("erased_registrations")
    .values(applicantIds.map((id) => ({ fingerprint: fingerprintOf(secret, editionId, id) })))
    .onConflict((oc) => oc.column("fingerprint").doNothing())
    .execute();
}

/**
 * A condition on a row with `edition_id` and `applicant_id` (of `alias`):
 * true where that registration was erased. Reads the stored secret; with
 * no erasure yet there is none, and nothing matches.
 */
export function wasErased(alias: string): RawBuilder<boolean> {
  const secret = sql<string>`(select pseudonym_secret from installation)`;
  return sql<boolean>`exists (select 1 from erased_registrations x where x.fingerprint = ${fingerprintOf(
    secret,
    sql.ref(`${alias}.edition_id`),
    sql.ref(`${alias}.applicant_id`),
  )})`;
}

/** Whether any registration was ever erased: most imports can skip the lookup. */
export async function anyErased(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("erased_registrations")
    .select("fingerprint")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether rows this import wrote to `table` (one with an applicant_id) belong to an erased registration. */
export async function importTouchesErased(
  db: Db,
  table: string,
  importId: number,
): Promise<boolean> {
  if (!(await anyErased(db))) return false;
  const { rows } = await sql`select 1 from ${sql.table(table)} t
    where t.import_id = ${importId} and ${wasErased("t")} limit 1`.execute(db);
  return rows.length > 0;
}

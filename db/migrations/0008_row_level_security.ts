// Frozen migration: row-level security as a second wall behind the
// application's scope filter (docs/decisions/008-accounts-and-isolation.md).
// A non-login role `impact_scoped`, granted to the connecting role, may only
// read the tables that hold municipality data, and of those only the rows
// of the editions whose municipality the transaction-local setting
// `impact.municipalities` (a text[] of lower-case names) names. The
// application switches to that role for a municipality user's reads
// (withScope in db/scope.ts). The tables' owner, the connecting role, still
// sees and writes everything: RLS is enabled, not forced.
//
// A role belongs to the whole server, not to one database: it may exist
// already (another database, a test database copied from a template). A
// connecting role that may not create or grant it gets no second wall: the
// migration says so and carries on, and the application finds out itself
// (scopedRoleUsable in db/scope.ts).
import { type Kysely, sql } from "kysely";

const ROLE = "impact_scoped";

// The municipalities of the transaction, evaluated once per query (a scalar
// subquery becomes an InitPlan). Unset or empty: null, which lets no row through.
const VISIBLE_MUNICIPALITIES = `(select nullif(current_setting('impact.municipalities', true), '')::text[])::text[]`;

// The editions the role can see (the editions policy applies inside this
// subquery too), as an array computed once per query: a municipality has a
// handful of editions, so matching a row against it costs next to nothing.
const VISIBLE_EDITIONS = "(select array_agg(edition_id) from editions)::text[]";

/** Tables of one edition's rows, keyed on edition_id. */
const EDITION_TABLES = [
  "criteria",
  "applicants",
  "assessments",
  "assessment_scores",
  "awards",
  "outcomes",
  "surveys",
  "activities",
  "stories",
  "applicant_scores",
  "edition_metric_parts",
  "factsheet_links",
];

const POLICY = "scoped_read";

// Import history: a factsheet says which import its data came from. Only
// these columns (not who imported, not the counts), and only imports that
// touched a visible edition.
const IMPORT_COLUMNS = "import_id, file_name, imported_at, mode, edition_ids, undone_at";

async function scopedRoleUsable(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ usable: boolean }>`
    select exists (select from pg_roles where rolname = ${ROLE})
      and pg_has_role(current_user, ${ROLE}, 'member') as usable`.execute(db);
  return rows[0]?.usable === true;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // The exception block is a subtransaction: a refusal undoes only this step.
  await sql
    .raw(`do $$
      begin
        if not exists (select from pg_roles where rolname = '${ROLE}') then
          create role ${ROLE} nologin;
        end if;
        if not pg_has_role(current_user, '${ROLE}', 'member') then
          grant ${ROLE} to current_user;
        end if;
      exception when insufficient_privilege then
        raise notice 'impact: % cannot create or grant role ${ROLE}', current_user;
      end $$`)
    .execute(db);
  if (!(await scopedRoleUsable(db))) {
    console.warn(
      `Rijbeveiliging (row-level security) staat uit: de databaserol mag rol ${ROLE} niet aanmaken of toekennen. ` +
        "Gemeenten blijven gescheiden door het filter van de applicatie. " +
        `/ Row-level security is off: the database role may not create or grant role ${ROLE}; ` +
        "the application's filter still keeps municipalities apart.",
    );
    return;
  }
  for (const table of ["editions", ...EDITION_TABLES]) {
    await sql.raw(`grant select on ${table} to ${ROLE}`).execute(db);
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
  }
  await sql
    .raw(`create policy ${POLICY} on editions for select to ${ROLE}
      using (lower(municipality) = any(${VISIBLE_MUNICIPALITIES}))`)
    .execute(db);
  for (const table of EDITION_TABLES) {
    await sql
      .raw(`create policy ${POLICY} on ${table} for select to ${ROLE}
        using (edition_id = any(${VISIBLE_EDITIONS}))`)
      .execute(db);
  }
  await sql.raw(`grant select (${IMPORT_COLUMNS}) on imports to ${ROLE}`).execute(db);
  await sql.raw("alter table imports enable row level security").execute(db);
  await sql
    .raw(`create policy ${POLICY} on imports for select to ${ROLE}
      using (edition_ids && ${VISIBLE_EDITIONS})`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const roleExists = await sql<{ found: boolean }>`
    select exists (select from pg_roles where rolname = ${ROLE}) as found`.execute(db);
  for (const table of ["editions", ...EDITION_TABLES, "imports"]) {
    await sql.raw(`drop policy if exists ${POLICY} on ${table}`).execute(db);
    await sql.raw(`alter table ${table} disable row level security`).execute(db);
    // The role itself stays: other databases on the server may use it.
    if (roleExists.rows[0]?.found) {
      await sql.raw(`revoke select on ${table} from ${ROLE}`).execute(db);
    }
  }
}

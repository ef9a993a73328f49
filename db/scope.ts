// What a user may see. Every query made for a user carries this scope: the
// edition filter gets the visible municipalities (db/queries/metric-inputs
// applies them), and single editions are checked with editionVisible. Behind
// that filter stands a second wall: withScope runs a municipality user's
// reads as a database role that row-level security limits to the scope's
// municipalities (db/migrations/0008_row_level_security.ts).
import { CompiledQuery, sql } from "kysely";
import type { EditionFilter } from "../core/metric-parts";
import { type Db, rowScopedDb } from "./connection.server";

export type Scope = { all: true } | { all: false; municipalities: readonly string[] };

export const EVERYTHING: Scope = { all: true };

export function scopedFilter(filter: EditionFilter, scope: Scope): EditionFilter {
  return scope.all ? filter : { ...filter, visibleMunicipalities: scope.municipalities };
}

export function municipalityVisible(scope: Scope, municipality: string): boolean {
  return (
    scope.all || scope.municipalities.some((m) => m.toLowerCase() === municipality.toLowerCase())
  );
}

/** False for an edition that does not exist or lies outside the scope: both are a 404. */
export async function editionVisible(db: Db, scope: Scope, editionId: string): Promise<boolean> {
  const edition = await db
    .selectFrom("editions")
    .select("municipality")
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  return edition !== undefined && municipalityVisible(scope, edition.municipality);
}

/** The role of migration 0008: it may read only the rows of the municipalities a transaction names. */
const SCOPED_ROLE = "impact_scoped";

const rowSecurity = new WeakMap<Db, Promise<boolean>>();

/**
 * Whether this database has the second wall: the role exists, the
 * connecting role may take it, and the tables have row-level security (the
 * migration skips all of it where the connecting role may not create roles).
 * Asked once per database handle.
 */
export function rowSecurityOn(db: Db): Promise<boolean> {
  let known = rowSecurity.get(db);
  if (!known) {
    known = sql<{ on: boolean }>`
      select case when exists (select from pg_roles where rolname = ${SCOPED_ROLE})
        then pg_has_role(current_user, ${SCOPED_ROLE}, 'member')
          and coalesce((select relrowsecurity from pg_class where oid = to_regclass('editions')), false)
        else false end as on`
      .execute(db)
      .then(({ rows }) => {
        const on = rows[0]?.on === true;
        if (!on) {
          console.warn(
            "Rijbeveiliging (row-level security) staat uit; gemeenten blijven gescheiden door het filter van de applicatie. " +
              "/ Row-level security is off; the application's filter keeps municipalities apart.",
          );
        }
        return on;
      })
      .catch((error: unknown) => {
        // Unanswered (the server was away): ask again next time.
        rowSecurity.delete(db);
        throw error;
      });
    rowSecurity.set(db, known);
  }
  return known;
}

/**
 * Runs a user's reads. For a municipality user (where the database has the
 * second wall) `read` gets a Db whose every query runs read-only in the
 * scoped role with the scope's municipalities set: the database itself
 * returns no row of another municipality's editions, whatever the query
 * asks. Everyone else, and databases without the wall, get `db` as it is.
 * Aggregates over every municipality (the municipality page's benchmark)
 * are computed outside, with the connecting role, on purpose.
 */
export async function withScope<T>(db: Db, scope: Scope, read: (db: Db) => Promise<T>): Promise<T> {
  if (scope.all || !(await rowSecurityOn(db))) return read(db);
  return read(
    rowScopedDb(db, [
      // `set local role` and the scope in one round trip; the municipalities
      // as a Postgres array literal, lower-cased by Postgres as the policies compare them.
      CompiledQuery.raw(
        `select set_config('role', $1, true), set_config('impact.municipalities',
          (select coalesce(array_agg(lower(m)), '{}') from unnest($2::text[]) as m)::text, true)`,
        [SCOPED_ROLE, [...scope.municipalities]],
      ),
    ]),
  );
}

// What a user may see. Every query made for a user carries this scope: the
// edition filter gets the visible municipalities (db/queries/metric-inputs
// applies them), and single editions are checked with editionVisible.
import type { Db } from "./connection.server";
import type { EditionFilter } from "./queries/metric-inputs.server";

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

// The response to the follow-up per moment (issue 19): of the applicants with
// a link for the moment, how many answered (an outcomes row for it). Over one
// edition or many, by months, in one query. Read with the owner's connection
// for editions the caller has already found visible: the scoped role of
// migration 0008 may not read followup_links (decision 030).
import { sql } from "kysely";
import { DEFAULT_FOLLOWUP_MOMENTS } from "../../core/followup";
import type { Db } from "../connection.server";

export interface MomentResponse {
  months: number;
  invited: number;
  answered: number;
  /** Invitees without an answer, only when asked for names (administrators); else null. */
  missing: { edition_id: string; applicant_id: string; initiative: string }[] | null;
}

/** Per moment of the editions (their own or the default), ascending. */
export async function followupResponse(
  db: Db,
  editionIds: readonly string[],
  withNames: boolean,
): Promise<MomentResponse[]> {
  if (editionIds.length === 0) return [];
  const defaults = sql.raw(`array[${DEFAULT_FOLLOWUP_MOMENTS.join(",")}]::integer[]`);
  const names = withNames
    ? sql`coalesce(json_agg(json_build_object('edition_id', a.edition_id,
        'applicant_id', a.applicant_id, 'initiative', a.initiative)
        order by a.edition_id, a.initiative) filter (where o.applicant_id is null and a.applicant_id is not null), '[]')`
    : sql`null`;
  const { rows } = await sql<MomentResponse>`
    with moments as (
      select e.edition_id, unnest(coalesce(f.moments, ${defaults})) as months
      from editions e
      left join followup_settings f on f.edition_id = e.edition_id
      where e.edition_id in (${sql.join(editionIds)})
    ), invited as (
      select distinct l.edition_id, l.applicant_id, l.months
      from followup_links l
      where l.edition_id in (${sql.join(editionIds)})
    )
    select m.months,
      count(i.applicant_id)::int as invited,
      count(i.applicant_id) filter (where o.applicant_id is not null)::int as answered,
      ${names} as missing
    from moments m
    left join invited i on i.edition_id = m.edition_id and i.months = m.months
    left join applicants a on a.edition_id = i.edition_id and a.applicant_id = i.applicant_id
    left join outcomes o
      on o.edition_id = i.edition_id and o.applicant_id = i.applicant_id and o.months = i.months
    group by m.months
    order by m.months`.execute(db);
  return rows;
}

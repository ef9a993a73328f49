import { sql } from "kysely";
import type { Db } from "../connection.server";

export interface FilterOptions {
  municipalities: string[];
  years: number[];
  themes: string[];
}

/** What the dashboard filters can offer: every municipality, year and theme there is. */
export async function listFilterOptions(db: Db): Promise<FilterOptions> {
  const [municipalities, years, themes] = await Promise.all([
    db.selectFrom("editions").select("municipality").distinct().orderBy("municipality").execute(),
    db.selectFrom("editions").select("year").distinct().orderBy("year").execute(),
    sql<{
      theme: string;
    }>`select distinct unnest(themes) as theme from editions order by 1`.execute(db),
  ]);
  return {
    municipalities: municipalities.map((m) => m.municipality),
    years: years.map((y) => y.year),
    themes: themes.rows.map((t) => t.theme),
  };
}

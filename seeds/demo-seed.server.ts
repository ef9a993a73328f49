import { createHash } from "node:crypto";
import type { Db } from "../db/connection.server";
import { DEMO_ACCOUNTS, DEMO_ASSESSMENT_EDITION, type DemoAccount } from "../db/demo-accounts";
import { insertDataset } from "../db/insert-dataset.server";
import { recordImport } from "../db/queries/imports.server";
import { countAccounts, createAccount } from "../db/queries/users.server";
import { assignEdition } from "../import/scoring/assign.server";
import { buildDemoDataset } from "./demo";

export const DEMO_IMPORTER = "demodata";

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom("editions").select("edition_id").limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo dataset into an empty database, all or nothing, and records
 * it in the import history with mode `seed` so the interface can say that
 * these figures are demo data.
 */
export async function loadDemoData(db: Db): Promise<Record<string, number>> {
  const dataset = buildDemoDataset();
  const sha256 = createHash("sha256").update(JSON.stringify(dataset)).digest("hex");
  const counts = Object.fromEntries(
    Object.entries(dataset).map(([table, rows]) => [table, (rows as unknown[]).length]),
  );
  return db.transaction().execute(async (trx) => {
    const importId = await recordImport(trx, {
      imported_by: DEMO_IMPORTER,
      file_name: "demodata",
      sha256,
      mode: "seed",
      edition_ids: dataset.editions.map((e) => e.edition_id),
      counts,
    });
    return insertDataset(trx, dataset, importId);
  });
}

/**
 * One account per role for the demo, made once (only when there are no
 * accounts at all: a real installation's accounts are never touched). The
 * assessor gets every plan of DEMO_ASSESSMENT_EDITION, as Buro Bries would
 * assign them, so the assessor's pages show work to do.
 */
export async function ensureDemoAccounts(db: Db): Promise<readonly DemoAccount[]> {
  if ((await countAccounts(db)) > 0) return [];
  for (const account of DEMO_ACCOUNTS) await createAccount(db, account);
  await assignEdition(db, {
    editionId: DEMO_ASSESSMENT_EDITION,
    assessorEmails: DEMO_ACCOUNTS.filter((a) => a.role === "assessor").map((a) => a.email),
    perPlan: 1,
    actor: { userId: null, name: DEMO_IMPORTER },
  });
  return DEMO_ACCOUNTS;
}

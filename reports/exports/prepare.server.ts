// What every export needs before its first row: the editions of the filter
// (chosen by the metrics report, so every export selects exactly what the
// dashboards show), their metrics, the criterion columns, the version of the
// data and the pseudonym key. A filter naming an unknown edition fails here,
// before anything is written.

import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import type { FunderTable } from "../../core/open-data";
import { DEFAULT_GRANT_ID_PREFIX } from "../../db/config";
import { type Db, openReadSnapshot, type ReadSnapshot } from "../../db/connection.server";
import {
  type ImportStamp,
  latestImport,
  scoredCriteria,
} from "../../db/queries/export-rows.server";
import { installationSecret } from "../../db/queries/installation.server";
import { loadMetricsReport, type MetricsReport } from "../metrics/report.server";
import { createPseudonymiser, type Pseudonymiser } from "./pseudonym";
import type { ExportScope } from "./scope";

/** Rows per query: large enough to be quick, small enough to keep memory flat. */
export const DEFAULT_BATCH_SIZE = 2000;

export interface ExportSettings {
  scope: ExportScope;
  language: Language;
  /** The clock is the caller's: the moment the export is said to be made. */
  generatedAt: Date;
  /** IMPACT_SECRET; null: the key stored in the database (made on first use, so not on a read snapshot). */
  pseudonymSecret: string | null;
  /** Start of every 360Giving identifier (IMPACT_360_PREFIX); default `360G-socimpact`. */
  grantIdPrefix?: string;
  /** Per municipality its CBS code and KvK number (IMPACT_360_FUNDERS); default none. */
  funders?: FunderTable;
  /** Where the 360Giving data is published (IMPACT_360_DATA_SOURCE); default not said. */
  dataSource?: string | null;
  batchSize?: number;
}

export interface PreparedExport {
  filter: EditionFilter;
  scope: ExportScope;
  language: Language;
  generatedAt: Date;
  grantIdPrefix: string;
  funders: FunderTable;
  dataSource: string | null;
  batchSize: number;
  report: MetricsReport;
  editionIds: string[];
  /** Criteria with scores in these editions: the assessments sheet's score columns. */
  criteria: string[];
  version: ImportStamp | null;
  pseudonyms: Pseudonymiser;
}

export async function prepareExport(
  db: Db,
  filter: EditionFilter,
  settings: ExportSettings,
): Promise<PreparedExport> {
  const report = await loadMetricsReport(db, filter, settings.generatedAt);
  const editionIds = report.editions.map((edition) => edition.edition_id);
  const [criteria, version, secret] = await Promise.all([
    scoredCriteria(db, editionIds),
    latestImport(db),
    settings.pseudonymSecret ?? installationSecret(db),
  ]);
  return {
    filter,
    scope: settings.scope,
    language: settings.language,
    generatedAt: settings.generatedAt,
    grantIdPrefix: settings.grantIdPrefix ?? DEFAULT_GRANT_ID_PREFIX,
    funders: settings.funders ?? new Map(),
    dataSource: settings.dataSource ?? null,
    batchSize: settings.batchSize ?? DEFAULT_BATCH_SIZE,
    report,
    editionIds,
    criteria,
    version,
    pseudonyms: createPseudonymiser(secret),
  };
}

/** An export prepared on a read snapshot: write it with `snapshot.db`, then close the snapshot. */
export interface SnapshotExport {
  prepared: PreparedExport;
  snapshot: ReadSnapshot;
}

/**
 * `prepareExport` on a read snapshot of `db` (decision 014), so that the
 * figures and every row after them come from one state of the data. The
 * pseudonym key is read (or made) before, on `db`: the snapshot only reads.
 * Closes the snapshot again when preparing fails.
 */
export async function prepareOnSnapshot(
  db: Db,
  filter: EditionFilter,
  settings: ExportSettings,
  snapshotOptions: { waitMs?: number } = {},
): Promise<SnapshotExport> {
  const pseudonymSecret = settings.pseudonymSecret ?? (await installationSecret(db));
  const snapshot = await openReadSnapshot(db, snapshotOptions);
  try {
    const prepared = await prepareExport(snapshot.db, filter, { ...settings, pseudonymSecret });
    return { prepared, snapshot };
  } catch (error) {
    await snapshot.close();
    throw error;
  }
}

// The metrics report: the editions a filter selects, each with its metrics
// and its change from the previous edition, and the metrics of all of them
// together. Used by the command line and the JSON endpoint alike.

import type { MessageKey, MessageValues } from "../../core/i18n/messages";
import { UserError } from "../../core/i18n/user-error";
import type { EditionFilter } from "../../core/metric-parts";
import type { Db } from "../../db/connection.server";
import { findUnknownEditionIds, loadMetricInputs } from "../../db/queries/metric-inputs.server";
import {
  type AggregateMetrics,
  aggregateMetrics,
  type EditionMetrics,
  editionMetrics,
} from "./compute";

export interface MetricsReport {
  /** When the figures were computed, to the second, in UTC. */
  generated_at: string;
  editions: EditionMetrics[];
  /** The selected editions together. */
  aggregate: AggregateMetrics;
}

/** Asked for editions that do not exist: a 404, or a refusal on the command line. */
function unknownEditionsText(editionIds: readonly string[]): [MessageKey, MessageValues] {
  return editionIds.length === 1
    ? ["filter.unknownEdition", { edition: editionIds[0] ?? "" }]
    : ["filter.unknownEditions", { editions: editionIds.join(", ") }];
}

export class UnknownEditionsError extends UserError {
  override name = "UnknownEditionsError";
  constructor(readonly editionIds: readonly string[]) {
    super(...unknownEditionsText(editionIds));
  }
}

/** `2026-01-01T00:00:00Z`: an instant without false precision. */
function toIsoSecond(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The clock is the caller's: `generatedAt` is passed in, never read here. */
export async function loadMetricsReport(
  db: Db,
  filter: EditionFilter,
  generatedAt: Date,
): Promise<MetricsReport> {
  const unknown = await findUnknownEditionIds(db, filter.editionIds ?? []);
  if (unknown.length > 0) throw new UnknownEditionsError(unknown);
  const inputs = await loadMetricInputs(db, filter);
  if (filter.visibleMunicipalities && filter.editionIds) {
    // An edition outside the user's scope does not exist for that user.
    const hidden = filter.editionIds.filter(
      (id) => !inputs.some((i) => i.edition_id === id && i.selected),
    );
    if (hidden.length > 0) throw new UnknownEditionsError(hidden);
  }
  return {
    generated_at: toIsoSecond(generatedAt),
    editions: editionMetrics(inputs),
    aggregate: aggregateMetrics(inputs.filter((input) => input.selected)),
  };
}

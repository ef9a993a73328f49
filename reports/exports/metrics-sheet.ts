// The metrics sheet: one row per edition, one column per metric of the
// catalogue (with its n where it is a rate) and its change from the previous
// edition, all from the metrics report, so the workbook agrees with the
// dashboard and the JSON to the cent.
import { columnDescription, datasetSpec, nameIn } from "../../core/contract/datasets";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionMetrics } from "../metrics/compute";
import { COVERED_METRIC, followUpCoverage } from "../metrics/coverage";
import {
  caseCountLabel,
  isRateKey,
  METRIC_DEFINITIONS,
  type MetricDefinition,
  type MetricKey,
  type MetricUnit,
} from "../metrics/definitions";
import type { MetricsReport } from "../metrics/report.server";
import { publicCount, SUPPRESSED_COUNT } from "../metrics/small-numbers";
import type { DescribedColumn, DescribedSheet } from "./codebook";
import type { ExportScope } from "./scope";
import { type Cell, type CellKind, columnWidth } from "./sheet";

/**
 * The counts of people (registrations, respondents) that a research export
 * shows as `<5` from 1 to 4 (metrics.md, "Small numbers"). Counts of
 * meetings, and sums that the initiatives report (jobs, volunteers, people
 * reached), point at no one in the cohort and stay as they are.
 */
export const PERSON_COUNTS: ReadonlySet<MetricKey> = new Set<MetricKey>([
  "registrations",
  "intakes",
  "plans",
  "awarded",
  "followed_12m",
  "assessed",
  "respondents",
]);

const UNIT_KINDS: Partial<Record<MetricUnit, CellKind>> = {
  count: "integer",
  euro: "euro",
  share: "share",
};

interface MetricColumn extends DescribedColumn {
  cell: (edition: EditionMetrics) => Cell;
}

function isSmall(count: number | null): boolean {
  return publicCount(count) === SUPPRESSED_COUNT;
}

function editionColumns(language: Language): MetricColumn[] {
  const t = translator(language);
  const editions = datasetSpec("editions");
  const contract = (key: "edition_id" | "municipality" | "year"): MetricColumn => {
    const spec = editions.columns.find((column) => column.key === key);
    if (!spec) throw new Error(`editions has no column ${key}`);
    const header = nameIn(language, spec);
    const kind: CellKind = key === "year" ? "integer" : "text";
    return {
      header,
      kind,
      width: columnWidth(header, kind),
      codebook: {
        description: columnDescription(spec, language),
        unit: "",
        type: t(`workbook.type.${spec.type.kind}`),
        allowed: "",
        source: t("workbook.source.contract", {
          sheet: nameIn(language, editions),
          column: header,
        }),
      },
      cell: (edition) => edition[key],
    };
  };
  const previous = t("workbook.column.previousEdition");
  return [
    contract("edition_id"),
    contract("municipality"),
    contract("year"),
    {
      header: previous,
      kind: "text",
      width: columnWidth(previous, "text"),
      codebook: {
        description: t("workbook.column.previousEdition.about"),
        unit: "",
        type: t("workbook.type.slug"),
        allowed: "",
        source: t("workbook.source.report"),
      },
      cell: (edition) => edition.previous_edition_id,
    },
  ];
}

function columnsOf(
  definition: MetricDefinition,
  scope: ExportScope,
  language: Language,
): MetricColumn[] {
  const t = translator(language);
  const { key, unit } = definition;
  const label = t(definition.label);
  const kind = UNIT_KINDS[unit] ?? "decimal";
  const research = scope === "research";
  const suppressed = research && PERSON_COUNTS.has(key);
  const noted = (text: string, note: string, applies: boolean) =>
    applies ? `${text} ${note}` : text;
  const column = (
    header: string,
    columnKind: CellKind,
    description: string,
    cell: MetricColumn["cell"],
    shown: { unit?: string; type?: string } = {},
  ): MetricColumn => ({
    header,
    kind: columnKind,
    width: columnWidth(header, columnKind),
    codebook: {
      description,
      unit: shown.unit ?? t(`workbook.unit.${unit}`),
      type: shown.type ?? t(`workbook.type.${columnKind}`),
      allowed: "",
      source: t("workbook.source.metric", { metric: key }),
    },
    cell,
  });
  // A change from or to a suppressed count would give the count away.
  const hidesChange = (edition: EditionMetrics) => {
    const current = edition.metrics[key];
    const change = edition.delta[key];
    return isSmall(current) || (current !== null && change !== null && isSmall(current - change));
  };
  const change = (values: "delta" | "delta_pct") => (edition: EditionMetrics) =>
    suppressed && hidesChange(edition) ? null : edition[values][key];
  const countType = { type: t("workbook.type.countOrSuppressed") };
  const suppressedNote = t("workbook.column.suppressed.about");
  const suppressedDeltaNote = t("workbook.column.suppressedDelta.about");

  const columns = [
    column(
      key,
      kind,
      noted(
        `${label}: ${t(definition.formula)} ${t(definition.caveat)}`,
        suppressedNote,
        suppressed,
      ),
      (edition) => (suppressed ? publicCount(edition.metrics[key]) : edition.metrics[key]),
      suppressed ? countType : {},
    ),
  ];
  const cases = definition.n;
  if (cases !== null && isRateKey(key)) {
    columns.push(
      column(
        `${key}_n`,
        "integer",
        noted(
          t("workbook.column.n.about", { label, cases: t(caseCountLabel(cases)) }),
          suppressedNote,
          research,
        ),
        (edition) => (research ? publicCount(edition.rates[key].n) : edition.rates[key].n),
        { unit: t("workbook.unit.count"), ...(research ? countType : {}) },
      ),
    );
  }
  if (key === COVERED_METRIC) {
    columns.push(
      column(
        `${key}_coverage`,
        "text",
        noted(t("workbook.column.coverage.about", { label }), suppressedNote, research),
        (edition) => followUpCoverage(edition.metrics, language, { suppressSmallCounts: research }),
        { unit: "" },
      ),
    );
  }
  columns.push(
    column(
      `${key}_delta`,
      kind,
      noted(t("workbook.column.delta.about", { label }), suppressedDeltaNote, suppressed),
      change("delta"),
    ),
    column(
      `${key}_delta_pct`,
      "share",
      noted(t("workbook.column.deltaPct.about", { label }), suppressedDeltaNote, suppressed),
      change("delta_pct"),
      { unit: t("workbook.unit.share") },
    ),
  );
  return columns;
}

export function metricsSheet(
  report: MetricsReport,
  scope: ExportScope,
  language: Language,
): DescribedSheet {
  const t = translator(language);
  const columns = [
    ...editionColumns(language),
    ...METRIC_DEFINITIONS.flatMap((definition) => columnsOf(definition, scope, language)),
  ];
  return {
    name: t("workbook.sheet.metrics"),
    file: t("workbook.file.metrics"),
    layout: "table",
    description: t("workbook.readme.metricsSheet"),
    columns,
    // Made when the sheet is written (it comes last), not held in memory
    // while every dataset before it is written.
    batches: async function* () {
      if (report.editions.length > 0)
        yield report.editions.map((edition) => columns.map((column) => column.cell(edition)));
    },
  };
}

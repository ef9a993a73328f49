// The calibration sheet: shared/spec/evaluation.md's assessor calibration of
// every edition of the export, one row per figure (an assessor's leniency, an
// agreement, an applicant's place in both rankings). In a research export
// assessors and applicants carry the pseudonyms of the dataset sheets, never
// a name or an id, so a researcher can join them to the Beoordelingen sheet.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { CalibrationJson } from "../calibration/calibrate";
import type { DescribedColumn, DescribedSheet } from "./codebook";
import type { Pseudonymiser } from "./pseudonym";
import type { ExportScope } from "./scope";
import { type Cell, type CellKind, columnWidth } from "./sheet";

/** The sheet's columns, in order; the headers are the same in every language, as the JSON's names. */
export const CALIBRATION_COLUMNS = [
  "edition_id",
  "figure",
  "assessor",
  "applicant",
  "criterion",
  "plans",
  "value",
  "normalised",
  "rank",
  "rank_normalised",
  "flip",
] as const;

type CalibrationColumn = (typeof CALIBRATION_COLUMNS)[number];

const KINDS: Record<CalibrationColumn, CellKind> = {
  edition_id: "text",
  figure: "text",
  assessor: "text",
  applicant: "text",
  criterion: "text",
  plans: "integer",
  value: "decimal",
  normalised: "decimal",
  rank: "integer",
  rank_normalised: "integer",
  flip: "bool",
};

const FIGURES = ["leniency", "agreement", "ranking"] as const;

type Row = Partial<Record<CalibrationColumn, Cell>>;

/** How people are named: pseudonyms in a research export, as the dataset sheets name them. */
export interface CalibrationNames {
  assessor(editionId: string, name: string): string;
  applicant(editionId: string, applicantId: string): string;
}

export function calibrationNames(scope: ExportScope, pseudonyms: Pseudonymiser): CalibrationNames {
  return scope === "research"
    ? pseudonyms
    : { assessor: (_, name) => name, applicant: (_, applicantId) => applicantId };
}

/** One edition's calibration as rows. */
export function calibrationRows(result: CalibrationJson, names: CalibrationNames): Row[] {
  const edition_id = result.edition_id;
  const flipped = new Set(result.flips);
  return [
    ...result.assessors.map((a) => ({
      edition_id,
      figure: "leniency",
      assessor: names.assessor(edition_id, a.assessor),
      plans: a.plans,
      value: a.leniency,
    })),
    ...Object.entries(result.agreement).map(([criterion, alpha]) => ({
      edition_id,
      figure: "agreement",
      criterion,
      value: alpha,
    })),
    ...result.ranking.map((r) => ({
      edition_id,
      figure: "ranking",
      applicant: names.applicant(edition_id, r.applicant_id),
      value: r.score,
      normalised: r.normalised,
      rank: r.rank,
      rank_normalised: r.rank_normalised,
      flip: flipped.has(r.applicant_id),
    })),
  ];
}

/** `load` gives the calibrations a batch at a time, so an export of many editions stays small in memory. */
export function calibrationSheet(
  load: () => AsyncIterable<CalibrationJson[]>,
  names: CalibrationNames,
  language: Language,
): DescribedSheet {
  const t = translator(language);
  const columns: DescribedColumn[] = CALIBRATION_COLUMNS.map((header) => {
    const kind = KINDS[header];
    return {
      header,
      kind,
      width: columnWidth(header, kind),
      codebook: {
        description: t(`workbook.calibration.${header}.about`),
        unit:
          header === "plans"
            ? t("workbook.unit.count")
            : header === "value"
              ? t("workbook.calibration.unit.value")
              : "",
        type: t(`workbook.type.${kind}`),
        allowed: header === "figure" ? FIGURES.join(", ") : "",
        source: t("workbook.source.calibration"),
      },
    };
  });
  return {
    name: t("workbook.sheet.calibration"),
    file: t("workbook.file.calibration"),
    layout: "table",
    description: t("workbook.readme.calibrationSheet"),
    columns,
    batches: async function* () {
      for await (const calibrations of load()) {
        yield calibrations.flatMap((result) =>
          calibrationRows(result, names).map((row) =>
            CALIBRATION_COLUMNS.map((column) => row[column] ?? null),
          ),
        );
      }
    },
  };
}

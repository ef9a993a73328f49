// The awards as open data in the 360Giving Data Standard (schema version
// 1.4, ../shared/reference/360giving): one grant per award, the municipality
// as funder, the microcredit as the amount awarded in euros, the edition as
// grant programme. Our own figures travel under `socImpact`, as additional
// fields the standard allows. Recipients are initiatives of people: in
// research scope they are known by their pseudonym only.
import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Instrument } from "../../core/contract/enums";
import { translator } from "../../core/i18n/messages";
import type { Db } from "../../db/connection.server";
import { type AwardGrantRow, readAwardGrantBatches } from "../../db/queries/export-rows.server";
import type { IsoDate } from "../../db/schema";
import { abortWhenClosed, finishing, writeChunk } from "./output";
import type { PreparedExport } from "./prepare.server";
import type { Cell, CellKind, ExportSheet } from "./sheet";
import { columnWidth } from "./sheet";

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** The version of the standard the package follows, as its `version` field wants it. */
const STANDARD_VERSION = "1.4";

interface Organization {
  id: string;
  name: string;
}

/** `award`: the award's own date; `finale`: the edition's prize ceremony; `year_end`: 31 December. */
export type AwardDateSource = "award" | "finale" | "year_end";

export interface Grant {
  id: string;
  title: string;
  description: string;
  currency: "EUR";
  amountAwarded: number;
  awardDate: IsoDate;
  recipientOrganization: [Organization];
  fundingOrganization: [Organization];
  grantProgramme: [{ code: string; title: string }];
  beneficiaryLocation: [{ name: string; countryCode: "NL" }];
  fromOpenCall: "Yes";
  socImpact: {
    editionId: string;
    startBudget: number;
    ownContribution: number;
    coFunding: number;
    /** Start budget per euro of microcredit (the catalogue's leverage, for one award). */
    leverage: number;
    instrument: Instrument;
    /** The 12-month measurement; null where the initiative was not followed. */
    activeAfter12Months: boolean | null;
    awardDateSource: AwardDateSource;
  };
}

/** `Súdwest-Fryslân` → `sudwest-fryslan`: a municipality as part of an identifier. */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// The schema requires an award date. Where the award has none, the prize
// ceremony is the day awards are made; failing that, the end of the year.
function awardDate(row: AwardGrantRow): { date: IsoDate; source: AwardDateSource } {
  if (row.awarded_on) return { date: row.awarded_on, source: "award" };
  if (row.finale_on) return { date: row.finale_on, source: "finale" };
  return { date: `${row.year}-12-31`, source: "year_end" };
}

/**
 * The part of a grant's identifier that names the award: 16 hex digits of
 * SHA-256 over `360giving-grant␀edition_id␀applicant_id`. A fixed derivation,
 * on purpose without the pseudonym key (decision 022): the same award keeps
 * its identifier whatever the scope, IMPACT_SECRET or database, and the
 * applicant id, which may be a municipality's file number, is not printed.
 */
export function awardKey(editionId: string, applicantId: string): string {
  return createHash("sha256")
    .update(`360giving-grant\0${editionId}\0${applicantId}`)
    .digest("hex")
    .slice(0, 16);
}

/** `{prefix}-{edition_id}-{award key}`: the same for the same award in every export. */
export function grantId(prefix: string, editionId: string, applicantId: string): string {
  return `${prefix}-${editionId}-${awardKey(editionId, applicantId)}`;
}

export function grantOf(row: AwardGrantRow, prepared: PreparedExport): Grant {
  const t = translator(prepared.language);
  const edition = row.edition_name;
  const prefix = prepared.grantIdPrefix;
  const research = prepared.scope === "research";
  const recipient = research
    ? prepared.pseudonyms.applicant(row.edition_id, row.applicant_id)
    : `${row.edition_id}-${row.applicant_id}`;
  const date = awardDate(row);
  return {
    id: grantId(prefix, row.edition_id, row.applicant_id),
    title: research
      ? t("giving360.title", { edition })
      : t("giving360.titleFor", { initiative: row.initiative, edition }),
    description: t("giving360.description", { edition, municipality: row.municipality }),
    currency: "EUR",
    amountAwarded: row.microcredit_eur,
    awardDate: date.date,
    recipientOrganization: [
      {
        id: `${prefix}-org-${recipient}`,
        name: research ? recipient : (row.organisation ?? row.initiative),
      },
    ],
    fundingOrganization: [
      {
        id: `${prefix}-gemeente-${slug(row.municipality)}`,
        name: t("giving360.funder", { municipality: row.municipality }),
      },
    ],
    grantProgramme: [{ code: row.edition_id, title: row.edition_name }],
    beneficiaryLocation: [{ name: row.municipality, countryCode: "NL" }],
    fromOpenCall: "Yes",
    socImpact: {
      editionId: row.edition_id,
      startBudget: row.start_budget_eur,
      ownContribution: row.own_contribution_eur,
      coFunding: row.cofunding_eur,
      leverage: Math.round((row.start_budget_eur / row.microcredit_eur) * 10_000) / 10_000,
      instrument: row.instrument,
      activeAfter12Months: row.active_12m,
      awardDateSource: date.source,
    },
  };
}

async function* grantBatches(db: Db, prepared: PreparedExport): AsyncGenerator<Grant[]> {
  for await (const rows of readAwardGrantBatches(db, prepared.editionIds, prepared.batchSize)) {
    yield rows.map((row) => grantOf(row, prepared));
  }
}

/** A 360Giving data package needs at least one grant. */
export function grantCount(prepared: PreparedExport): number {
  return prepared.report.aggregate.metrics.awarded ?? 0;
}

/** Writes the package (`{ ..., "grants": [...] }`) to `output` a batch at a time, and ends it. */
export async function write360GivingJson(
  db: Db,
  prepared: PreparedExport,
  output: Writable,
): Promise<void> {
  const signal = abortWhenClosed(output);
  const t = translator(prepared.language);
  const metadata = JSON.stringify({
    version: STANDARD_VERSION,
    title: t("giving360.packageTitle"),
    description: t("giving360.packageDescription"),
    issued: prepared.report.generated_at,
    // Only the research file is open data; the full file is confidential.
    ...(prepared.scope === "research" && {
      license: "https://creativecommons.org/licenses/by/4.0/",
    }),
  });
  await writeChunk(output, `${metadata.slice(0, -1)},"grants":[\n`, signal);
  let separator = "";
  for await (const grants of grantBatches(db, prepared)) {
    await writeChunk(output, separator + grants.map((g) => JSON.stringify(g)).join(",\n"), signal);
    separator = ",\n";
  }
  await writeChunk(output, "\n]}\n", signal);
  output.end();
  await finishing(finished(output), signal);
}

const yesNo = (value: boolean | null): Cell => (value === null ? null : value ? "Yes" : "No");

/** The flat form: the standard's column titles, then ours under `SOC Impact:`. */
export const FLAT_COLUMNS: readonly { header: string; kind: CellKind; cell: (g: Grant) => Cell }[] =
  [
    { header: "Identifier", kind: "text", cell: (g) => g.id },
    { header: "Title", kind: "text", cell: (g) => g.title },
    { header: "Description", kind: "text", cell: (g) => g.description },
    { header: "Currency", kind: "text", cell: (g) => g.currency },
    { header: "Amount Awarded", kind: "euro", cell: (g) => g.amountAwarded },
    { header: "Award Date", kind: "date", cell: (g) => g.awardDate },
    {
      header: "Recipient Org:Identifier",
      kind: "text",
      cell: (g) => g.recipientOrganization[0].id,
    },
    { header: "Recipient Org:Name", kind: "text", cell: (g) => g.recipientOrganization[0].name },
    { header: "Funding Org:Identifier", kind: "text", cell: (g) => g.fundingOrganization[0].id },
    { header: "Funding Org:Name", kind: "text", cell: (g) => g.fundingOrganization[0].name },
    { header: "Grant Programme:Code", kind: "text", cell: (g) => g.grantProgramme[0].code },
    { header: "Grant Programme:Title", kind: "text", cell: (g) => g.grantProgramme[0].title },
    {
      header: "Beneficiary Location:Name",
      kind: "text",
      cell: (g) => g.beneficiaryLocation[0].name,
    },
    {
      header: "Beneficiary Location:Country Code",
      kind: "text",
      cell: (g) => g.beneficiaryLocation[0].countryCode,
    },
    { header: "From An Open Call?", kind: "text", cell: (g) => g.fromOpenCall },
    { header: "SOC Impact:Edition", kind: "text", cell: (g) => g.socImpact.editionId },
    { header: "SOC Impact:Start Budget", kind: "euro", cell: (g) => g.socImpact.startBudget },
    {
      header: "SOC Impact:Own Contribution",
      kind: "euro",
      cell: (g) => g.socImpact.ownContribution,
    },
    { header: "SOC Impact:Co-funding", kind: "euro", cell: (g) => g.socImpact.coFunding },
    { header: "SOC Impact:Leverage", kind: "decimal", cell: (g) => g.socImpact.leverage },
    { header: "SOC Impact:Instrument", kind: "text", cell: (g) => g.socImpact.instrument },
    {
      header: "SOC Impact:Active After 12 Months",
      kind: "text",
      cell: (g) => yesNo(g.socImpact.activeAfter12Months),
    },
    {
      header: "SOC Impact:Award Date Source",
      kind: "text",
      cell: (g) => g.socImpact.awardDateSource,
    },
  ];

/** The grants as one sheet of the 360Giving flat spreadsheet format. */
export function grantsSheet(db: Db, prepared: PreparedExport): ExportSheet {
  return {
    name: "grants",
    file: "grants",
    layout: "table",
    columns: FLAT_COLUMNS.map(({ header, kind }) => ({
      header,
      kind,
      width: columnWidth(header, kind),
    })),
    async *batches() {
      for await (const grants of grantBatches(db, prepared)) {
        yield grants.map((grant) => FLAT_COLUMNS.map((column) => column.cell(grant)));
      }
    },
  };
}

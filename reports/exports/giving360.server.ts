// The awards as open data in the 360Giving Data Standard (schema version
// 1.4, ../shared/reference/360giving): one grant per award, the municipality
// as funder, the microcredit as the amount awarded in euros, the edition as
// grant programme. Our own figures travel under `socImpact`, as additional
// fields the standard allows. Identifiers (decision 022): a grant's id is
// derived from the award alone, so it never changes; an initiative with a
// KvK number is a registered recipient organisation, every other one a
// recipient individual without personal details.
import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Instrument } from "../../core/contract/enums";
import { translator } from "../../core/i18n/messages";
import { funderKey, INDIVIDUAL_GRANT_PURPOSE, INDIVIDUAL_GRANT_REASON } from "../../core/open-data";
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
  /** The KvK number, where the identifier is one (`NL-KVK-…`). */
  companyNumber?: string;
}

/** `award`: the award's own date; `finale`: the edition's prize ceremony; `year_end`: 31 December. */
export type AwardDateSource = "award" | "finale" | "year_end";

/**
 * One grant. Exactly one of recipientOrganization (an initiative with a KvK
 * number) and recipientIndividual (every other initiative: a person or an
 * unregistered group, with no personal details) is present.
 */
export interface Grant {
  id: string;
  title: string;
  description: string;
  currency: "EUR";
  amountAwarded: number;
  awardDate: IsoDate;
  plannedDates: [{ startDate: IsoDate; endDate: IsoDate; duration: number }];
  recipientOrganization?: [Organization];
  recipientIndividual?: { id: string; name: string };
  toIndividualsDetails?: { primaryGrantReason: string; grantPurpose: [string] };
  fundingOrganization: [Organization];
  grantProgramme: [{ code: string; title: string }];
  beneficiaryLocation: [{ name: string; countryCode: "NL"; geoCode?: string }];
  classifications?: { vocabulary: string; code: string; title: string }[];
  fromOpenCall: "Yes";
  dateModified: string;
  dataSource?: string;
  socImpact: {
    editionId: string;
    /** The registration's research pseudonym (it changes with IMPACT_SECRET; the grant id does not). */
    pseudonym: string;
    /** Full scope only: the registration as the municipality numbers it. */
    applicantId?: string;
    startBudget: number;
    ownContribution: number;
    coFunding: number;
    /** Start budget per euro of microcredit (the catalogue's leverage, for one award). */
    leverage: number;
    instrument: Instrument;
    /** The 12-month measurement; absent where the initiative was not followed. */
    activeAfter12Months?: boolean;
    awardDateSource: AwardDateSource;
  };
}

/** The vocabulary of the edition themes as classifications. */
export const THEME_VOCABULARY = "socimpact-edition-theme";

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

/** The day before the same date a year later: the year of coaching after the award. */
function yearAfter(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() + 1);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10) as IsoDate;
}

/** The municipality as funder: its KvK number where configured, otherwise under the prefix. */
function funderOf(row: AwardGrantRow, prepared: PreparedExport): Organization {
  const name = translator(prepared.language)("giving360.funder", {
    municipality: row.municipality,
  });
  const ids = prepared.funders.get(funderKey(row.municipality));
  if (ids?.kvkNumber) return { id: `NL-KVK-${ids.kvkNumber}`, name, companyNumber: ids.kvkNumber };
  const local = ids?.cbsCode ?? `gemeente-${slug(row.municipality)}`;
  return { id: `${prepared.grantIdPrefix}-${local}`, name };
}

export function grantOf(row: AwardGrantRow, prepared: PreparedExport): Grant {
  const t = translator(prepared.language);
  const edition = row.edition_name;
  const prefix = prepared.grantIdPrefix;
  const research = prepared.scope === "research";
  const pseudonym = prepared.pseudonyms.applicant(row.edition_id, row.applicant_id);
  const date = awardDate(row);
  const cbsCode = prepared.funders.get(funderKey(row.municipality))?.cbsCode;
  const modified = row.modified_at ?? prepared.version?.imported_at ?? prepared.generatedAt;
  const recipient: Pick<
    Grant,
    "recipientOrganization" | "recipientIndividual" | "toIndividualsDetails"
  > = row.kvk_number
    ? {
        // A registered organisation: its number is public, and so is its name.
        recipientOrganization: [
          {
            id: `NL-KVK-${row.kvk_number}`,
            name: row.organisation ?? row.initiative,
            companyNumber: row.kvk_number,
          },
        ],
      }
    : {
        // A person or an unregistered group: no personal details (the standard forbids them).
        recipientIndividual: {
          id: `${prefix}-IND-${awardKey(row.edition_id, row.applicant_id)}`,
          name: research ? t("giving360.individual") : row.initiative,
        },
        toIndividualsDetails: {
          primaryGrantReason: INDIVIDUAL_GRANT_REASON,
          grantPurpose: [INDIVIDUAL_GRANT_PURPOSE],
        },
      };
  return {
    id: grantId(prefix, row.edition_id, row.applicant_id),
    title: research
      ? t("giving360.title", { edition })
      : t("giving360.titleFor", { initiative: row.initiative, edition }),
    description: t("giving360.description", { edition, municipality: row.municipality }),
    currency: "EUR",
    amountAwarded: row.microcredit_eur,
    awardDate: date.date,
    plannedDates: [{ startDate: date.date, endDate: yearAfter(date.date), duration: 12 }],
    ...recipient,
    fundingOrganization: [funderOf(row, prepared)],
    grantProgramme: [{ code: row.edition_id, title: row.edition_name }],
    beneficiaryLocation: [
      { name: row.municipality, countryCode: "NL", ...(cbsCode && { geoCode: cbsCode }) },
    ],
    ...(row.themes.length > 0 && {
      classifications: row.themes.map((theme) => ({
        vocabulary: THEME_VOCABULARY,
        code: slug(theme),
        title: theme,
      })),
    }),
    fromOpenCall: "Yes",
    dateModified: new Date(modified).toISOString(),
    ...(prepared.dataSource && { dataSource: prepared.dataSource }),
    socImpact: {
      editionId: row.edition_id,
      pseudonym,
      ...(!research && { applicantId: row.applicant_id }),
      startBudget: row.start_budget_eur,
      ownContribution: row.own_contribution_eur,
      coFunding: row.cofunding_eur,
      leverage: Math.round((row.start_budget_eur / row.microcredit_eur) * 10_000) / 10_000,
      instrument: row.instrument,
      ...(row.active_12m !== null && { activeAfter12Months: row.active_12m }),
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

interface FlatColumn {
  header: string;
  kind: CellKind;
  cell: (g: Grant) => Cell;
}

const organisation = (g: Grant) => g.recipientOrganization?.[0];

/**
 * The flat form: the standard's column titles for its fields; the edition's
 * themes (one set of columns per theme) and our own fields under their JSON
 * paths (`socImpact/leverage`), which 360Giving's converter (flatten-tool)
 * reads as they are. So the spreadsheet converts to the same grants as the
 * JSON, extension included: the same keys, numbers as numbers, true/false as
 * TRUE/FALSE cells.
 */
export function flatColumns(themeCount: number): FlatColumn[] {
  const classifications = Array.from({ length: themeCount }, (_, i): FlatColumn[] => [
    {
      header: `classifications/${i}/vocabulary`,
      kind: "text",
      cell: (g) => g.classifications?.[i]?.vocabulary ?? null,
    },
    {
      header: `classifications/${i}/code`,
      kind: "text",
      cell: (g) => g.classifications?.[i]?.code ?? null,
    },
    {
      header: `classifications/${i}/title`,
      kind: "text",
      cell: (g) => g.classifications?.[i]?.title ?? null,
    },
  ]).flat();
  const social = (key: keyof Grant["socImpact"], kind: CellKind): FlatColumn => ({
    header: `socImpact/${key}`,
    kind,
    cell: (g) => g.socImpact[key] ?? null,
  });
  return [
    { header: "Identifier", kind: "text", cell: (g) => g.id },
    { header: "Title", kind: "text", cell: (g) => g.title },
    { header: "Description", kind: "text", cell: (g) => g.description },
    { header: "Currency", kind: "text", cell: (g) => g.currency },
    { header: "Amount Awarded", kind: "euro", cell: (g) => g.amountAwarded },
    { header: "Award Date", kind: "date", cell: (g) => g.awardDate },
    { header: "Planned Dates:Start Date", kind: "date", cell: (g) => g.plannedDates[0].startDate },
    { header: "Planned Dates:End Date", kind: "date", cell: (g) => g.plannedDates[0].endDate },
    {
      header: "Planned Dates:Duration (months)",
      kind: "integer",
      cell: (g) => g.plannedDates[0].duration,
    },
    { header: "Recipient Org:Identifier", kind: "text", cell: (g) => organisation(g)?.id ?? null },
    { header: "Recipient Org:Name", kind: "text", cell: (g) => organisation(g)?.name ?? null },
    {
      header: "Recipient Org:Company Number",
      kind: "text",
      cell: (g) => organisation(g)?.companyNumber ?? null,
    },
    {
      header: "Recipient Ind:Identifier",
      kind: "text",
      cell: (g) => g.recipientIndividual?.id ?? null,
    },
    {
      header: "Recipient Ind:Name",
      kind: "text",
      cell: (g) => g.recipientIndividual?.name ?? null,
    },
    {
      header: "To Individuals Details:Primary Grant Reason",
      kind: "text",
      cell: (g) => g.toIndividualsDetails?.primaryGrantReason ?? null,
    },
    {
      header: "To Individuals Details:Grant Purpose",
      kind: "text",
      cell: (g) => g.toIndividualsDetails?.grantPurpose.join(";") ?? null,
    },
    { header: "Funding Org:Identifier", kind: "text", cell: (g) => g.fundingOrganization[0].id },
    { header: "Funding Org:Name", kind: "text", cell: (g) => g.fundingOrganization[0].name },
    {
      header: "Funding Org:Company Number",
      kind: "text",
      cell: (g) => g.fundingOrganization[0].companyNumber ?? null,
    },
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
    {
      header: "Beneficiary Location:Geographic Code",
      kind: "text",
      cell: (g) => g.beneficiaryLocation[0].geoCode ?? null,
    },
    ...classifications,
    { header: "From An Open Call?", kind: "text", cell: (g) => g.fromOpenCall },
    // A date-time as text: a spreadsheet date would lose the time and zone.
    { header: "Last Modified", kind: "text", cell: (g) => g.dateModified },
    { header: "Data Source", kind: "text", cell: (g) => g.dataSource ?? null },
    social("editionId", "text"),
    social("pseudonym", "text"),
    social("applicantId", "text"),
    social("startBudget", "euro"),
    social("ownContribution", "euro"),
    social("coFunding", "euro"),
    social("leverage", "decimal"),
    social("instrument", "text"),
    social("activeAfter12Months", "logical"),
    social("awardDateSource", "text"),
  ];
}

/** As many sets of classification columns as the chosen editions have themes at most. */
export function themeCount(prepared: PreparedExport): number {
  return Math.max(0, ...prepared.report.editions.map((edition) => edition.themes.length));
}

/** The grants as one sheet of the 360Giving flat spreadsheet format. */
export function grantsSheet(db: Db, prepared: PreparedExport): ExportSheet {
  const columns = flatColumns(themeCount(prepared));
  return {
    name: "grants",
    file: "grants",
    layout: "table",
    columns: columns.map(({ header, kind }) => ({
      header,
      kind,
      width: columnWidth(header, kind),
    })),
    async *batches() {
      for await (const grants of grantBatches(db, prepared)) {
        yield grants.map((grant) => columns.map((column) => column.cell(grant)));
      }
    },
  };
}

// The checks of 360Giving's Data Quality Tool (lib360dataquality, the
// "quality" and "usefulness" tests run after the schema) that can apply to
// our grants, ported as small functions. Each answers which grants it flags;
// a check that flags none passes. Checks about UK registers (charity numbers,
// postcodes, UK geographies) are left out: our data has none of them.

interface Org {
  id: string;
  companyNumber?: string;
}

/** A grant as the checks read it: what the standard allows, any of it missing. */
export interface Grant {
  id: string;
  title: string;
  description: string;
  amountAwarded: number;
  awardDate: string;
  plannedDates?: readonly { startDate: string; endDate?: string; duration?: number }[];
  recipientOrganization?: readonly Org[];
  recipientIndividual?: { id: string; name: string };
  toIndividualsDetails?: { primaryGrantReason?: string; grantPurpose?: readonly string[] };
  fundingOrganization: readonly Org[];
  grantProgramme?: readonly unknown[];
  beneficiaryLocation?: readonly { name?: string; geoCode?: string }[];
  classifications?: readonly { vocabulary: string }[];
  dateModified?: string;
  dataSource?: string;
}

export type CheckKind = "quality" | "usefulness";

export interface QualityCheck {
  /** The Data Quality Tool's name for the check. */
  name: string;
  kind: CheckKind;
  /** The ids of the flagged grants; for a check on the whole file, all of them. */
  flagged: (grants: readonly Grant[], context: CheckContext) => string[];
}

export interface CheckContext {
  /** The moment the file was issued: award dates after it are post-dated. */
  issued: Date;
}

export interface CheckFinding {
  name: string;
  kind: CheckKind;
  count: number;
  ids: string[];
}

/**
 * Registered prefixes of org-id.guide the checks recognise: the Dutch ones
 * this product can write, the common UK ones, and 360Giving's own `360G`
 * (recognised, but a usefulness check flags it: it is nobody's register).
 */
export const RECOGNISED_PREFIXES = [
  "NL-KVK",
  "NL-OIN",
  "NL-ASC",
  "360G",
  "GB-CHC",
  "GB-SC",
  "GB-NIC",
  "GB-COH",
  "GB-GOR",
  "GB-LAE",
  "GB-LAS",
  "GB-LANI",
  "GB-MPR",
  "GB-EDU",
  "GB-NHS",
  "GB-UKPRN",
  "XI-GRID",
  "XI-ROR",
] as const;

const prefixOf = (id: string) =>
  RECOGNISED_PREFIXES.find((prefix) => id.startsWith(`${prefix}-`)) ?? null;

// The Data Quality Tool's pattern for a company number (UK numbers; eight
// digits, as a KvK number has, match it too).
const COMPANY_NUMBER =
  /^(((AC|CE|CS|FC|FE|GE|GS|IC|LP|NC|NF|NI|NL|NO|NP|OC|OE|PC|R0|RC|SA|SC|SE|SF|SG|SI|SL|SO|SR|SZ|ZC|\d{2})\d{6})|((IP|SP|RS)[A-Z\d]{6})|(SL\d{5}[\dA]))$/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

const funders = (g: Grant) => g.fundingOrganization;
const recipients = (g: Grant) => g.recipientOrganization ?? [];
const where = (grants: readonly Grant[], test: (g: Grant) => boolean) =>
  grants.filter(test).map((g) => g.id);

/** Every text of a grant, at any depth. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

export const QUALITY_CHECKS: readonly QualityCheck[] = [
  // ---- quality (accuracy)
  {
    name: "ZeroAmountTest",
    kind: "quality",
    flagged: (grants) => where(grants, (g) => g.amountAwarded === 0),
  },
  {
    name: "FundingOrgUnrecognisedPrefix",
    kind: "quality",
    flagged: (grants) => where(grants, (g) => funders(g).some((o) => !prefixOf(o.id))),
  },
  {
    name: "RecipientOrgUnrecognisedPrefix",
    kind: "quality",
    flagged: (grants) => where(grants, (g) => recipients(g).some((o) => !prefixOf(o.id))),
  },
  {
    name: "RecipientOrgCompanyNumber",
    kind: "quality",
    flagged: (grants) =>
      where(grants, (g) =>
        recipients(g).some(
          (o) => o.companyNumber !== undefined && !COMPANY_NUMBER.test(o.companyNumber),
        ),
      ),
  },
  {
    name: "MoreThanOneFundingOrg",
    kind: "quality",
    flagged: (grants) =>
      new Set(grants.flatMap((g) => funders(g).map((o) => o.id))).size > 1
        ? grants.map((g) => g.id)
        : [],
  },
  {
    name: "LooksLikeEmail",
    kind: "quality",
    flagged: (grants) => where(grants, (g) => texts(g).some((text) => EMAIL.test(text))),
  },
  {
    name: "PostDatedAwardDates",
    kind: "quality",
    flagged: (grants, { issued }) =>
      where(grants, (g) => Date.parse(g.awardDate) > issued.getTime()),
  },
  {
    name: "PlannedDatesEndBeforeStart",
    kind: "quality",
    flagged: (grants) =>
      where(grants, (g) =>
        (g.plannedDates ?? []).some((d) => d.endDate !== undefined && d.endDate < d.startDate),
      ),
  },
  {
    name: "IndividualsCodeListsNotPresent",
    kind: "quality",
    flagged: (grants) =>
      where(
        grants,
        (g) =>
          g.recipientIndividual !== undefined &&
          (!g.toIndividualsDetails?.primaryGrantReason ||
            (g.toIndividualsDetails.grantPurpose ?? []).length === 0),
      ),
  },
  {
    name: "RecipientIndDEI",
    kind: "quality",
    flagged: (grants) =>
      where(
        grants,
        (g) =>
          g.recipientIndividual !== undefined &&
          (g.classifications ?? []).some((c) => /dei/i.test(c.vocabulary)),
      ),
  },
  {
    name: "GrantIdDuplicate",
    kind: "quality",
    flagged: (grants) => {
      const seen = new Set<string>();
      return grants.filter((g) => seen.size === seen.add(g.id).size).map((g) => g.id);
    },
  },
  // ---- usefulness
  {
    name: "RecipientOrg360GPrefix",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => recipients(g).some((o) => prefixOf(o.id) === "360G")),
  },
  {
    name: "FundingOrg360GPrefix",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => funders(g).some((o) => prefixOf(o.id) === "360G")),
  },
  {
    name: "NoRecipientOrgCompanyCharityNumber",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => recipients(g).some((o) => !o.companyNumber)),
  },
  {
    name: "IncompleteRecipientOrg",
    kind: "usefulness",
    flagged: (grants) =>
      where(
        grants,
        (g) => recipients(g).length > 0 && !(g.beneficiaryLocation ?? []).some((l) => l.geoCode),
      ),
  },
  {
    name: "NoGrantProgramme",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => (g.grantProgramme ?? []).length === 0),
  },
  {
    name: "NoBeneficiaryLocation",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => (g.beneficiaryLocation ?? []).length === 0),
  },
  {
    name: "BeneficiaryLocationNameButNoCode",
    kind: "usefulness",
    flagged: (grants) =>
      where(grants, (g) => (g.beneficiaryLocation ?? []).some((l) => l.name && !l.geoCode)),
  },
  {
    name: "TitleDescriptionSame",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => g.title === g.description),
  },
  {
    name: "TitleLength",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => g.title.length > 140),
  },
  {
    name: "NoLastModified",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => !g.dateModified),
  },
  {
    name: "NoDataSource",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => !g.dataSource),
  },
  {
    name: "PlannedDurationNotPresent",
    kind: "usefulness",
    flagged: (grants) =>
      where(
        grants,
        (g) =>
          !(g.plannedDates ?? []).some(
            (d) => d.duration !== undefined || (d.startDate && d.endDate),
          ),
      ),
  },
  {
    name: "NoClassifications",
    kind: "usefulness",
    flagged: (grants) => where(grants, (g) => (g.classifications ?? []).length === 0),
  },
];

/** The checks that flag any grant, each with the grants it flags. */
export function checkQuality(grants: readonly Grant[], context: CheckContext): CheckFinding[] {
  return QUALITY_CHECKS.flatMap((check) => {
    const ids = check.flagged(grants, context);
    return ids.length > 0 ? [{ name: check.name, kind: check.kind, count: ids.length, ids }] : [];
  });
}

// The port of 360Giving's Data Quality Tool checks: each fires on the fault
// it is about, and a grant as we write it with registered ids passes all.
import { describe, expect, it } from "vitest";
import { checkQuality, type Grant } from "../../reports/exports/giving360-quality";

const issued = new Date("2026-03-01T00:00:00Z");

const good: Grant = {
  id: "360G-socimpact-groningen-2020-0123456789abcdef",
  title: "Microkrediet SOC Groningen 2020",
  description: "Microkrediet uit de Sociale Ondernemers Challenge.",
  amountAwarded: 2500,
  awardDate: "2020-11-01",
  plannedDates: [{ startDate: "2020-11-01", endDate: "2021-10-31", duration: 12 }],
  recipientOrganization: [{ id: "NL-KVK-01234567", companyNumber: "01234567" }],
  fundingOrganization: [{ id: "NL-KVK-90000014" }],
  grantProgramme: [{ code: "groningen-2020" }],
  beneficiaryLocation: [{ name: "Groningen", geoCode: "GM0014" }],
  classifications: [{ vocabulary: "socimpact-edition-theme" }],
  dateModified: "2026-02-01T10:00:00.000Z",
  dataSource: "https://opendata.example.nl/360giving.json",
};

const names = (grants: Grant[]) => checkQuality(grants, { issued }).map((f) => f.name);

describe("the Data Quality Tool's checks", () => {
  it("pass on a grant with registered ids and every useful field", () => {
    expect(names([good])).toEqual([]);
  });

  it.each<[string, Partial<Grant>]>([
    ["ZeroAmountTest", { amountAwarded: 0 }],
    ["FundingOrgUnrecognisedPrefix", { fundingOrganization: [{ id: "socimpact-gemeente" }] }],
    [
      "RecipientOrgUnrecognisedPrefix",
      { recipientOrganization: [{ id: "XX-FOO-1", companyNumber: "01234567" }] },
    ],
    [
      "RecipientOrgCompanyNumber",
      { recipientOrganization: [{ id: "NL-KVK-0123", companyNumber: "0123" }] },
    ],
    ["LooksLikeEmail", { description: "Mail anna@voorbeeld.nl" }],
    ["PostDatedAwardDates", { awardDate: "2027-01-01" }],
    [
      "PlannedDatesEndBeforeStart",
      { plannedDates: [{ startDate: "2021-01-01", endDate: "2020-01-01" }] },
    ],
    [
      "IndividualsCodeListsNotPresent",
      { recipientOrganization: undefined, recipientIndividual: { id: "360G-x-IND-1", name: "x" } },
    ],
    [
      "RecipientOrg360GPrefix",
      { recipientOrganization: [{ id: "360G-x-org-1", companyNumber: "01234567" }] },
    ],
    ["FundingOrg360GPrefix", { fundingOrganization: [{ id: "360G-x-gemeente-groningen" }] }],
    ["NoRecipientOrgCompanyCharityNumber", { recipientOrganization: [{ id: "NL-KVK-01234567" }] }],
    ["BeneficiaryLocationNameButNoCode", { beneficiaryLocation: [{ name: "Groningen" }] }],
    ["NoGrantProgramme", { grantProgramme: [] }],
    ["TitleDescriptionSame", { description: good.title }],
    ["TitleLength", { title: "x".repeat(141) }],
    ["NoLastModified", { dateModified: undefined }],
    ["NoDataSource", { dataSource: undefined }],
    ["PlannedDurationNotPresent", { plannedDates: [] }],
    ["NoClassifications", { classifications: undefined }],
  ])("%s fires on its fault", (name, change) => {
    expect(names([{ ...good, ...change }])).toContain(name);
  });

  it("flag more than one funder in a file, and duplicate ids", () => {
    const other = { ...good, id: "b", fundingOrganization: [{ id: "NL-KVK-90000080" }] };
    expect(names([good, other])).toEqual(["MoreThanOneFundingOrg"]);
    expect(names([good, good])).toEqual(["GrantIdDuplicate"]);
  });
});

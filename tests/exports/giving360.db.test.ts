// The 360Giving export, checked against the standard's own schema
// (../shared/reference/360giving, JSON Schema draft 2020-12) with ajv.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFunders } from "../../core/open-data";
import { checkExportable, NoGrantsError, writeExport } from "../../reports/exports/export.server";
import { flatColumns, type Grant, grantId } from "../../reports/exports/giving360.server";
import { checkQuality } from "../../reports/exports/giving360-quality";
import { type ExportSettings, prepareExport } from "../../reports/exports/prepare.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { importSheets, validSheets } from "../import/fixtures";
import { type SchemaNode, titlePaths, unflatten } from "../support/giving360-flat";
import { useTestDatabase } from "../support/test-db";
import { allTexts, headers, readWorkbook, records, sheetOf, written } from "./export-files";

const REFERENCE = new URL("../../../shared/reference/360giving/", import.meta.url);

function schema(name: string): SchemaNode & { $id: string } {
  return JSON.parse(readFileSync(new URL(name, REFERENCE), "utf8"));
}

const GRANT_SCHEMA = schema("360-giving-schema.json");
const PACKAGE_SCHEMA = schema("360-giving-package-schema.json");

function packageValidator() {
  // The schemas name draft 2020-12 by its http:// address, which ajv does not
  // know as a meta-schema; Ajv2020 implements that draft, so the schemas are
  // compiled as such without checking them against it. They use keywords of
  // their own (codelist, rollUp): not strict. Dates are `format: date-time`
  // or a pattern, so formats must be checked (ajv-formats).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // The package schema refers to the grant schema by the URL of version
  // 1.4.2; the copy we have says 1.4.3. Register it under both.
  const grantRef = PACKAGE_SCHEMA.properties?.grants?.items?.$ref ?? "";
  ajv.addSchema(GRANT_SCHEMA);
  ajv.addSchema({ ...GRANT_SCHEMA, $id: grantRef });
  return ajv.compile(PACKAGE_SCHEMA);
}

/**
 * What an installation publishing open data configures (README): the CBS
 * code and KvK number per municipality (the KvK numbers here are made up),
 * and where the file is published.
 */
const OPEN_DATA: Partial<ExportSettings> = {
  funders:
    parseFunders("Groningen=GM0014:90000014; Leeuwarden=GM0080:90000080; Zwolle=GM0193:90000193") ??
    undefined,
  dataSource: "https://opendata.example.nl/socimpact/360giving.json",
};

interface GrantPackage {
  version: string;
  description: string;
  license?: string;
  grants: Grant[];
}

describe("the 360Giving export of the demo data", () => {
  const test = useTestDatabase();
  const validate = packageValidator();

  async function exported(
    format: "360giving-json" | "360giving-xlsx",
    over: Partial<ExportSettings> = {},
  ) {
    const prepared = await prepareExport(
      test.db,
      {},
      {
        scope: "research",
        language: "nl",
        generatedAt: new Date("2026-03-01T09:30:00Z"),
        pseudonymSecret: null,
        ...OPEN_DATA,
        ...over,
      },
    );
    return written((output) => writeExport(test.db, prepared, format, output));
  }
  const packageOf = async (over: Partial<ExportSettings> = {}): Promise<GrantPackage> =>
    JSON.parse((await exported("360giving-json", over)).toString("utf8"));

  let research: GrantPackage;
  beforeAll(async () => {
    await loadDemoData(test.db);
    research = await packageOf();
  });

  it("is a valid 360Giving data package, one grant per award", async () => {
    expect(validate(research), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const awards = await test.db.selectFrom("awards").select("applicant_id").execute();
    expect(research.grants).toHaveLength(awards.length);
    expect(research.license).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  it("rejects what the schema forbids: the validator is really on", () => {
    const [grant] = research.grants;
    const { awardDate: _, ...undated } = grant as Grant;
    expect(validate({ grants: [undated] })).toBe(false);
    expect(validate({ grants: [{ ...grant, awardDate: "1-3-2020" }] })).toBe(false);
    expect(validate({ grants: [{ ...grant, currency: "EURO" }] })).toBe(false);
  });

  it("maps an award to a grant of the municipality, in euros, in the edition's programme", async () => {
    const award = await test.db
      .selectFrom("awards as w")
      .innerJoin("editions as e", "e.edition_id", "w.edition_id")
      .select([
        "w.edition_id",
        "w.microcredit_eur",
        "w.start_budget_eur",
        "e.name",
        "e.municipality",
      ])
      .where("w.edition_id", "=", "groningen-2020")
      .orderBy("w.applicant_id")
      .executeTakeFirstOrThrow();
    const grant = research.grants.find((g) => g.socImpact.editionId === "groningen-2020");
    expect(grant).toMatchObject({
      currency: "EUR",
      amountAwarded: award.microcredit_eur,
      fundingOrganization: [
        { id: "NL-KVK-90000014", name: "Gemeente Groningen", companyNumber: "90000014" },
      ],
      grantProgramme: [{ code: "groningen-2020", title: award.name }],
      beneficiaryLocation: [{ name: "Groningen", countryCode: "NL", geoCode: "GM0014" }],
      dataSource: OPEN_DATA.dataSource,
      socImpact: { startBudget: award.start_budget_eur, instrument: "prize" },
    });
    expect(grant?.id).toMatch(/^360G-socimpact-groningen-2020-[0-9a-f]{16}$/);
    expect(grant?.socImpact.pseudonym).toMatch(/^P-[0-9a-f]{16}$/);
    expect(grant?.plannedDates[0].duration).toBe(12);
    expect(grant?.classifications?.map((c) => c.title)).toEqual(
      (
        await test.db
          .selectFrom("editions")
          .select("themes")
          .where("edition_id", "=", "groningen-2020")
          .executeTakeFirstOrThrow()
      ).themes,
    );
    expect(new Set(research.grants.map((g) => g.id)).size).toBe(research.grants.length);
  });

  it("gives the same award the same grant id whatever the scope or IMPACT_SECRET", async () => {
    const other = await packageOf({
      scope: "full",
      pseudonymSecret: "another key of at least 32 characters!",
      generatedAt: new Date("2027-01-01T00:00:00Z"),
    });
    expect(other.grants.map((g) => g.id)).toEqual(research.grants.map((g) => g.id));
    const awards = await test.db
      .selectFrom("awards")
      .select(["edition_id", "applicant_id"])
      .orderBy("edition_id")
      .orderBy("applicant_id")
      .execute();
    expect(research.grants.map((g) => g.id)).toEqual(
      awards.map((w) => grantId("360G-socimpact", w.edition_id, w.applicant_id)),
    );
    // The applicant id is not printed in the identifier.
    expect(research.grants.some((g, i) => g.id.includes(awards[i]?.applicant_id ?? "?"))).toBe(
      false,
    );
  });

  it("names no initiative or person in research scope", async () => {
    const applicants = await test.db
      .selectFrom("applicants")
      .select(["initiative", "entrepreneur"])
      .execute();
    const json = JSON.stringify(research);
    const named = applicants.filter(
      (a) =>
        json.includes(`"${a.initiative}"`) || (a.entrepreneur && json.includes(a.entrepreneur)),
    );
    expect(named).toEqual([]);
  });

  it("names the recipients in full scope, and takes the identifier prefix from settings", async () => {
    const full = await packageOf({ scope: "full", grantIdPrefix: "360G-bries" });
    expect(validate(full)).toBe(true);
    expect(full.license).toBeUndefined();
    expect(full.grants.every((g) => g.id.startsWith("360G-bries-"))).toBe(true);
    const names = full.grants.map((g) => g.recipientIndividual?.name);
    expect(names.some((name) => name && name !== "Individuele ontvanger")).toBe(true);
    expect(full.grants.every((g) => g.socImpact.applicantId)).toBe(true);
    expect(full.grants.some((g) => g.title.startsWith("Microkrediet voor "))).toBe(true);
  });

  it("writes the flat spreadsheet with the standard's column titles and real types", async () => {
    const workbook = await readWorkbook(await exported("360giving-xlsx"));
    const sheet = sheetOf(workbook, "grants");
    expect(headers(sheet)).toEqual(flatColumns(3).map((column) => column.header));
    const titles = titlePaths(GRANT_SCHEMA);
    const titled = headers(sheet).filter((header) => !header.includes("/"));
    expect(titled.filter((header) => !titles.has(header))).toEqual([]);
    expect(headers(sheet).filter((header) => header.includes("/"))).toEqual(
      expect.arrayContaining(["classifications/0/code", "socImpact/leverage"]),
    );
    const rows = records(sheet);
    expect(rows.map((row) => row.Identifier)).toEqual(research.grants.map((g) => g.id));
    const [first] = rows;
    expect(first?.["Amount Awarded"]).toBe(research.grants[0]?.amountAwarded);
    expect(first?.["Award Date"]).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(5).numFmt).toContain("€");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(allTexts(workbook).filter((text) => /^[=+\-@]/.test(text))).toEqual([]);
  });

  it("converts back to the same grants as the JSON, extension included", async () => {
    const sheet = sheetOf(await readWorkbook(await exported("360giving-xlsx")), "grants");
    const titles = titlePaths(GRANT_SCHEMA);
    const arrays = new Set(["toIndividualsDetails/grantPurpose"]);
    const grants = records(sheet).map((row) => unflatten(row, titles, arrays));
    expect(grants).toEqual(research.grants);
    const followed = records(sheet).map((row) => row["socImpact/activeAfter12Months"]);
    expect(followed).toContain(true);
    expect(followed).toContain(false);
  });

  it("passes the Data Quality Tool's checks, but for the documented funder per municipality", () => {
    const findings = checkQuality(research.grants, { issued: new Date("2026-03-01T09:30:00Z") });
    expect(findings.map((finding) => finding.name)).toEqual(["MoreThanOneFundingOrg"]);
    expect(research.description).toContain("meer dan één financier, één per gemeente");
  });

  it("without funders or a data source configured, says so in the checks", async () => {
    const bare = await packageOf({ funders: new Map(), dataSource: null });
    expect(validate(bare)).toBe(true);
    const names = checkQuality(bare.grants, { issued: new Date() }).map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "FundingOrg360GPrefix",
        "NoDataSource",
        "BeneficiaryLocationNameButNoCode",
      ]),
    );
    expect(bare.grants[0]?.fundingOrganization[0].id).toMatch(/^360G-socimpact-gemeente-/);
  });

  it("gives initiatives with a KvK number as organisations, the others as individuals without personal details", async () => {
    const applicants = await test.db
      .selectFrom("applicants as a")
      .innerJoin("awards as w", (join) =>
        join
          .onRef("w.edition_id", "=", "a.edition_id")
          .onRef("w.applicant_id", "=", "a.applicant_id"),
      )
      .select(["a.kvk_number", "a.entrepreneur", "a.email", "a.phone", "a.initiative"])
      .orderBy("a.edition_id")
      .orderBy("a.applicant_id")
      .execute();
    const organisations = research.grants.filter((g) => g.recipientOrganization);
    const individuals = research.grants.filter((g) => g.recipientIndividual);
    expect(organisations.length).toBeGreaterThan(0);
    expect(individuals.length).toBeGreaterThan(0);
    research.grants.forEach((grant, i) => {
      const kvk = applicants[i]?.kvk_number;
      if (kvk) {
        expect(grant.recipientOrganization?.[0]).toMatchObject({ id: `NL-KVK-${kvk}` });
        expect(grant.recipientIndividual).toBeUndefined();
      } else {
        expect(grant.recipientOrganization).toBeUndefined();
        expect(grant.recipientIndividual?.name).toBe("Individuele ontvanger");
        expect(grant.toIndividualsDetails).toEqual({
          primaryGrantReason: "GTIR120",
          grantPurpose: ["GTIP140"],
        });
      }
    });
    const json = JSON.stringify(individuals);
    const personal = applicants.flatMap((a) => [a.entrepreneur, a.email, a.phone]);
    expect(personal.filter((value) => value && json.includes(value))).toEqual([]);
  });

  it("refuses a selection without awards: the standard needs at least one grant", async () => {
    const prepared = await prepareExport(
      test.db,
      { theme: "Ruimtevaart" },
      { scope: "research", language: "nl", generatedAt: new Date(), pseudonymSecret: null },
    );
    expect(() => checkExportable(prepared, "360giving-json")).toThrow(NoGrantsError);
    expect(() => checkExportable(prepared, "xlsx")).not.toThrow();
  });
});

describe("a grant's dateModified", () => {
  const test = useTestDatabase();

  async function grants(): Promise<Grant[]> {
    const prepared = await prepareExport(
      test.db,
      {},
      { scope: "research", language: "nl", generatedAt: new Date(), pseudonymSecret: null },
    );
    const json = await written((output) =>
      writeExport(test.db, prepared, "360giving-json", output),
    );
    return (JSON.parse(json.toString("utf8")) as GrantPackage).grants;
  }

  it("is the latest import that wrote the award, its applicant or its edition", async () => {
    expect((await importSheets(test.db, validSheets())).ok).toBe(true);
    const first = await grants();
    const times = async () =>
      (
        await test.db.selectFrom("imports").select("imported_at").orderBy("import_id").execute()
      ).map((row) => new Date(row.imported_at).toISOString());
    const [firstImport] = await times();
    expect(first.map((g) => g.dateModified)).toEqual([firstImport, firstImport]);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await importSheets(test.db, {
      Aanmeldingen: [
        ["editie_id", "aanmelding_id", "initiatief", "kvk_nummer"],
        ["groningen-2020", "a2", "Omapost", "01234567"],
      ],
    });
    expect(report.ok).toBe(true);
    const [, secondImport] = await times();
    const second = await grants();
    expect(second.map((g) => g.id)).toEqual(first.map((g) => g.id));
    expect(second.map((g) => g.dateModified)).toEqual([firstImport, secondImport]);
    expect(second[1]?.recipientOrganization?.[0]).toMatchObject({ id: "NL-KVK-01234567" });
  });
});

// The 360Giving export, checked against the standard's own schema
// (../shared/reference/360giving, JSON Schema draft 2020-12) with ajv.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { checkExportable, NoGrantsError, writeExport } from "../../reports/exports/export.server";
import { FLAT_COLUMNS, type Grant, grantId } from "../../reports/exports/giving360.server";
import { type ExportSettings, prepareExport } from "../../reports/exports/prepare.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";
import { allTexts, headers, readWorkbook, records, sheetOf, written } from "./export-files";

const REFERENCE = new URL("../../../shared/reference/360giving/", import.meta.url);

interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
}

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

/** `Recipient Org:Identifier` → the schema's titles of recipientOrganization.id. */
function schemaTitles(): Set<string> {
  const titles = new Set<string>();
  const defOf = (node: SchemaNode) => {
    const ref = node.items?.$ref ?? node.$ref;
    return ref ? GRANT_SCHEMA.$defs?.[ref.replace("#/$defs/", "")] : undefined;
  };
  for (const property of Object.values(GRANT_SCHEMA.properties ?? {})) {
    const def = defOf(property);
    const title = property.title ?? def?.title;
    if (title) titles.add(title);
    for (const child of Object.values(def?.properties ?? {})) {
      if (title && child.title) titles.add(`${title}:${child.title}`);
    }
  }
  return titles;
}

interface GrantPackage {
  version: string;
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
        { id: "360G-socimpact-gemeente-groningen", name: "Gemeente Groningen" },
      ],
      grantProgramme: [{ code: "groningen-2020", title: award.name }],
      socImpact: { startBudget: award.start_budget_eur, instrument: "prize" },
    });
    expect(grant?.id).toMatch(/^360G-socimpact-groningen-2020-[0-9a-f]{16}$/);
    expect(grant?.recipientOrganization[0].name).toMatch(/^P-[0-9a-f]{16}$/);
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
    const names = full.grants.map((g) => g.recipientOrganization[0].name);
    expect(names.some((name) => !name.startsWith("P-"))).toBe(true);
    expect(full.grants.some((g) => g.title.startsWith("Microkrediet voor "))).toBe(true);
  });

  it("writes the flat spreadsheet with the standard's column titles and real types", async () => {
    const workbook = await readWorkbook(await exported("360giving-xlsx"));
    const sheet = sheetOf(workbook, "grants");
    expect(headers(sheet)).toEqual(FLAT_COLUMNS.map((column) => column.header));
    const titles = schemaTitles();
    const standard = headers(sheet).filter((header) => !header.startsWith("SOC Impact:"));
    expect(standard.filter((header) => !titles.has(header))).toEqual([]);
    expect(standard).toEqual(
      expect.arrayContaining([
        "Identifier",
        "Title",
        "Description",
        "Currency",
        "Amount Awarded",
        "Award Date",
        "Recipient Org:Identifier",
        "Recipient Org:Name",
        "Funding Org:Identifier",
        "Funding Org:Name",
        "Grant Programme:Title",
      ]),
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

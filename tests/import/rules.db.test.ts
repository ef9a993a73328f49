// One failing case per rule of the import contract: each breaks exactly one
// rule in an otherwise valid workbook and expects exactly that error.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-db";
import { everything, importSheets, type Sheets, validSheets } from "./fixtures";

type Row = (string | number | boolean | null)[];

/** validSheets() with one cell changed: sheet, spreadsheet row (header = 1), column index. */
function changed(sheet: string, row: number, column: number, value: Row[number]): Sheets {
  const sheets = validSheets();
  const rows = sheets[sheet] as Row[];
  (rows[row - 1] as Row)[column] = value;
  return sheets;
}

function plus(sheet: string, ...rows: Row[]): Sheets {
  const sheets = validSheets();
  sheets[sheet] = [...(sheets[sheet] as Row[]), ...rows];
  return sheets;
}

const cases: [
  string,
  Sheets,
  {
    dataset: string;
    sheet: string;
    row: number | null;
    column: string | null;
    value: string | null;
    message: string;
  },
][] = [
  [
    "a required cell is empty",
    changed("AANMELDINGEN", 3, 2, null),
    {
      dataset: "applicants",
      sheet: "AANMELDINGEN",
      row: 3,
      column: "initiative",
      value: "",
      message: "Dit veld is verplicht maar leeg.",
    },
  ],
  [
    "a required column is missing",
    {
      ...validSheets(),
      Toekenningen: [
        ["editie_id", "aanmelding_id", "startbudget_eur"],
        ["groningen-2020", "a1", 6000],
      ],
    },
    {
      dataset: "awards",
      sheet: "Toekenningen",
      row: 1,
      column: "microcredit_eur",
      value: "",
      message: "Deze verplichte kolom ontbreekt.",
    },
  ],
  [
    "a number that is not one",
    changed("Toekenningen", 2, 2, "zesduizend"),
    {
      dataset: "awards",
      sheet: "Toekenningen",
      row: 2,
      column: "start_budget_eur",
      value: "zesduizend",
      message: "Dit is geen getal. Schrijf bijvoorbeeld 3000, 3.000,50 of € 3.000,-.",
    },
  ],
  [
    "a date that does not exist",
    changed(" Edities ", 2, 5, "31-2-2020"),
    {
      dataset: "editions",
      sheet: " Edities ",
      row: 2,
      column: "finale_on",
      value: "31-2-2020",
      message: "Dit is geen geldige datum. Schrijf bijvoorbeeld 1-3-2020 of 2020-03-01.",
    },
  ],
  [
    "an unknown enum value",
    changed("Toekenningen", 2, 5, "cadeau"),
    {
      dataset: "awards",
      sheet: "Toekenningen",
      row: 2,
      column: "instrument",
      value: "cadeau",
      message:
        "Kies een van: prijs (prize), gift (grant), lening (loan), participatie (equity), anders (other).",
    },
  ],
  [
    "a key twice in the file",
    plus("AANMELDINGEN", [
      "groningen-2020",
      "a2",
      "Omapost bis",
      null,
      null,
      null,
      null,
      "nee",
      "nee",
    ]),
    {
      dataset: "applicants",
      sheet: "AANMELDINGEN",
      row: 5,
      column: "applicant_id",
      value: "a2",
      message: "Deze rij staat twee keer in het bestand (dezelfde sleutel).",
    },
  ],
  [
    "a reference to an edition that does not exist",
    changed("Programma", 3, 0, "groningen-2021"),
    {
      dataset: "activities",
      sheet: "Programma",
      row: 3,
      column: "edition_id",
      value: "groningen-2021",
      message: "Deze editie bestaat niet, in het bestand noch in de database.",
    },
  ],
  [
    "a reference to an applicant that does not exist",
    changed("Resultaten", 3, 1, "a7"),
    {
      dataset: "outcomes",
      sheet: "Resultaten",
      row: 3,
      column: "applicant_id",
      value: "a7",
      message: "Deze aanmelding bestaat niet in deze editie, in het bestand noch in de database.",
    },
  ],
  [
    "a survey naming an unknown applicant",
    changed("Enquete", 3, 2, "a8"),
    {
      dataset: "surveys",
      sheet: "Enquete",
      row: 3,
      column: "applicant_id",
      value: "a8",
      message: "Deze aanmelding bestaat niet in deze editie, in het bestand noch in de database.",
    },
  ],
  [
    "a microcredit above the edition's share of the start budget",
    changed("Toekenningen", 3, 3, 2600),
    {
      dataset: "awards",
      sheet: "Toekenningen",
      row: 3,
      column: "microcredit_eur",
      value: "2600",
      message: "Het microkrediet is meer dan 50% van het startbudget (5.000,00).",
    },
  ],
  [
    "a rubric without impact",
    // without the assessments, whose impact scores would fall outside the rubric too
    (({ Beoordelingen: _, ...rest }) => rest)(changed("Criteria", 2, 1, "effect")),
    {
      dataset: "criteria",
      sheet: "Criteria",
      row: 2,
      column: "criterion",
      value: "groningen-2020",
      message: "De criteria van deze editie missen 'impact'.",
    },
  ],
  [
    "impact not weighing most",
    changed("Criteria", 3, 3, 0.4),
    {
      dataset: "criteria",
      sheet: "Criteria",
      row: 3,
      column: "weight",
      value: "draagvlak",
      message:
        "Impact moet zwaarder wegen dan elk ander criterium, maar weegt niet zwaarder dan 'draagvlak'.",
    },
  ],
  [
    "a score for a criterion outside the rubric",
    {
      ...validSheets(),
      Beoordelingen: [
        [
          "editie_id",
          "aanmelding_id",
          "beoordelaar",
          "impact",
          "draagvlak",
          "vernieuwing",
          "schaalbaar",
        ],
        ["groningen-2020", "a1", "Jury A", 8, 7, 6, 5],
      ],
      // a second edition on the default rubric puts `schaalbaar` in play
      " Edities ": [
        ...(validSheets()[" Edities "] as Row[]),
        ["assen-2020", "Assen", 2020, 1000, null, null],
      ],
    },
    {
      dataset: "assessments",
      sheet: "Beoordelingen",
      row: 2,
      column: "schaalbaar",
      value: "5",
      message: "Dit criterium hoort niet bij de rubriek van deze editie.",
    },
  ],
  [
    "a missing score for a criterion of the rubric",
    changed("Beoordelingen", 4, 5, null),
    {
      dataset: "assessments",
      sheet: "Beoordelingen",
      row: 4,
      column: "vernieuwing",
      value: null,
      message: "Het cijfer voor dit criterium van de rubriek ontbreekt.",
    },
  ],
  [
    "a score above the edition's scale",
    changed("Beoordelingen", 2, 3, 11),
    {
      dataset: "assessments",
      sheet: "Beoordelingen",
      row: 2,
      column: "impact",
      value: "11",
      message: "Het cijfer is hoger dan het hoogste cijfer van deze editie (10).",
    },
  ],
  [
    "more distance jobs than jobs",
    changed("Resultaten", 2, 5, 2),
    {
      dataset: "outcomes",
      sheet: "Resultaten",
      row: 2,
      column: "jobs_distance_fte",
      value: "2",
      message:
        "Er zijn meer banen voor mensen met afstand tot de arbeidsmarkt dan banen in totaal.",
    },
  ],
  [
    "a text longer than allowed",
    changed("Cases", 2, 2, "x".repeat(121)),
    {
      dataset: "stories",
      sheet: "Cases",
      row: 2,
      column: "title",
      value: "x".repeat(121),
      message: "De tekst is te lang: hoogstens 120 tekens.",
    },
  ],
];

describe("every rule refuses the file with one clear error", () => {
  const test = useTestDatabase();

  it.each(cases)("%s", async (_, sheets, expected) => {
    const before = await everything(test.db);
    const report = await importSheets(test.db, sheets);
    expect(report.errors).toEqual([expected]);
    expect(report.ok).toBe(false);
    expect(report.import_id).toBeNull();
    expect(await everything(test.db)).toEqual(before);
  });

  it("stores a KvK number, and refuses one that is not 8 digits, in Dutch and English", async () => {
    const sheets = validSheets();
    const applicants = sheets.AANMELDINGEN as Row[];
    applicants.forEach((row, i) => {
      row.push(["kvk_nummer", "01234567", null, "1234-567"][i] ?? null);
    });
    for (const [language, message] of [
      ["nl", "Een KvK-nummer heeft precies 8 cijfers, zoals 01234567."],
      ["en", "A KvK (Chamber of Commerce) number has exactly 8 digits, such as 01234567."],
    ] as const) {
      const refused = await importSheets(test.db, sheets, { language });
      expect(refused.errors).toEqual([
        {
          dataset: "applicants",
          sheet: "AANMELDINGEN",
          row: 4,
          column: "kvk_number",
          value: "1234-567",
          message,
        },
      ]);
    }
    applicants[3]?.splice(-1, 1, null);
    expect((await importSheets(test.db, sheets)).ok).toBe(true);
    const stored = await test.db
      .selectFrom("applicants")
      .select(["applicant_id", "kvk_number"])
      .orderBy("applicant_id")
      .execute();
    expect(stored).toEqual([
      { applicant_id: "a1", kvk_number: "01234567" },
      { applicant_id: "a2", kvk_number: null },
      { applicant_id: "a3", kvk_number: null },
    ]);
  });

  it("stores a plan's idea and budget, and refuses an ask above the edition's share", async () => {
    const sheets = validSheets();
    const applicants = sheets.AANMELDINGEN as Row[];
    const plan: Row[] = [
      ["idee", "startbudget_eur", "gevraagd_eur"],
      ["Samen koken in de buurt", "€ 6.000,-", 3000],
      [null, 5000, 2600.01],
      [null, null, null],
    ];
    applicants.forEach((row, i) => {
      row.push(...(plan[i] ?? []));
    });
    const refused = await importSheets(test.db, sheets);
    expect(refused.errors).toEqual([
      {
        dataset: "applicants",
        sheet: "AANMELDINGEN",
        row: 3,
        column: "requested_eur",
        value: "2600.01",
        message: "Het microkrediet is meer dan 50% van het startbudget (5.000,00).",
      },
    ]);
    (applicants[2] as Row).splice(-1, 1, 2500);
    expect((await importSheets(test.db, sheets)).ok).toBe(true);
    const stored = await test.db
      .selectFrom("applicants")
      .select(["applicant_id", "idea", "start_budget_eur", "requested_eur"])
      .orderBy("applicant_id")
      .execute();
    expect(stored).toEqual([
      {
        applicant_id: "a1",
        idea: "Samen koken in de buurt",
        start_budget_eur: 6000,
        requested_eur: 3000,
      },
      { applicant_id: "a2", idea: null, start_budget_eur: 5000, requested_eur: 2500 },
      { applicant_id: "a3", idea: null, start_budget_eur: null, requested_eur: null },
    ]);
  });

  it("refuses an idea longer than 2000 characters", async () => {
    const sheets = validSheets();
    const applicants = sheets.AANMELDINGEN as Row[];
    applicants.forEach((row, i) => {
      row.push(["idee", "x".repeat(2001), null, null][i] ?? null);
    });
    const refused = await importSheets(test.db, sheets);
    expect(refused.errors.map((e) => [e.row, e.column])).toEqual([[2, "idea"]]);
  });

  it("a second edition for the same municipality and year", async () => {
    expect((await importSheets(test.db, validSheets())).ok).toBe(true);
    const report = await importSheets(test.db, {
      Edities: [
        ["editie_id", "gemeente", "jaar", "budget_eur"],
        ["groningen-2020b", "Groningen", 2020, 1000],
      ],
    });
    expect(report.errors).toEqual([
      {
        dataset: "editions",
        sheet: "Edities",
        row: 2,
        column: "year",
        value: "2020",
        message: "Er is al een editie voor deze gemeente en dit jaar: groningen-2020.",
      },
    ]);
  });

  it("checks a file without editions or applicants against the stored ones", async () => {
    expect((await importSheets(test.db, validSheets())).ok).toBe(true);
    const before = await everything(test.db);
    const later: Sheets = {
      Resultaten: [
        ["editie_id", "aanmelding_id", "maanden", "actief"],
        ["groningen-2021", "a1", 12, "ja"],
        ["groningen-2020", "a7", 12, "ja"],
        ["groningen-2020", "a2", 12, "ja"],
      ],
      Toekenningen: [
        ["editie_id", "aanmelding_id", "startbudget_eur", "microkrediet_eur"],
        ["groningen-2020", "a3", 4000, 2001],
      ],
      Beoordelingen: [
        ["editie_id", "aanmelding_id", "beoordelaar", "impact", "draagvlak", "vernieuwing"],
        ["groningen-2020", "a3", "Jury C", 11, 5, 5],
      ],
    };
    const report = await importSheets(test.db, later);
    expect(report.errors.map((e) => [e.sheet, e.row, e.column, e.value, e.message])).toEqual([
      [
        "Resultaten",
        2,
        "edition_id",
        "groningen-2021",
        "Deze editie bestaat niet, in het bestand noch in de database.",
      ],
      [
        "Resultaten",
        3,
        "applicant_id",
        "a7",
        "Deze aanmelding bestaat niet in deze editie, in het bestand noch in de database.",
      ],
      [
        "Beoordelingen",
        2,
        "impact",
        "11",
        "Het cijfer is hoger dan het hoogste cijfer van deze editie (10).",
      ],
      [
        "Toekenningen",
        2,
        "microcredit_eur",
        "2001",
        "Het microkrediet is meer dan 50% van het startbudget (4.000,00).",
      ],
    ]);
    expect(await everything(test.db)).toEqual(before);
    (later.Resultaten as Row[]).splice(1, 2);
    (later.Toekenningen as Row[])[1] = ["groningen-2020", "a3", 4000, 2000];
    (later.Beoordelingen as Row[])[1] = ["groningen-2020", "a3", "Jury C", 10, 5, 5];
    expect((await importSheets(test.db, later)).ok).toBe(true);
  });

  it("lists every error of the file, not just the first, in English on request", async () => {
    const sheets = changed("Toekenningen", 2, 2, "zesduizend");
    (sheets.Resultaten as Row[])[2] = ["groningen-2020", "a7", 12, "misschien", null, null, null];
    const report = await importSheets(test.db, sheets, { language: "en" });
    expect(report.errors.map((e) => [e.sheet, e.row, e.column, e.message])).toEqual([
      [
        "Toekenningen",
        2,
        "start_budget_eur",
        "This is not a number. Write for example 3000, 3000.50 or € 3.000,-.",
      ],
      ["Resultaten", 3, "active", "Fill in yes or no."],
      [
        "Resultaten",
        3,
        "applicant_id",
        "This registration does not exist in this edition, in the file or in the database.",
      ],
    ]);
    expect(report.error_count).toBe(3);
  });
});

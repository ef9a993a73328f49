import { describe, expect, it } from "vitest";
import { parseFilter, parseFilterQuery } from "../../reports/metrics/filter";

const flag = (key: string) => `--${key}`;

describe("parseFilter", () => {
  it("turns the given values into an edition filter, leaving out what is not given", () => {
    expect(parseFilter({}, flag, "nl")).toEqual({ ok: true, filter: {} });
    expect(
      parseFilter(
        {
          edition: [" groningen-2020 "],
          municipality: ["Groningen", "Zwolle"],
          from: "2019",
          to: "2021",
          theme: " Armoede ",
        },
        flag,
        "nl",
      ),
    ).toEqual({
      ok: true,
      filter: {
        editionIds: ["groningen-2020"],
        municipalities: ["Groningen", "Zwolle"],
        fromYear: 2019,
        toYear: 2021,
        theme: "Armoede",
      },
    });
  });

  it.each([
    [{ from: "twintig" }, "--from moet een jaartal tussen 2000 en 2100 zijn, zoals 2020"],
    [{ to: "1999" }, "--to moet een jaartal tussen 2000 en 2100 zijn, zoals 2020"],
    [{ from: "2021", to: "2019" }, "--from mag niet later zijn dan --to"],
    [{ municipality: [" "] }, "--municipality mag niet leeg zijn"],
    [{ theme: "" }, "--theme mag niet leeg zijn"],
  ])("refuses %j in Dutch", (input, problem) => {
    expect(parseFilter(input, flag, "nl")).toEqual({
      ok: false,
      message: `Ongeldige keuze van edities: ${problem}.`,
    });
  });
});

describe("in English", () => {
  it("says what is wrong in English", () => {
    expect(parseFilter({ from: "2021", to: "2019" }, flag, "en")).toEqual({
      ok: false,
      message: "Invalid choice of editions: --from must not be later than --to.",
    });
    expect(parseFilterQuery(new URLSearchParams("from=twenty"), "en")).toEqual({
      ok: false,
      message: "Invalid choice of editions: from must be a year from 2000 to 2100, such as 2020.",
    });
  });
});

describe("parseFilterQuery", () => {
  it("reads repeatable edition and municipality parameters", () => {
    const params = new URLSearchParams(
      "municipality=Groningen&municipality=Zwolle&edition=zwolle-2020&from=2020",
    );
    expect(parseFilterQuery(params, "nl")).toEqual({
      ok: true,
      filter: {
        editionIds: ["zwolle-2020"],
        municipalities: ["Groningen", "Zwolle"],
        fromYear: 2020,
      },
    });
  });

  it("names the parameter as the URL does", () => {
    expect(parseFilterQuery(new URLSearchParams("from=2022&to=2020"), "nl")).toEqual({
      ok: false,
      message: "Ongeldige keuze van edities: from mag niet later zijn dan to.",
    });
  });

  it("refuses unknown and repeated single parameters instead of ignoring them", () => {
    expect(parseFilterQuery(new URLSearchParams("gemeente=Groningen"), "nl")).toEqual({
      ok: false,
      message:
        "Onbekende parameter: gemeente. Mogelijk zijn: edition, municipality, from, to, theme.",
    });
    expect(parseFilterQuery(new URLSearchParams("from=2019&from=2020"), "nl")).toEqual({
      ok: false,
      message: "Geef from hoogstens één keer.",
    });
  });
});

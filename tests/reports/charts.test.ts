import { describe, expect, it } from "vitest";
import { chartView, tableCsv } from "../../reports/charts/chart.server";
import { renderChart, roundedAttribute } from "../../reports/charts/render.server";
import {
  groupedBars,
  horizontalBars,
  pointsWithIntervals,
  sharesAgainstMaximum,
} from "../../reports/charts/specs";

const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length;

describe("charts rendered on the server", () => {
  it("draw one bar per category and series, skipping missing values", () => {
    const svg = renderChart(
      groupedBars(
        [
          { category: "2019", series: "Aanmeldingen", value: 60 },
          { category: "2019", series: "Toegekend", value: 15 },
          { category: "2020", series: "Aanmeldingen", value: 85 },
          { category: "2020", series: "Toegekend", value: null },
        ],
        { categoryLabel: "Jaar", valueLabel: "Aantal", series: ["Aanmeldingen", "Toegekend"] },
      ),
      "Meer aanmeldingen in 2020",
    );
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Meer aanmeldingen in 2020"');
    expect(count(svg, "rect")).toBe(3);
  });

  it("draw a point and an interval line per measured year", () => {
    const svg = renderChart(
      pointsWithIntervals(
        [
          { category: "2019", value: 0.8, low: 0.6, high: 0.9 },
          { category: "2020", value: null, low: null, high: null },
        ],
        { categoryLabel: "Jaar", valueLabel: "Actief" },
      ),
      "Overleving",
    );
    expect(count(svg, "circle")).toBe(1);
    expect(count(svg, "line")).toBeGreaterThanOrEqual(1);
  });

  it("draw a bar with its value per category, and a dot per award with the maximum", () => {
    const bars = renderChart(
      horizontalBars(
        [
          { category: "Armoede", value: 30 },
          { category: "Eenzaamheid", value: 12 },
        ],
        { valueLabel: "Aanmeldingen" },
      ),
      "Thema's",
    );
    expect(count(bars, "rect")).toBe(2);
    expect(bars).toContain(">30<");
    const dots = renderChart(
      sharesAgainstMaximum([0.25, 0.5, 0.5], { maximum: 0.5, valueLabel: "Aandeel" }),
      "Aandelen",
    );
    expect(count(dots, "circle")).toBe(3);
  });

  it("write positions to a hundredth of a pixel and leave the texts as they are", () => {
    // Nine categories on 320 pixels: band positions of 17 digits before rounding.
    const categories = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const svg = renderChart(
      groupedBars(
        categories.map((category, i) => ({ category, series: "Aantal", value: i + 1 / 3 })),
        { categoryLabel: "Jaar", valueLabel: "Aantal 0.333333", series: ["Aantal"] },
      ),
      "Een label met 1.23456789 erin",
    );
    const numbers = [
      ...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|width|height|transform|d)="([^"]*)"/g),
    ].flatMap((match) => match[1]?.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []);
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers.filter((n) => /\.\d{3,}|e-/.test(n))).toEqual([]);
    // Some were rounded, not merely whole to begin with.
    expect(numbers.some((n) => /\.\d{1,2}$/.test(n))).toBe(true);
    expect(svg).toContain('aria-label="Een label met 1.23456789 erin"');
    expect(svg).toContain("Aantal 0.333333");
  });

  it("round positions without joining numbers or touching scales and texts", () => {
    expect(roundedAttribute("x", "250.45454545454547")).toBe("250.45");
    expect(roundedAttribute("x", "-.12345")).toBe("-0.12");
    expect(roundedAttribute("y", "1e-14")).toBe("0");
    expect(roundedAttribute("y", "12")).toBe("12");
    // The minus is the only separator between 10 and the next number.
    expect(roundedAttribute("d", "M10,0L10-0.001")).toBe("M10,0L10-0");
    expect(roundedAttribute("d", "M1.2345e-5,3.14159")).toBe("M0,3.14");
    expect(roundedAttribute("transform", "translate(98.123456,280) scale(0.004)")).toBe(
      "translate(98.12,280) scale(0.004)",
    );
    expect(roundedAttribute("aria-label", "1.23456")).toBe("1.23456");
  });

  it("give the same data as a table and as CSV that spreadsheets cannot execute", () => {
    const table = {
      columns: ["Thema", "Aantal"],
      rows: [
        ["=HYPERLINK(1)", "3"],
        ["Wonen; zorg", "2"],
      ],
    };
    expect(tableCsv(table)).toBe('Thema;Aantal\r\n\'=HYPERLINK(1);3\r\n"Wonen; zorg";2');
    const view = chartView(
      "x",
      "Titel",
      horizontalBars([{ category: "a", value: 1 }], { valueLabel: "n" }),
      table,
    );
    expect(view).toMatchObject({ id: "x", title: "Titel", table, legend: [] });
  });
});

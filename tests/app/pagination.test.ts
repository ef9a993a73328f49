import { describe, expect, it } from "vitest";
import { pageHref, pageOf } from "~/pagination";

const rows = Array.from({ length: 120 }, (_, i) => i + 1);
const at = (query: string) => new URL(`http://localhost/${query}`);

describe("tables in pages", () => {
  it("shows the asked page's rows with their positions", () => {
    expect(pageOf(rows, at("?pagina=2"), 50)).toEqual({
      rows: rows.slice(50, 100),
      page: 2,
      pages: 3,
      first: 51,
      last: 100,
      total: 120,
    });
    const last = pageOf(rows, at("?pagina=3"), 50);
    expect([last.first, last.last, last.rows.length]).toEqual([101, 120, 20]);
  });

  it("clamps a page out of range or not a number to the nearest page", () => {
    expect(pageOf(rows, at("?pagina=9"), 50).page).toBe(3);
    expect(pageOf(rows, at("?pagina=0"), 50).page).toBe(1);
    expect(pageOf(rows, at("?pagina=twee"), 50).page).toBe(1);
    expect(pageOf(rows, at(""), 50).page).toBe(1);
  });

  it("has one empty page for no rows", () => {
    expect(pageOf([], at("?pagina=2"), 50)).toEqual({
      rows: [],
      page: 1,
      pages: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });

  it("links to another page keeping the filters, page 1 without the parameter", () => {
    const url = at("?municipality=Groningen&pagina=2&theme=armoede");
    expect(pageHref(url, 3)).toBe("/?municipality=Groningen&pagina=3&theme=armoede");
    expect(pageHref(url, 1)).toBe("/?municipality=Groningen&theme=armoede");
    expect(pageHref(at(""), 1)).toBe("/");
  });
});

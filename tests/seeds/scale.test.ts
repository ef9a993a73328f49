import { describe, expect, it } from "vitest";
import { DEFAULT_SCALE, scaleDatasets, scaleEditionParams } from "../../seeds/scale";

const small = { ...DEFAULT_SCALE, municipalities: 3, years: 2 };
const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;

describe("the national-scale generator", () => {
  it("gives the same rows for the same options", () => {
    expect([...scaleDatasets(small)]).toEqual([...scaleDatasets(small)]);
  });

  it("gives other rows for another seed", () => {
    const [first] = scaleDatasets(small);
    const [other] = scaleDatasets({ ...small, seed: small.seed + 1 });
    expect(other?.applicants).not.toEqual(first?.applicants);
  });

  it("makes one edition per municipality and year, with distinct slugs", () => {
    const editions = [...scaleEditionParams(small)];
    expect(editions.map((e) => e.year)).toEqual([2023, 2024, 2023, 2024, 2023, 2024]);
    const ids = editions.map((e) => e.editionId);
    expect(new Set(ids).size).toBe(6);
    for (const id of ids) expect(id).toMatch(SLUG);
    expect(new Set(editions.map((e) => e.municipality)).size).toBe(3);
  });

  it("gives editions about the size of the issue's national estimate", () => {
    const sample = { ...DEFAULT_SCALE, municipalities: 40, years: 1 };
    const funnels = [...scaleEditionParams(sample)].map((e) => e.funnel);
    const mean = (pick: (f: (typeof funnels)[number]) => number) =>
      funnels.reduce((total, f) => total + pick(f), 0) / funnels.length;
    // 350 x 10 editions of about 100 registrations and 29 awards:
    // about 350,000 applicants and 100,000 awards.
    expect(mean((f) => f.registrations)).toBeGreaterThan(85);
    expect(mean((f) => f.registrations)).toBeLessThan(115);
    expect(mean((f) => f.awards)).toBeGreaterThan(24);
    expect(mean((f) => f.awards)).toBeLessThan(34);
  });
});

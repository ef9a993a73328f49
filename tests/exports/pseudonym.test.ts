import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "../../reports/exports/pseudonym";

const KEY = "0123456789abcdef0123456789abcdef";

describe("pseudonyms", () => {
  const pseudonyms = createPseudonymiser(KEY);

  it("are P- or B- and 16 hex digits, the same for the same input", () => {
    expect(pseudonyms.applicant("groningen-2020", "A-001")).toMatch(/^P-[0-9a-f]{16}$/);
    expect(pseudonyms.assessor("groningen-2020", "Jury A")).toMatch(/^B-[0-9a-f]{16}$/);
    expect(createPseudonymiser(KEY).applicant("groningen-2020", "A-001")).toBe(
      pseudonyms.applicant("groningen-2020", "A-001"),
    );
  });

  it("depend on the key, the edition and the id", () => {
    const one = pseudonyms.applicant("groningen-2020", "A-001");
    expect(createPseudonymiser(`${KEY}x`).applicant("groningen-2020", "A-001")).not.toBe(one);
    expect(pseudonyms.applicant("groningen-2021", "A-001")).not.toBe(one);
    expect(pseudonyms.applicant("groningen-2020", "A-002")).not.toBe(one);
  });

  it("never run parts together: the separator and the kind are hashed too", () => {
    expect(pseudonyms.applicant("a-b", "c")).not.toBe(pseudonyms.applicant("a", "b-c"));
    expect(pseudonyms.applicant("e", "x").slice(2)).not.toBe(
      pseudonyms.assessor("e", "x").slice(2),
    );
  });

  it("are the same when asked again, also after many others in between", () => {
    const asked = createPseudonymiser(KEY);
    const fresh = (i: number) => [
      createPseudonymiser(KEY).applicant("e-1", `A-${i % 12}`),
      createPseudonymiser(KEY).assessor("e-1", `Jury ${i % 3}`),
    ];
    for (let i = 0; i < 40; i++) {
      expect([
        asked.applicant("e-1", `A-${i % 12}`),
        asked.assessor("e-1", `Jury ${i % 3}`),
      ]).toEqual(fresh(i));
    }
  });

  it("are what a keyed HMAC-SHA256 gives", async () => {
    const { createHmac } = await import("node:crypto");
    const hmac = createHmac("sha256", KEY).update("applicant\u0000e-1\u0000a1").digest("hex");
    expect(pseudonyms.applicant("e-1", "a1")).toBe(`P-${hmac.slice(0, 16)}`);
  });
});

import { describe, expect, it } from "vitest";
import { en, nl, translator } from "~/i18n/messages";

describe("translations", () => {
  it("has every Dutch key in English and no extra ones", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("has no empty texts", () => {
    for (const dictionary of [nl, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe("");
      }
    }
  });

  it("translates by language", () => {
    expect(translator("nl")("nav.overview")).toBe("Overzicht");
    expect(translator("en")("nav.overview")).toBe("Overview");
  });
});

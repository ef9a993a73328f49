// Every page's <title> in the page's language (issue 17: account, users and
// accessibility were Dutch only). The language comes from the root loader.
import type { MetaFunction } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { meta as overviewMeta } from "~/routes/_index";
import { meta as accountMeta } from "~/routes/account";
import { meta as usersMeta } from "~/routes/beheer.gebruikers";
import { meta as definitionsMeta } from "~/routes/definities._index";
import { meta as exportMeta } from "~/routes/export._index";
import { meta as importMeta } from "~/routes/import._index";
import { meta as loginMeta } from "~/routes/inloggen";
import { meta as accessibilityMeta } from "~/routes/toegankelijkheid";

function titleOf(meta: MetaFunction, language: string | undefined): string {
  const matches = [{ id: "root", data: language ? { language } : undefined }];
  const tags = meta({ matches, data: undefined } as never) as { title?: string }[];
  return tags.find((tag) => tag.title !== undefined)?.title ?? "";
}

describe("page titles", () => {
  it.each([
    [accountMeta, "Account · SOC Impactmonitor", "Account · SOC Impact Monitor"],
    [usersMeta, "Gebruikers · SOC Impactmonitor", "Users · SOC Impact Monitor"],
    [
      accessibilityMeta,
      "Toegankelijkheid · SOC Impactmonitor",
      "Accessibility · SOC Impact Monitor",
    ],
    [overviewMeta, "Overzicht · SOC Impactmonitor", "Overview · SOC Impact Monitor"],
    [importMeta, "Gegevens importeren · SOC Impactmonitor", "Import data · SOC Impact Monitor"],
    [exportMeta, "Gegevens exporteren · SOC Impactmonitor", "Export data · SOC Impact Monitor"],
    [loginMeta, "Inloggen · SOC Impactmonitor", "Log in · SOC Impact Monitor"],
    [definitionsMeta, "Definities · SOC Impactmonitor", "Definitions · SOC Impact Monitor"],
  ] as const)("%#: Dutch as before, English in English", (meta, dutch, english) => {
    expect(titleOf(meta, "nl")).toBe(dutch);
    expect(titleOf(meta, undefined)).toBe(dutch);
    expect(titleOf(meta, "en")).toBe(english);
  });
});

// Who may see what: for every route and every role an allowed and a
// forbidden request. A municipality user asking for another municipality's
// edition, factsheet, export or API answer gets 403 or 404 and no data.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as overviewLoader } from "~/routes/_index";
import { loader as accountLoader } from "~/routes/account";
import { loader as apiLoader } from "~/routes/api.metrics";
import { action as usersAction, loader as usersLoader } from "~/routes/beheer.gebruikers";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import {
  action as factsheetAction,
  loader as factsheetLoader,
} from "~/routes/edities.$editionId_.factsheet";
import { loader as factsheetPdf } from "~/routes/edities.$editionId_.factsheet[.]pdf";
import { loader as editionChartFile } from "~/routes/edities.$editionId_.grafieken.$file";
import { loader as exportPage } from "~/routes/export._index";
import { loader as researchWorkbook } from "~/routes/export.onderzoek[.]xlsx";
import { loader as municipalityLoader } from "~/routes/gemeenten.$slug";
import { loader as municipalityChartFile } from "~/routes/gemeenten.$slug_.grafieken.$file";
import { loader as importLoader } from "~/routes/import._index";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { editionIdsOf } from "../support/html-table";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

type Outcome = number | "data";

/** 200 with data, or the status of the Response a loader returned or threw. */
async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call;
    if (result instanceof Response) {
      // A streamed export would go on writing after the test: stop it.
      await result.body?.cancel();
      return result.status === 200 ? "data" : result.status;
    }
    return "data";
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("access by role", () => {
  const test = useTestDatabase();
  const cookies: Record<string, string> = {};
  const url = (path: string) => `http://localhost${path}`;
  const get = (
    loader: (args: ReturnType<typeof requestArgs>) => Promise<unknown> | unknown,
    who: string,
    path: string,
    params = {},
  ) => outcome(Promise.resolve(loader(requestArgs(test.db, url(path), cookies[who], {}, params))));

  beforeAll(async () => {
    await loadDemoData(test.db);
    cookies.admin = await loginAs(test.db, "admin");
    cookies.groningen = await loginAs(test.db, "municipality", ["Groningen"]);
    cookies.researcher = await loginAs(test.db, "researcher");
    cookies.nobody = "";
  });

  it("sends a visitor without a session to the login page", async () => {
    for (const [loader, path] of [
      [overviewLoader, "/"],
      [editionLoader, "/edities/groningen-2020"],
      [exportPage, "/export"],
      [importLoader, "/import"],
      [accountLoader, "/account"],
    ] as const) {
      expect(
        await get(loader as never, "nobody", path, { editionId: "groningen-2020" }),
        path,
      ).toBe(302);
    }
    expect(await get(apiLoader as never, "nobody", "/api/metrics")).toBe(401);
  });

  it("lets a municipality user see its own editions only", async () => {
    expect(
      await get(editionLoader as never, "groningen", "/edities/groningen-2020", {
        editionId: "groningen-2020",
      }),
    ).toBe("data");
    expect(
      await get(editionLoader as never, "groningen", "/edities/zwolle-2021", {
        editionId: "zwolle-2021",
      }),
    ).toBe(404);
    expect(
      await get(municipalityLoader as never, "groningen", "/gemeenten/groningen", {
        slug: "groningen",
      }),
    ).toBe("data");
    expect(
      await get(municipalityLoader as never, "groningen", "/gemeenten/zwolle", { slug: "zwolle" }),
    ).toBe(404);
    // The charts' downloads are the pages' own figures, behind the same wall.
    const funnel = { file: "trechter.csv" };
    expect(
      await get(editionChartFile as never, "groningen", "/edities/groningen-2020/grafieken/x", {
        editionId: "groningen-2020",
        ...funnel,
      }),
    ).toBe("data");
    expect(
      await get(editionChartFile as never, "groningen", "/edities/zwolle-2021/grafieken/x", {
        editionId: "zwolle-2021",
        ...funnel,
      }),
    ).toBe(404);
    expect(
      await get(municipalityChartFile as never, "groningen", "/gemeenten/zwolle/grafieken/x", {
        slug: "zwolle",
        file: "trechter-per-jaar.svg",
      }),
    ).toBe(404);
    expect(
      await get(factsheetLoader as never, "groningen", "/edities/zwolle-2021/factsheet", {
        editionId: "zwolle-2021",
      }),
    ).toBe(404);
    expect(
      await get(
        factsheetLoader as never,
        "groningen",
        "/edities/groningen-2020/factsheet?vergelijk=zwolle-2021",
        {
          editionId: "groningen-2020",
        },
      ),
    ).toBe(404);
    expect(
      await get(factsheetPdf as never, "groningen", "/edities/zwolle-2021/factsheet.pdf", {
        editionId: "zwolle-2021",
      }),
    ).toBe(404);
    expect(
      await get(
        researchWorkbook as never,
        "groningen",
        "/export/onderzoek.xlsx?edition=zwolle-2021",
      ),
    ).toBe(404);
    expect(await get(apiLoader as never, "groningen", "/api/metrics?edition=zwolle-2021")).toBe(
      404,
    );
  });

  it("gives a municipality user no figures of another municipality, only the benchmark total", async () => {
    const overview = (await overviewLoader(
      requestArgs(test.db, url("/"), cookies.groningen),
    )) as Awaited<ReturnType<typeof overviewLoader>>;
    expect(new Set(editionIdsOf(overview.editions.html).map((id) => id.split("-")[0]))).toEqual(
      new Set(["groningen"]),
    );
    expect(overview.options.municipalities).toEqual(["Groningen"]);
    const json = await (
      await apiLoader(requestArgs(test.db, url("/api/metrics"), cookies.groningen))
    ).json();
    expect(new Set(json.editions.map((e: { municipality: string }) => e.municipality))).toEqual(
      new Set(["Groningen"]),
    );
    const page = await exportPage(requestArgs(test.db, url("/export"), cookies.groningen));
    expect(page.choices.municipalities).toEqual(["Groningen"]);
    const municipality = await municipalityLoader(
      requestArgs(
        test.db,
        url("/gemeenten/groningen"),
        cookies.groningen,
        {},
        { slug: "groningen" },
      ),
    );
    // the others together, and how many, never which editions
    expect(municipality.others?.edition_count).toBeGreaterThan(0);
    expect(municipality.others).not.toHaveProperty("edition_ids");
  });

  it("keeps imports, publishing and user management for administrators", async () => {
    for (const who of ["groningen", "researcher"]) {
      expect(await get(importLoader as never, who, "/import")).toBe(403);
      expect(await get(usersLoader as never, who, "/beheer/gebruikers")).toBe(403);
      const body = new URLSearchParams({ intent: "publish", taal: "nl" });
      const args = requestArgs(
        test.db,
        url("/edities/groningen-2020/factsheet"),
        cookies[who],
        { method: "POST", body },
        { editionId: "groningen-2020" },
      );
      expect(await outcome(factsheetAction(args))).toBe(403);
    }
    expect(await get(importLoader as never, "admin", "/import")).toBe("data");
    expect(await get(usersLoader as never, "admin", "/beheer/gebruikers")).toBe("data");
  });

  it("lets researchers see every municipality and export research data", async () => {
    expect(
      await get(editionLoader as never, "researcher", "/edities/zwolle-2021", {
        editionId: "zwolle-2021",
      }),
    ).toBe("data");
    expect(
      await get(
        researchWorkbook as never,
        "researcher",
        "/export/onderzoek.xlsx?edition=zwolle-2021",
      ),
    ).toBe("data");
  });
});

describe("user management", () => {
  const test = useTestDatabase();

  it("lets an administrator add, reset and disable accounts, and logs it", async () => {
    const admin = await loginAs(test.db, "admin");
    const post = (fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) {
        for (const v of [value].flat()) body.append(key, v);
      }
      return usersAction(
        requestArgs(test.db, "http://localhost/beheer/gebruikers", admin, { method: "POST", body }),
      );
    };
    expect(
      await post({
        intent: "add",
        email: "Raad@Zwolle.nl",
        naam: "Raad",
        rol: "municipality",
        gemeente: ["Zwolle"],
        wachtwoord: "een-lang-wachtwoord",
      }),
    ).toEqual({ ok: true, message: "Het account is toegevoegd." });
    expect(
      await post({
        intent: "add",
        email: "raad@zwolle.nl",
        naam: "Raad",
        rol: "researcher",
        wachtwoord: "een-lang-wachtwoord",
      }),
    ).toEqual({
      ok: false,
      message: "Er is al een account voor raad@zwolle.nl.",
    });
    expect(
      await post({ intent: "reset", email: "raad@zwolle.nl", wachtwoord: "kort" }),
    ).toMatchObject({ ok: false });
    expect(
      await post({
        intent: "reset",
        email: "raad@zwolle.nl",
        wachtwoord: "weer-een-lang-wachtwoord",
      }),
    ).toEqual({
      ok: true,
      message: "Het wachtwoord is opnieuw ingesteld.",
    });
    expect(await post({ intent: "disable", email: "raad@zwolle.nl" })).toEqual({
      ok: true,
      message: "Het account is uitgeschakeld.",
    });
    const page = await usersLoader(
      requestArgs(test.db, "http://localhost/beheer/gebruikers", admin),
    );
    expect(page.accounts.find((a) => a.email === "raad@zwolle.nl")).toMatchObject({
      municipalities: ["Zwolle"],
      disabled: true,
    });
    expect(page.trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user_added", "password_changed", "user_disabled"]),
    );
  });
});

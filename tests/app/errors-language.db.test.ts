// Errors the data layer throws reach the interface in the reader's language
// (issue 17: AccountError reached the English interface in Dutch), and so do
// the server's answers that are no page.
import { describe, expect, it } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { action as usersAction, loader as usersLoader } from "~/routes/beheer.gebruikers";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const languageCookie = async (language: "nl" | "en") =>
  (await setLanguageCookie(language)).split(";")[0] as string;

describe("errors in the reader's language", () => {
  const test = useTestDatabase();

  it("says in English that an account exists, and in Dutch as before", async () => {
    const admin = await loginAs(test.db, "admin");
    const add = async (language: "nl" | "en", email: string, municipalities: string[]) => {
      const body = new URLSearchParams({
        intent: "add",
        email,
        naam: "Raad",
        rol: "municipality",
        wachtwoord: "een-lang-wachtwoord",
      });
      for (const m of municipalities) body.append("gemeente", m);
      const cookie = `${admin}; ${await languageCookie(language)}`;
      return usersAction(
        requestArgs(test.db, "http://localhost/beheer/gebruikers", cookie, {
          method: "POST",
          body,
        }),
      );
    };
    expect(await add("en", "raad@zwolle.nl", ["Zwolle"])).toEqual({
      ok: true,
      message: "The account has been added.",
    });
    expect(await add("en", "Raad@Zwolle.nl", ["Zwolle"])).toEqual({
      ok: false,
      message: "There is already an account for raad@zwolle.nl.",
    });
    expect(await add("nl", "raad@zwolle.nl", ["Zwolle"])).toEqual({
      ok: false,
      message: "Er is al een account voor raad@zwolle.nl.",
    });
    expect(await add("en", "raad@kampen.nl", [])).toEqual({
      ok: false,
      message: "A municipality user needs at least one municipality.",
    });
  });

  it("refuses a page to a role that may not see it in the reader's language", async () => {
    const researcher = await loginAs(test.db, "researcher");
    const refusal = async (language: "nl" | "en") => {
      const cookie = `${researcher}; ${await languageCookie(language)}`;
      try {
        await usersLoader(requestArgs(test.db, "http://localhost/beheer/gebruikers", cookie));
      } catch (thrown) {
        if (thrown instanceof Response) return { status: thrown.status, text: await thrown.text() };
        throw thrown;
      }
      throw new Error("not refused");
    };
    expect(await refusal("en")).toEqual({ status: 403, text: "You have no access to this page." });
    expect(await refusal("nl")).toEqual({
      status: 403,
      text: "U heeft geen toegang tot deze pagina.",
    });
  });
});

// POST /taal switches the interface language and returns to the page the
// form was on. A plain form, so it works without JavaScript.
import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { languageOf, setLanguageCookie } from "~/i18n/language.server";
import { safeReturnPath } from "~/return-path";
import { translator } from "../../core/i18n/messages";
import { isLanguage } from "../../core/language";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get("taal");
  if (!isLanguage(language)) {
    return new Response(translator(await languageOf(request))("http.unknownLanguage"), {
      status: 400,
    });
  }
  return redirect(safeReturnPath(form.get("terug")), {
    headers: { "Set-Cookie": await setLanguageCookie(language) },
  });
}

export function loader() {
  return redirect("/");
}

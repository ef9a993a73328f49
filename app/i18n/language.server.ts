import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../../core/language";

// The chosen language sticks for a year; it is not personal data.
const languageCookie = createCookie("taal", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function languageOf(request: Request): Promise<Language> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function setLanguageCookie(language: Language): Promise<string> {
  return languageCookie.serialize(language);
}

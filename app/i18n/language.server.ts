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
  return languageOfCookies(request.headers.get("Cookie"));
}

/** The language of a Cookie header: for answers given before Remix sees the request. */
export async function languageOfCookies(header: string | null | undefined): Promise<Language> {
  const value: unknown = await languageCookie.parse(header ?? null);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function setLanguageCookie(language: Language): Promise<string> {
  return languageCookie.serialize(language);
}

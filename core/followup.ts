// The follow-up moments, in months after an edition's awards: shared by the
// database (an edition's own moments), the command line and the form.

/** The moments of an edition that has not set its own. */
export const DEFAULT_FOLLOWUP_MOMENTS: readonly number[] = [6, 12, 24];

/** The experience is asked once, a year on, when the programme is over and still remembered. */
export const SURVEY_MOMENT = 12;

/** A moment is a whole number of months the outcomes contract takes (`months`, 0..120). */
export function isMoment(months: number): boolean {
  return Number.isInteger(months) && months >= 1 && months <= 120;
}

/** `6,12,36` as moments, ascending and without doubles; null when one is no moment. */
export function parseMoments(text: string): number[] | null {
  const moments = text.split(",").map((part) => Number(part.trim()));
  if (moments.length === 0 || !moments.every(isMoment)) return null;
  return [...new Set(moments)].sort((a, b) => a - b);
}

/** A personal link's address: the public address, the form's path and the token. */
export function followupUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/opvolging/${token}`;
}

/** Where the person behind a link stops the follow-up e-mail (a page, no JavaScript needed). */
export function optOutUrl(publicUrl: string, token: string): string {
  return `${followupUrl(publicUrl, token)}/afmelden`;
}

// The privacy housekeeping of `impact serve`: once at start and then every
// hour, in the first process only (the workers share its database), the
// retention sweep and the removal of uploads past their hour (an upload may
// hold personal data, and an abandoned one would otherwise wait for the next
// upload). What the sweep erased is in the audit log; the log line names
// editions and counts, never a person.
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { Db } from "../db/connection.server";
import { sweepRetention } from "../db/queries/privacy.server";
import { removeExpiredUploads } from "../db/queries/uploads.server";

/** An upload lives an hour: at this interval none outlives it by more than another. */
export const HOUR_MS = 60 * 60 * 1000;

export interface RetentionTimer {
  /** The sweep now running, if any (tests wait for it). */
  running: () => Promise<void>;
  stop: () => void;
}

export function startRetentionTimer(
  db: Db,
  years: number,
  io: { out: (text: string) => void; err: (text: string) => void; language: Language },
  clock: () => Date = () => new Date(),
  everyMs = HOUR_MS,
): RetentionTimer {
  const t = translator(io.language);
  let current: Promise<void> = Promise.resolve();
  const sweep = () => {
    current = current.then(async () => {
      const asOf = clock();
      try {
        await removeExpiredUploads(db);
        const result = await sweepRetention(db, years, asOf, {
          userId: null,
          actor: "retention",
        });
        if (result.editions.length === 0) return;
        io.out(
          t("privacy.swept", {
            years,
            asOf: asOf.toISOString().slice(0, 10),
            n: result.editions.reduce((n, e) => n + e.registrations, 0),
            editions: result.editions.map((e) => e.edition_id).join(", "),
          }),
        );
      } catch (error) {
        io.err(t("privacy.sweepFailed", { reason: (error as Error).message }));
      }
    });
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  // The timer alone keeps no process alive.
  timer.unref();
  return { running: () => current, stop: () => clearInterval(timer) };
}

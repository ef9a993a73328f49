// An edition to follow: a1 and a2 awarded, a4 handed in a plan without an
// award (the comparison group), a3 neither (not followed).
import { expect } from "vitest";
import { type CliIo, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import type { Db } from "../../db/connection.server";
import { importSheets } from "../import/fixtures";

export const EDITION = "groningen-2020";

/** A complete answer to the follow-up form at 12 months (outcome and survey), as posted. */
export const ANSWER = {
  active: "true",
  revenue_eur: "18.000,50",
  jobs_fte: "1,5",
  jobs_distance_fte: "0,5",
  volunteers: "6",
  overall: "8",
  recommend: "9",
  quote: "De coaching hielp echt.",
};

export async function importFollowedEdition(db: Db): Promise<void> {
  const report = await importSheets(db, {
    Edities: [
      ["editie_id", "gemeente", "jaar", "budget_eur", "finale_op"],
      [EDITION, "Groningen", 2020, 60000, "2020-11-01"],
    ],
    Aanmeldingen: [
      ["editie_id", "aanmelding_id", "initiatief", "ondernemer", "e-mail", "plan_ingediend"],
      [EDITION, "a1", "Matsie", "Anna de Vries", "anna@voorbeeld.nl", "ja"],
      [EDITION, "a2", "Omapost", null, null, "nee"],
      [EDITION, "a3", "Buurtsoep", null, "piet@voorbeeld.nl", "nee"],
      [EDITION, "a4", "Repaircafé", "Kees Jansen", "kees@voorbeeld.nl", "ja"],
    ],
    Toekenningen: [
      ["editie_id", "aanmelding_id", "startbudget_eur", "microkrediet_eur", "toegekend_op"],
      [EDITION, "a1", 6000, 3000, "2020-11-15"],
      [EDITION, "a2", 5000, 2500, "2020-11-20"],
    ],
  });
  expect(report.errors).toEqual([]);
}

/** Runs `impact followup …` on this database; its exit code and what it printed. */
export async function runFollowup(db: Db, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => db };
  const code = await runCli(["followup", ...argv], commands, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

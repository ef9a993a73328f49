// The hourly housekeeping of `impact serve`: at start and then at every tick,
// the retention sweep with the date from the clock it is given, and the
// removal of uploads past their hour.

import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { startRetentionTimer } from "../../bin/retention-timer";
import { createAccount } from "../../db/queries/users.server";
import { importSheets, validSheets } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

describe("the retention timer", () => {
  const test = useTestDatabase();

  it("sweeps at start and at each tick, and says what it erased without naming anyone", async () => {
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    const userId = await createAccount(test.db, {
      email: "beheer@test.soc",
      name: "Beheer",
      role: "admin",
      municipalities: [],
      password: "een-lang-wachtwoord",
    });
    const waiting = (token: string, minutes: number) => ({
      token,
      user_id: userId,
      file_name: "aanmeldingen.csv",
      content: Buffer.from("ondernemer\nAnna de Vries"),
      expires_at: sql<Date>`now() + make_interval(mins => ${minutes})` as never,
    });
    await test.db
      .insertInto("pending_uploads")
      .values([waiting("a".repeat(32), -5), waiting("b".repeat(32), 30)])
      .execute();
    const days = [new Date("2027-06-01T00:00:00Z"), new Date("2028-02-01T00:00:00Z")];
    let calls = 0;
    const clock = () => days[Math.min(calls++, days.length - 1)] as Date;
    const out: string[] = [];
    const err: string[] = [];
    const timer = startRetentionTimer(
      test.db,
      7,
      { out: (t) => out.push(t), err: (t) => err.push(t), language: "nl" },
      clock,
      20,
    );
    try {
      await timer.running();
      expect(out).toEqual([]);
      // The upload past its hour went at the first tick; the other still waits.
      const left = await test.db.selectFrom("pending_uploads").select("token").execute();
      expect(left).toEqual([{ token: "b".repeat(32) }]);
      await expect.poll(() => out.length, { timeout: 10_000 }).toBe(1);
    } finally {
      timer.stop();
      await timer.running();
    }
    expect(err).toEqual([]);
    expect(out[0]).toBe(
      "Bewaartermijn 7 jaar na het editiejaar, peildatum 2028-02-01: 3 aanmeldingen gewist in groningen-2020.",
    );
    const applicants = await test.db.selectFrom("applicants").select("entrepreneur").execute();
    expect(applicants.every((a) => a.entrepreneur === null)).toBe(true);
    const audit = await test.db.selectFrom("audit_log").selectAll().execute();
    expect(audit).toEqual([expect.objectContaining({ actor: "retention", action: "erasure" })]);
  });
});

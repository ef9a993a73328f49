// A form write removes its edition's stored metric parts, and a rebuild
// stores them again after it (decision 032). Stored parts must never be
// stale: a rebuild waits for the form writes under way, and every reader
// meanwhile computes the parts from the rows.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { refreshAfterFormWrite } from "../../db/queries/derived-tables.server";
import { loadMetricInputs } from "../../db/queries/metric-inputs.server";
import {
  rebuildMissingParts,
  settleMetricParts,
} from "../../db/queries/metric-parts-rebuild.server";
import { writeForm } from "../../import/forms/submit.server";
import { useTestDatabase } from "../support/test-db";
import { EDITION, importFollowedEdition } from "./followup-fixture";

describe("metric parts after form writes", () => {
  const test = useTestDatabase();

  async function storedParts() {
    const row = await test.db
      .selectFrom("edition_metric_parts")
      .select("parts")
      .where("edition_id", "=", EDITION)
      .executeTakeFirst();
    return row?.parts;
  }

  /** The parts as a reader computes them from the rows, stored or not. */
  async function readParts() {
    const [inputs] = await loadMetricInputs(test.db, { editionIds: [EDITION] });
    return inputs?.parts;
  }

  async function followedAt12Months() {
    return (await readParts())?.counts.followed_12m;
  }

  it("removes the parts with the write, serves them computed, and stores them again", async () => {
    await importFollowedEdition(test.db);
    expect(await storedParts()).toBeDefined();
    expect(await followedAt12Months()).toBe(0);

    const outcome = await writeForm(test.db, {
      formName: "formulier opvolging",
      writtenBy: "formulier",
      language: "nl",
      addOnly: false,
      rows: { outcomes: { edition_id: EDITION, applicant_id: "a1", months: "12", active: "ja" } },
    });
    expect(outcome.ok).toBe(true);
    // Until the rebuild: nothing stored, and the reader counts the answer anyway.
    expect(await storedParts()).toBeUndefined();
    expect(await followedAt12Months()).toBe(1);

    await settleMetricParts(test.db);
    expect(await storedParts()).toEqual(await readParts());
    expect((await storedParts())?.counts.followed_12m).toBe(1);
  });

  it("stores the parts of every edition that lacks them (the server's start)", async () => {
    await sql`delete from edition_metric_parts`.execute(test.db);
    await rebuildMissingParts(test.db, "all");
    expect((await storedParts())?.counts.followed_12m).toBe(1);
  });

  it("leaves an edition that a form write holds for later, storing nothing without its rows", async () => {
    // PGlite has one connection: a rebuild cannot run beside an open write there.
    if (test.kind === "pglite") return;
    // An earlier write removed the parts: a rebuild has work to do.
    await sql`delete from edition_metric_parts`.execute(test.db);
    await test.db.transaction().execute(async (trx) => {
      // A form's write of a second answer, up to its commit.
      await trx
        .insertInto("outcomes")
        .values({ edition_id: EDITION, applicant_id: "a2", months: 12, active: false })
        .execute();
      await refreshAfterFormWrite(trx, [EDITION], { scores: false });
      // Beside it, on another connection: the edition is busy, nothing is
      // stored. Stored now, the parts would lack this answer for good.
      expect(await rebuildMissingParts(test.db, [EDITION])).toEqual([EDITION]);
      expect(await storedParts()).toBeUndefined();
    });
    expect(await rebuildMissingParts(test.db, [EDITION])).toEqual([]);
    expect((await storedParts())?.counts.followed_12m).toBe(2);
    expect(await storedParts()).toEqual(await readParts());
  });
});

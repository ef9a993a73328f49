// Exports read on one state of the data (openReadSnapshot): on PostgreSQL, a
// write that commits while an export runs is in the next export, not half
// in this one. PGlite has one connection for every request, so there the
// snapshot is the database itself (decision 014).
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as researchWorkbook } from "../../app/routes/export.onderzoek[.]xlsx";
import {
  type Db,
  kyselyForPostgres,
  openReadSnapshot,
  postgresPoolOf,
  SnapshotsBusyError,
} from "../../db/connection.server";
import { withScope } from "../../db/scope";
import { writeResearchWorkbook } from "../../reports/exports/export.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { loginAs, requestArgs } from "../support/session";
import { currentEngine, useTestDatabase } from "../support/test-db";
import { readWorkbook, records, sheetOf } from "./export-files";

const NEW_APPLICANT = "snapshot-test-applicant";

async function applicantCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("applicants")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Commits one more applicant to the first edition, from outside any snapshot. */
async function addApplicant(db: Db): Promise<void> {
  const edition = await db
    .selectFrom("editions")
    .select("edition_id")
    .orderBy("edition_id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("applicants")
    .values({
      edition_id: edition.edition_id,
      applicant_id: NEW_APPLICANT,
      initiative: "Later toegevoegd",
    })
    .execute();
}

async function removeApplicant(db: Db): Promise<void> {
  await db.deleteFrom("applicants").where("applicant_id", "=", NEW_APPLICANT).execute();
}

describe("an export's reads", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await loadDemoData(test.db);
  });

  it.runIf(currentEngine() === "pglite")("are the embedded database's own on PGlite", async () => {
    const snapshot = await openReadSnapshot(test.db);
    expect(snapshot.db).toBe(test.db);
    await snapshot.close();
  });

  describe.runIf(currentEngine() === "postgres")("on PostgreSQL", () => {
    it("do not see a write that commits while their snapshot is open", async () => {
      const before = await applicantCount(test.db);
      const snapshot = await openReadSnapshot(test.db);
      try {
        expect(await applicantCount(snapshot.db)).toBe(before);
        await addApplicant(test.db);
        expect(await applicantCount(test.db)).toBe(before + 1);
        expect(await applicantCount(snapshot.db)).toBe(before);
      } finally {
        await snapshot.close();
        await removeApplicant(test.db);
      }
      await expect(applicantCount(snapshot.db)).rejects.toThrow(/given back/);
    });

    it("leave no connection open once the database is closed", async () => {
      const url = postgresPoolOf(test.db)?.options.connectionString as string;
      const db = kyselyForPostgres(url, 4);
      const pool = postgresPoolOf(db);
      try {
        const snapshot = await openReadSnapshot(db);
        expect(await applicantCount(snapshot.db)).toBeGreaterThan(0);
        await snapshot.close();
        expect(pool?.totalCount).toBe(1);
      } finally {
        await db.destroy();
      }
      expect(pool?.totalCount).toBe(0);
      expect(pool?.ended).toBe(true);
      // A second close is harmless.
      await db.destroy();
    });

    it("keep a municipality user's scope", async () => {
      const snapshot = await withScope(
        test.db,
        { all: false, municipalities: ["Groningen"] },
        openReadSnapshot,
      );
      try {
        const rows = await snapshot.db.selectFrom("editions").select("municipality").execute();
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((row) => row.municipality))).toEqual(new Set(["Groningen"]));
        // Read-only, as every read of a municipality user.
        await expect(addApplicant(snapshot.db)).rejects.toThrow();
      } finally {
        await snapshot.close();
      }
    });

    it("hold at most half the pool's connections, so pages always find one", async () => {
      // The test database's pool has 4 connections: 2 snapshots at once.
      const first = await openReadSnapshot(test.db);
      const second = await openReadSnapshot(test.db);
      let thirdOpened = false;
      const third = openReadSnapshot(test.db).then((snapshot) => {
        thirdOpened = true;
        return snapshot;
      });
      try {
        // Meanwhile a page's reads still get a connection.
        expect(await applicantCount(test.db)).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(thirdOpened).toBe(false);
        await first.close();
        expect(await applicantCount((await third).db)).toBeGreaterThan(0);
        expect(thirdOpened).toBe(true);
      } finally {
        await first.close();
        await second.close();
        await (await third).close();
      }
    });

    it("give up waiting for a slot when asked to, and a download then answers 503", async () => {
      const held = [await openReadSnapshot(test.db), await openReadSnapshot(test.db)];
      try {
        await expect(openReadSnapshot(test.db, { waitMs: 50 })).rejects.toBeInstanceOf(
          SnapshotsBusyError,
        );
        const cookie = await loginAs(test.db, "researcher");
        // The route waits 10 s for a slot before it says so.
        const response = await researchWorkbook(
          requestArgs(test.db, "http://localhost/export/onderzoek.xlsx", cookie) as never,
        );
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("60");
        expect(await response.text()).toContain("probeer het over een minuut opnieuw");
      } finally {
        for (const snapshot of held) await snapshot.close();
      }
      // Who gave up holds no slot: both are free again.
      const again = [await openReadSnapshot(test.db), await openReadSnapshot(test.db)];
      for (const snapshot of again) await snapshot.close();
    });

    it("are given back after a download's headers alone (HEAD) and after a reader goes away", async () => {
      const cookie = await loginAs(test.db, "researcher");
      const url = "http://localhost/export/onderzoek.xlsx";
      // More HEADs than the pool has snapshots: a kept one would make the next wait.
      for (let i = 0; i < 3; i++) {
        const response = await researchWorkbook(
          requestArgs(test.db, url, cookie, { method: "HEAD" }) as never,
        );
        expect(response.status).toBe(200);
        expect(response.headers.get("content-disposition")).toContain(".xlsx");
      }
      const left = new AbortController();
      for (let i = 0; i < 2; i++) {
        const response = await researchWorkbook(
          requestArgs(test.db, url, cookie, { signal: left.signal }) as never,
        );
        // The reader takes the first bytes and goes away: Remix aborts the
        // request's signal, and reads on (into a closed socket) no more.
        await response.body?.getReader().read();
        left.abort();
      }
      const snapshots = await Promise.race([
        Promise.all([openReadSnapshot(test.db), openReadSnapshot(test.db)]),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      expect(snapshots).not.toBeNull();
      for (const snapshot of snapshots ?? []) await snapshot.close();
    });

    it("give a research workbook of the data as it was when it began", async () => {
      const before = await applicantCount(test.db);
      const chunks: Buffer[] = [];
      let wrote = false;
      // The first bytes leave (the Lees mij sheet) before any applicant is
      // read; the write commits then, and the export goes on only after it.
      const output = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          if (wrote) return done();
          wrote = true;
          addApplicant(test.db).then(() => done(), done);
        },
      });
      const finished = new Promise((resolve) => output.once("finish", resolve));
      try {
        await writeResearchWorkbook(test.db, {}, output, {
          generatedAt: new Date("2026-03-01T09:30:00Z"),
          pseudonymSecret: "a secret for this test",
          batchSize: 2,
        });
        await finished;
        expect(wrote).toBe(true);
        expect(await applicantCount(test.db)).toBe(before + 1);
        const workbook = await readWorkbook(Buffer.concat(chunks));
        expect(records(sheetOf(workbook, "Aanmeldingen"))).toHaveLength(before);
        const initiatives = records(sheetOf(workbook, "Aanmeldingen")).map((r) => r.initiatief);
        expect(initiatives).not.toContain("Later toegevoegd");
        const readme = records(sheetOf(workbook, "Lees mij")).map((row) =>
          Object.values(row).join(" "),
        );
        expect(readme.join("\n")).toContain("zoals ze waren toen de export begon");
      } finally {
        await removeApplicant(test.db);
      }
    });
  });
});

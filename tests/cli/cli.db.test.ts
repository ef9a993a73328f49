import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { migrateDown } from "../../db/migrate.server";
import { migrations } from "../../db/migrations/index";
import { useTestDatabase } from "../support/test-db";

function capture(db: CliIo["db"]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db };
  return { io, out, err };
}

describe("impact command line on a database", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const c = capture(async () => test.db);
    const code = await runCli(argv, commands, c.io);
    return { code, out: c.out.join("\n"), err: c.err.join("\n") };
  };

  it("migrate is safe to repeat", async () => {
    expect(await run("migrate")).toMatchObject({
      code: EXIT.done,
      out: "Het schema is al bijgewerkt.",
    });
  });

  it("seed demo loads the demo data once, then refuses", async () => {
    const first = await run("seed", "demo");
    expect(first.code).toBe(EXIT.done);
    expect(first.out).toMatch(/^Demodata geladen: editions \d+, criteria \d+, applicants \d+/);
    const again = await run("seed", "demo");
    expect(again.code).toBe(EXIT.failed);
    expect(again.err).toContain("reset --yes");
  });

  it("seed without a kind is a wrong call", async () => {
    const result = await run("seed");
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain("Gebruik: impact seed demo");
  });

  it("reset asks for --yes, then empties the database", async () => {
    const refused = await run("reset");
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toContain("--yes");
    expect(await test.db.selectFrom("editions").select("edition_id").execute()).not.toEqual([]);

    expect((await run("reset", "--yes")).code).toBe(EXIT.done);
    expect(await test.db.selectFrom("editions").select("edition_id").execute()).toEqual([]);
  });

  it("says to migrate first when the database has no schema yet", async () => {
    for (const _ of Object.keys(migrations)) await migrateDown(test.db);
    const result = await run("imports", "list");
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toBe(
      "De opdracht imports is mislukt: de database is nog niet ingericht. Draai eerst `impact migrate` (npm start doet dat vanzelf).",
    );
    expect((await run("migrate")).code).toBe(EXIT.done);
  });

  it("speaks English with --lang en, the data layer's refusals included", async () => {
    expect(await run("migrate", "--lang", "en")).toMatchObject({
      code: EXIT.done,
      out: "The schema is up to date already.",
    });
    const add = (...argv: string[]) => {
      const c = capture(async () => test.db);
      c.io.stdin = Readable.from(["een lang wachtwoord\n"]);
      return runCli(
        ["users", "add", "--email", "Twee@Test.soc", "--name", "Twee", ...argv],
        commands,
        c.io,
      ).then((code) => ({ code, out: c.out.join("\n"), err: c.err.join("\n") }));
    };
    expect(await add("--role", "researcher", "--lang", "en")).toMatchObject({
      code: EXIT.done,
      out: "Account twee@test.soc (researcher) has been created.",
    });
    expect(await add("--role", "researcher", "--lang", "en")).toMatchObject({
      code: EXIT.failed,
      err: "There is already an account for twee@test.soc.",
    });
    expect(await add("--role", "researcher")).toMatchObject({
      code: EXIT.failed,
      err: "Er is al een account voor twee@test.soc.",
    });
  });

  it("an unknown option is a wrong call", async () => {
    const result = await run("migrate", "--force");
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain("--force");
  });
});

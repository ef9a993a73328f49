// The command line's language: Dutch unless `--lang en` (before the command
// or among its options) or IMPACT_LANG=en asks for English (decision 018).
// None of these calls reaches the database.
import { describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";

async function run(argv: string[], languageSetting?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    db: () => Promise.reject(new Error("no database in this test")),
    languageSetting,
  };
  const code = await runCli(argv, commands, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("the command line's language", () => {
  it("is Dutch by default, as it always was", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(EXIT.done);
    expect(help.out.split("\n").slice(0, 4)).toEqual([
      "Gebruik: npm run --silent impact -- <opdracht> [opties]",
      "",
      "Opdrachten:",
      "  migrate     brengt het databaseschema bij (veilig om vaker te draaien)",
    ]);
    expect(
      help.out.endsWith("Hulp bij een opdracht: npm run --silent impact -- <opdracht> --help"),
    ).toBe(true);
    expect(await run(["reset"])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(
        /^Dit verwijdert alle gegevens\. Bevestig met --yes\.\n\nGebruik: impact reset --yes/,
      ),
    });
  });

  it("gives the overview in English with --lang en", async () => {
    const help = await run(["--lang", "en", "--help"]);
    expect(help.code).toBe(EXIT.done);
    expect(help.out).toContain("Usage: npm run --silent impact -- <command> [options]");
    expect(help.out).toContain(
      "  migrate     brings the database schema up to date (safe to repeat)",
    );
    expect(help.out).not.toMatch(/Gebruik|Opdrachten/);
  });

  it("gives every command's help in English, with --lang en after the command too", async () => {
    for (const command of commands) {
      const help = await run([command.name, "--help", "--lang", "en"]);
      expect(help.code, command.name).toBe(EXIT.done);
      expect(help.out, command.name).toMatch(new RegExp(`^Usage: impact ${command.name}\\b`));
    }
  });

  it("gives wrong calls and refusals in English, from --lang en or IMPACT_LANG=en", async () => {
    expect(await run(["reset", "--lang=en"])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(
        /^This removes all data\. Confirm with --yes\.\n\nUsage: impact reset --yes/,
      ),
    });
    expect(await run(["seed"], "en")).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining("Say which data: `seed demo` or `seed scale`."),
    });
    expect(await run(["verzin"], "en")).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/^Unknown command: verzin\n\nUsage:/),
    });
    const wrongOption = await run(["migrate", "--force"], "en");
    expect(wrongOption.code).toBe(EXIT.usage);
    expect(wrongOption.err).toContain("--force");
    expect(wrongOption.err).toContain("Usage: impact migrate");
    // The command's own --lang wins over the environment.
    expect((await run(["reset", "--lang", "en"], "nl")).err).toMatch(/^This removes all data/);
    expect((await run(["reset", "--lang", "nl"], "en")).err).toMatch(
      /^Dit verwijdert alle gegevens/,
    );
  });

  it("refuses a language it does not know", async () => {
    expect(await run(["--lang", "fr", "--help"])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/^--lang kent nl en en, niet fr\./),
    });
    expect(await run(["reset", "--yes", "--lang", "fr"])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/^--lang kent nl en en, niet fr\./),
    });
    expect(await run(["--help"], "fr")).toMatchObject({
      code: EXIT.failed,
      err: "IMPACT_LANG kent nl en en, niet fr.",
    });
  });
});

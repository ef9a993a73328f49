import { describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import { csv, writeText } from "../import/files";
import { useTestDatabase } from "../support/test-db";

describe("impact import and imports", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(argv, commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const editions = () =>
    writeText(
      "edities.csv",
      csv([
        ["editie_id", "gemeente", "jaar", "budget_eur"],
        ["zwolle-2021", "Zwolle", 2021, "40.000"],
      ]),
    );

  it("imports a file and says what it did", async () => {
    const { file } = await editions();
    const result = await run("import", file, "--by", "Buro Bries");
    expect(result).toMatchObject({ code: EXIT.done, err: "" });
    expect(result.out).toBe(
      "Geïmporteerd als import 1.\n  editions: 1 nieuw, 0 gewijzigd, 0 ongewijzigd",
    );
  });

  it("prints the contract's machine form with --json, and exits 1 on refused data", async () => {
    const { file } = await writeText(
      "edities.csv",
      csv([
        ["editie_id", "gemeente", "jaar", "budget_eur"],
        ["Zwolle 2022", "Zwolle", 2022, "veel"],
      ]),
    );
    const result = await run("import", file, "--json", "--lang", "en");
    expect(result.code).toBe(EXIT.failed);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual([
      "ok",
      "dry_run",
      "errors",
      "warnings",
      "ignored",
      "counts",
      "import_id",
      "error_count",
    ]);
    expect(report.errors).toEqual([
      {
        dataset: "editions",
        sheet: "edities.csv",
        row: 2,
        column: "edition_id",
        value: "Zwolle 2022",
        message:
          "Use only lower-case letters, digits and hyphens (2 to 64 characters), like groningen-2024.",
      },
      {
        dataset: "editions",
        sheet: "edities.csv",
        row: 2,
        column: "budget_eur",
        value: "veel",
        message: "This is not a number. Write for example 3000, 3000.50 or € 3.000,-.",
      },
    ]);
  });

  it("a dry run stores nothing", async () => {
    const { file } = await writeText(
      "edities.csv",
      csv([
        ["editie_id", "gemeente", "jaar", "budget_eur"],
        ["kampen-2021", "Kampen", 2021, 1000],
      ]),
    );
    const result = await run("import", file, "--dry-run");
    expect(result).toMatchObject({ code: EXIT.done });
    expect(result.out).toContain("Proefimport");
    expect(
      await test.db
        .selectFrom("editions")
        .select("edition_id")
        .where("edition_id", "=", "kampen-2021")
        .execute(),
    ).toEqual([]);
  });

  it.each([
    [["import"], "Geef één bestand om te importeren."],
    [["import", "/bestaat/niet.csv"], "Bestand niet gevonden: /bestaat/niet.csv"],
    [["import", "x.csv", "--lang", "fr"], "--lang kent nl en en, niet fr."],
    [["import", "x.csv", "--dataset", "leden"], "Onbekende dataset: leden."],
    [["imports", "undo", "twaalf"], "Geef het nummer van de import"],
    [["imports", "opschonen"], "Kies `imports list` of `imports undo <nummer>`."],
  ])("%j is a wrong call", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain(message);
  });

  it("lists the history and undoes an import once", async () => {
    const list = await run("imports", "list");
    expect(list.code).toBe(EXIT.done);
    expect(list.out).toMatch(
      /^1 {2}\S+ {2}Buro Bries {2}upsert {2}edities\.csv {2}[0-9a-f]{12} {2}zwolle-2021$/,
    );
    expect(await run("imports", "undo", "1")).toMatchObject({
      code: EXIT.done,
      out: "Import 1 (edities.csv) is teruggedraaid.",
    });
    expect(await run("imports", "undo", "1")).toMatchObject({
      code: EXIT.failed,
      err: "Import 1 is al teruggedraaid.",
    });
    expect(await run("imports", "undo", "77")).toMatchObject({
      code: EXIT.failed,
      err: "Import 77 bestaat niet.",
    });
    expect((await run("imports", "list")).out).toContain("(teruggedraaid)");
  });
});

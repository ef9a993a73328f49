import { migrateToLatest, resetDatabase } from "../../db/migrate.server";
import { isDatabaseEmpty, loadDemoData } from "../../seeds/demo-seed.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "brengt het databaseschema bij (veilig om vaker te draaien)",
  usage: "Gebruik: impact migrate\n\nVoert de migraties uit die de database nog niet heeft.",
  async run(args, io) {
    parseCommandArgs(args, {});
    const ran = await migrateToLatest(await io.db());
    io.out(ran.length ? `Uitgevoerd: ${ran.join(", ")}` : "Het schema is al bijgewerkt.");
    return EXIT.done;
  },
};

export const seedCommand: Command = {
  name: "seed",
  summary: "laadt de demodata in een lege database (seed demo)",
  usage: [
    "Gebruik: impact seed demo",
    "",
    "demo  vaste, herhaalbare demodata: SOC Groningen 2017–2022 en andere gemeenten.",
    "      Alleen in een lege database; maak die leeg met `impact reset --yes`.",
  ].join("\n"),
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1 || positionals[0] !== "demo") {
      throw new UsageError("Geef aan welke gegevens: `seed demo`.");
    }
    const db = await io.db();
    await migrateToLatest(db);
    if (!(await isDatabaseEmpty(db))) {
      throw new RefusedError(
        "De database bevat al edities; demodata gaat alleen in een lege database. Maak hem eerst leeg met `impact reset --yes`.",
      );
    }
    const counts = await loadDemoData(db);
    const summary = Object.entries(counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(", ");
    io.out(`Demodata geladen: ${summary}.`);
    return EXIT.done;
  },
};

export const resetCommand: Command = {
  name: "reset",
  summary: "maakt de database helemaal leeg (vraagt --yes)",
  usage: [
    "Gebruik: impact reset --yes",
    "",
    "Verwijdert alle gegevens en bouwt het schema opnieuw op. Dit kan niet ongedaan worden.",
  ].join("\n"),
  async run(args, io) {
    const { values } = parseCommandArgs(args, { yes: { type: "boolean" } });
    if (!values.yes) {
      throw new UsageError("Dit verwijdert alle gegevens. Bevestig met --yes.");
    }
    await resetDatabase(await io.db());
    io.out("De database is leeg. `impact seed demo` laadt de demodata opnieuw.");
    return EXIT.done;
  },
};

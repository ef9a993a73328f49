import { migrateToLatest, resetDatabase } from "../../db/migrate.server";
import { isDatabaseEmpty, loadDemoData } from "../../seeds/demo-seed.server";
import {
  DEFAULT_SCALE,
  MAX_SCALE_EFFECT,
  MAX_SCALE_YEARS,
  type ScaleOptions,
} from "../../seeds/scale";
import { loadScaleData } from "../../seeds/scale-seed.server";
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

const SCALE_OPTIONS = {
  municipalities: { type: "string" },
  years: { type: "string" },
  seed: { type: "string" },
  effect: { type: "string" },
} as const;

function wholeNumber(name: string, given: string | undefined, fallback: number, max: number) {
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`--${name} moet een geheel getal van 1 tot en met ${max} zijn.`);
  }
  return value;
}

/** A share such as 0.1 or 0,1, between −MAX_SCALE_EFFECT and MAX_SCALE_EFFECT. */
function effectOf(given: string | undefined): number {
  if (given === undefined) return DEFAULT_SCALE.effect;
  const text = given.trim();
  const value = Number(text.replace(",", "."));
  if (!/^-?\d+([.,]\d+)?$/.test(text) || Math.abs(value) > MAX_SCALE_EFFECT) {
    const max = String(MAX_SCALE_EFFECT).replace(".", ",");
    throw new UsageError(
      `--effect moet een kans tussen -${max} en ${max} zijn, zoals 0,1 (10 procentpunt).`,
    );
  }
  return value;
}

function scaleOptions(values: Partial<Record<keyof typeof SCALE_OPTIONS, string>>): ScaleOptions {
  return {
    municipalities: wholeNumber(
      "municipalities",
      values.municipalities,
      DEFAULT_SCALE.municipalities,
      10_000,
    ),
    years: wholeNumber("years", values.years, DEFAULT_SCALE.years, MAX_SCALE_YEARS),
    seed: wholeNumber("seed", values.seed, DEFAULT_SCALE.seed, 2 ** 32 - 1),
    effect: effectOf(values.effect),
  };
}

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
}

export const seedCommand: Command = {
  name: "seed",
  summary: "laadt demodata (seed demo) of landelijke testdata (seed scale) in een lege database",
  usage: [
    "Gebruik: impact seed demo",
    "         impact seed scale [--municipalities N] [--years J] [--seed S] [--effect P]",
    "",
    "demo   vaste, herhaalbare demodata: SOC Groningen 2017–2022 en andere gemeenten.",
    "scale  verzonnen data op landelijke schaal voor benchmarks: N gemeenten (350) elk",
    `       J jaar (10, hoogstens ${MAX_SCALE_YEARS}), ongeveer 100 aanmeldingen per editie;`,
    "       dezelfde S (zaadgetal) geeft dezelfde data. Een toekenning verhoogt de kans",
    "       dat een initiatief na 12 maanden nog loopt met P (0,1); elke aanvrager met een",
    "       plan wordt na 12 maanden gevolgd: een bekend effect voor `impact evaluate`.",
    "",
    "Alleen in een lege database; maak die leeg met `impact reset --yes`.",
  ].join("\n"),
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, SCALE_OPTIONS);
    const kind = positionals.length === 1 ? positionals[0] : undefined;
    if (kind !== "demo" && kind !== "scale") {
      throw new UsageError("Geef aan welke gegevens: `seed demo` of `seed scale`.");
    }
    if (kind === "demo" && Object.keys(values).length > 0) {
      throw new UsageError("`seed demo` heeft geen opties.");
    }
    const options = kind === "scale" ? scaleOptions(values) : undefined;
    const db = await io.db();
    await migrateToLatest(db);
    if (!(await isDatabaseEmpty(db))) {
      throw new RefusedError(
        "De database bevat al edities; demodata gaat alleen in een lege database. Maak hem eerst leeg met `impact reset --yes`.",
      );
    }
    if (!options) {
      io.out(`Demodata geladen: ${countsText(await loadDemoData(db))}.`);
      return EXIT.done;
    }
    const started = performance.now();
    let reported = 0;
    const counts = await loadScaleData(db, options, ({ editions, totalEditions }) => {
      // About ten progress lines, however large the run.
      if (editions === totalEditions || editions - reported >= totalEditions / 10) {
        reported = editions;
        io.out(`${editions} van ${totalEditions} edities geschreven…`);
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(`Schaaldata geladen in ${seconds} s: ${countsText(counts)}.`);
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

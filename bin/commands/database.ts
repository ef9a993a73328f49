import { translator } from "../../core/i18n/messages";
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
  summary: "cli.migrate.summary",
  usage: "cli.migrate.usage",
  async run(args, io) {
    parseCommandArgs(args, {});
    const t = translator(io.language);
    const ran = await migrateToLatest(await io.db("as-is"));
    io.out(
      ran.length ? t("cli.migrate.ran", { names: ran.join(", ") }) : t("cli.migrate.upToDate"),
    );
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
    throw new UsageError("cli.seed.wholeNumber", { name, max });
  }
  return value;
}

/** A share such as 0.1 or 0,1, between −MAX_SCALE_EFFECT and MAX_SCALE_EFFECT. */
function effectOf(given: string | undefined): number {
  if (given === undefined) return DEFAULT_SCALE.effect;
  const text = given.trim();
  const value = Number(text.replace(",", "."));
  if (!/^-?\d+([.,]\d+)?$/.test(text) || Math.abs(value) > MAX_SCALE_EFFECT) {
    // The bound is written out in the texts, in each language's notation.
    throw new UsageError("cli.seed.badEffect");
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
  summary: "cli.seed.summary",
  usage: "cli.seed.usage",
  usageValues: { maxYears: MAX_SCALE_YEARS },
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, SCALE_OPTIONS);
    const { lang: _lang, ...scaleValues } = values;
    const t = translator(io.language);
    const kind = positionals.length === 1 ? positionals[0] : undefined;
    if (kind !== "demo" && kind !== "scale") {
      throw new UsageError("cli.seed.which");
    }
    if (kind === "demo" && Object.keys(scaleValues).length > 0) {
      throw new UsageError("cli.seed.demoNoOptions");
    }
    const options = kind === "scale" ? scaleOptions(scaleValues) : undefined;
    const db = await io.db();
    await migrateToLatest(db);
    if (!(await isDatabaseEmpty(db))) {
      throw new RefusedError("cli.seed.notEmpty");
    }
    if (!options) {
      io.out(t("cli.seed.demoLoaded", { counts: countsText(await loadDemoData(db)) }));
      return EXIT.done;
    }
    const started = performance.now();
    let reported = 0;
    const counts = await loadScaleData(db, options, ({ editions, totalEditions }) => {
      // About ten progress lines, however large the run.
      if (editions === totalEditions || editions - reported >= totalEditions / 10) {
        reported = editions;
        io.out(t("cli.seed.progress", { editions, total: totalEditions }));
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(t("cli.seed.scaleLoaded", { seconds, counts: countsText(counts) }));
    return EXIT.done;
  },
};

export const resetCommand: Command = {
  name: "reset",
  summary: "cli.reset.summary",
  usage: "cli.reset.usage",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { yes: { type: "boolean" } });
    if (!values.yes) {
      throw new UsageError("cli.reset.confirm");
    }
    await resetDatabase(await io.db("as-is"));
    io.out(translator(io.language)("cli.reset.done"));
    return EXIT.done;
  },
};

import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import { ConfigError, loadConfig } from "../../db/config";

describe("loadConfig", () => {
  it("defaults to embedded PGlite in .data, port 3000, with demo data", () => {
    const config = loadConfig({}, "/srv/impact");
    expect(config).toEqual({
      database: { kind: "pglite", dataDir: path.resolve("/srv/impact/.data") },
      port: 3000,
      demoOnStart: true,
      importLimits: DEFAULT_IMPORT_LIMITS,
      pseudonymSecret: null,
      grantIdPrefix: "360G-socimpact",
      funders: new Map(),
      dataSource: null,
      workers: 1,
      retentionYears: 7,
      mail: null,
      publicUrl: "http://localhost:3000",
    });
  });

  it("takes the public address without its trailing slash, and refuses one that is no web address", () => {
    expect(loadConfig({ IMPACT_PUBLIC_URL: "https://impact.example.nl/" }).publicUrl).toBe(
      "https://impact.example.nl",
    );
    expect(() => loadConfig({ IMPACT_PUBLIC_URL: "impact.example.nl" })).toThrow(
      /IMPACT_PUBLIC_URL moet een webadres/,
    );
  });

  it("takes the mail server and sender, and refuses a wrong one or a server without sender", () => {
    const mail = {
      SMTP_URL: "smtps://u:p@mail.example.nl:465",
      SMTP_FROM: "SOC <aanmelden@example.nl>",
    };
    expect(loadConfig(mail).mail).toEqual({
      url: "smtps://u:p@mail.example.nl:465",
      from: "SOC <aanmelden@example.nl>",
    });
    expect(() => loadConfig({ ...mail, SMTP_URL: "mail.example.nl" })).toThrow(
      /SMTP_URL moet een adres/,
    );
    expect(() => loadConfig({ ...mail, SMTP_FROM: "aanmelden" })).toThrow(
      /SMTP_FROM moet een e-mailadres/,
    );
    expect(() => loadConfig({ SMTP_URL: mail.SMTP_URL })).toThrow(
      /SMTP_FROM is nodig naast SMTP_URL/,
    );
  });

  it("takes the retention period in whole years above 0", () => {
    expect(loadConfig({ IMPACT_RETENTION_YEARS: "10" }).retentionYears).toBe(10);
    expect(() => loadConfig({ IMPACT_RETENTION_YEARS: "0" })).toThrow(
      /IMPACT_RETENTION_YEARS moet een aantal jaren groter dan 0 zijn/,
    );
    expect(() => loadConfig({ IMPACT_RETENTION_YEARS: "zeven" })).toThrow(/IMPACT_RETENTION_YEARS/);
  });

  it("runs one web process per core on PostgreSQL (at most 4), as many as asked, and one on PGlite", () => {
    const url = "postgres://impact@db.example.nl:5432/impact";
    expect(loadConfig({ DATABASE_URL: url }).workers).toBe(Math.min(availableParallelism(), 4));
    expect(loadConfig({ DATABASE_URL: url, IMPACT_WORKERS: "3" }).workers).toBe(3);
    expect(loadConfig({ IMPACT_WORKERS: "1" }).workers).toBe(1);
    expect(() => loadConfig({ IMPACT_WORKERS: "2" })).toThrow(
      /IMPACT_WORKERS kan alleen 1 zijn met de ingebouwde database/,
    );
    expect(() => loadConfig({ DATABASE_URL: url, IMPACT_WORKERS: "0" })).toThrow(
      /IMPACT_WORKERS moet een aantal processen groter dan 0 zijn/,
    );
  });

  it("takes the pseudonym key and the 360Giving prefix from the environment", () => {
    const secret = "0123456789abcdef0123456789abcdef";
    const config = loadConfig({ IMPACT_SECRET: secret, IMPACT_360_PREFIX: "360G-bries" });
    expect(config).toMatchObject({ pseudonymSecret: secret, grantIdPrefix: "360G-bries" });
  });

  it("takes the 360Giving funders and data source from the environment, and refuses a wrong form", () => {
    const config = loadConfig({
      IMPACT_360_FUNDERS: "Groningen=GM0014:01234567; Súdwest-Fryslân = GM1900",
      IMPACT_360_DATA_SOURCE: "https://opendata.example.nl/360giving.json",
    });
    expect(config.funders.get("groningen")).toEqual({ cbsCode: "GM0014", kvkNumber: "01234567" });
    expect(config.funders.get("súdwest-fryslân")).toEqual({ cbsCode: "GM1900", kvkNumber: null });
    expect(config.dataSource).toBe("https://opendata.example.nl/360giving.json");
    expect(() => loadConfig({ IMPACT_360_FUNDERS: "Groningen=0014" })).toThrow(
      /IMPACT_360_FUNDERS moet per gemeente haar CBS-code/,
    );
    expect(() => loadConfig({ IMPACT_360_FUNDERS: "Groningen=GM0014:1234" })).toThrow(
      /IMPACT_360_FUNDERS/,
    );
    expect(() => loadConfig({ IMPACT_360_DATA_SOURCE: "opendata.example.nl" })).toThrow(
      /IMPACT_360_DATA_SOURCE moet een webadres zijn/,
    );
  });

  it("uses PostgreSQL when DATABASE_URL is set, without demo data unless asked", () => {
    const url = "postgres://impact@db.example.nl:5432/impact";
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({
      kind: "postgres",
      connectionString: url,
      preparedStatements: true,
    });
    // Behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode before 1.21).
    const pooled = loadConfig({ DATABASE_URL: url, IMPACT_PREPARED_STATEMENTS: "0" }).database;
    expect(pooled).toEqual({ kind: "postgres", connectionString: url, preparedStatements: false });
    expect(() => loadConfig({ DATABASE_URL: url, IMPACT_PREPARED_STATEMENTS: "nee" })).toThrow(
      /IMPACT_PREPARED_STATEMENTS moet 0 of 1 zijn/,
    );
    expect(loadConfig({ DATABASE_URL: url }).demoOnStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, IMPACT_DEMO: "1" }).demoOnStart).toBe(true);
    expect(loadConfig({ IMPACT_DEMO: "0" }).demoOnStart).toBe(false);
  });

  it("treats an empty variable as not set", () => {
    expect(loadConfig({ DATABASE_URL: "  ", PORT: "" }, "/x").database.kind).toBe("pglite");
  });

  it("resolves IMPACT_DATA_DIR against the working folder", () => {
    const config = loadConfig({ IMPACT_DATA_DIR: "data/db" }, "/srv/impact");
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/srv/impact/data/db" });
  });

  it.each([
    [
      { DATABASE_URL: "mysql://root@localhost/test" },
      "DATABASE_URL moet een PostgreSQL-adres zijn",
    ],
    [{ PORT: "http" }, "PORT moet een poortnummer zijn"],
    [{ PORT: "70000" }, "PORT moet tussen 1 en 65535 liggen"],
    [{ IMPACT_DEMO: "yes" }, "IMPACT_DEMO moet 0 of 1 zijn"],
    [{ IMPACT_SECRET: "geheim" }, "IMPACT_SECRET moet minstens 32 tekens lang zijn"],
    [{ IMPACT_360_PREFIX: "socimpact" }, "IMPACT_360_PREFIX moet beginnen met 360G-"],
    [{ IMPACT_360_PREFIX: "360G-soc impact" }, "IMPACT_360_PREFIX moet beginnen met 360G-"],
  ])("refuses %o with a message that names the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("says what is wrong in English too, the same lines in the same order", () => {
    const error = (() => {
      try {
        loadConfig({ PORT: "x", IMPACT_MAX_ROWS: "0", IMPACT_WORKERS: "1.5" });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const config = error as ConfigError;
    expect(config.message).toBe(
      [
        "De configuratie klopt niet. Pas deze omgevingsvariabelen aan:",
        "- PORT moet een poortnummer zijn",
        "- IMPACT_WORKERS moet een aantal processen zijn (een geheel getal)",
        "- IMPACT_MAX_ROWS moet een aantal rijen groter dan 0 zijn",
      ].join("\n"),
    );
    expect(config.in("en")).toBe(
      [
        "The configuration is wrong. Change these environment variables:",
        "- PORT must be a port number",
        "- IMPACT_WORKERS must be a number of processes (a whole number)",
        "- IMPACT_MAX_ROWS must be a number of rows greater than 0",
      ].join("\n"),
    );
  });

  it("lists every wrong variable at once", () => {
    expect(() => loadConfig({ PORT: "x", IMPACT_DEMO: "2" })).toThrow(/PORT[\s\S]*IMPACT_DEMO/);
  });
});

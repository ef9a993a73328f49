// The real entry point in a child process: exit codes as a shell sees them.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function impact(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "bin/impact.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each call starts a TypeScript process: about a second on these machines,
// ten times that when the machine is busy with other work.
describe("impact as a process", { timeout: 60_000 }, () => {
  it("prints help and exits 0", () => {
    const result = impact(["--help"]);
    expect(result.code).toBe(0);
    for (const name of ["migrate", "seed", "reset", "serve"]) expect(result.out).toContain(name);
  });

  it("prints a command's help", () => {
    const result = impact(["reset", "--help"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Gebruik: impact reset --yes");
  });

  it("exits 2 for an unknown command and for no command", () => {
    const unknown = impact(["verzin"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Onbekende opdracht: verzin");
    expect(impact([]).code).toBe(2);
  });

  it("exits 1 with a clear message when the configuration is wrong", () => {
    const result = impact(["migrate"], { DATABASE_URL: "mysql://root@localhost/test" });
    expect(result.code).toBe(1);
    expect(result.err).toContain("DATABASE_URL moet een PostgreSQL-adres zijn");
  });

  it("says it in English with IMPACT_LANG=en", () => {
    const result = impact(["migrate"], {
      DATABASE_URL: "mysql://root@localhost/test",
      IMPACT_LANG: "en",
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain("The configuration is wrong. Change these environment variables:");
    expect(result.err).toContain("- DATABASE_URL must be a PostgreSQL address");
  });
});

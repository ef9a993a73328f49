// The scenario of issue 24 with the built app: the app runs on its embedded
// folder, a command-line import on the same folder is refused (it used to
// report success and then be lost), the app's data is unchanged after a
// restart, and the same import done after stopping the app stays.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { impact, type RunningApp, sessionCookie, startApp } from "./app-server";

/** The status of the new edition's page, as the administrator sees it. */
async function editionStatus(app: RunningApp): Promise<number> {
  const cookie = await sessionCookie(app, "beheer@demo.soc", "demo-beheer-2026");
  const response = await fetch(`${app.url}/edities/testdorp-2021`, { headers: { Cookie: cookie } });
  await response.arrayBuffer();
  return response.status;
}

// Three starts of the app (the first loads the demo data) and two commands: minutes on a busy machine.
describe("the app and a command on one embedded folder", { timeout: 300_000 }, () => {
  let dir: string;
  let app: RunningApp | undefined;

  afterAll(async () => {
    await app?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("refuses the command while the app runs, and loses nothing", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "impact-one-writer-app-"));
    // Named after its dataset, as the import asks.
    const files = await mkdtemp(path.join(tmpdir(), "impact-one-writer-file-"));
    const file = path.join(files, "edities.csv");
    await writeFile(
      file,
      "editie_id,gemeente,jaar,budget_eur\ntestdorp-2021,Testdorp,2021,40000\n",
    );
    try {
      app = await startApp(undefined, { dataDir: dir });
      expect(await editionStatus(app)).toBe(404);

      const refused = await impact(dir, ["import", file]);
      expect(refused.code).toBe(1);
      expect(refused.out).toBe("");
      expect(refused.err).toContain(
        `is al open in de webapp (proces ${app.pid}, http://localhost:${app.port})`,
      );
      expect(refused.err).toContain("stop eerst de app");

      // Restarted, the app has what it had: the refused import wrote nothing.
      await app.stop();
      app = await startApp(undefined, { dataDir: dir });
      expect(await editionStatus(app)).toBe(404);

      // Done as the message says (the app stopped first), the import stays.
      await app.stop();
      app = undefined;
      const imported = await impact(dir, ["import", file]);
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toContain("editions: 1 nieuw");
      app = await startApp(undefined, { dataDir: dir });
      expect(await editionStatus(app)).toBe(200);
    } finally {
      await rm(files, { recursive: true, force: true });
    }
  });
});

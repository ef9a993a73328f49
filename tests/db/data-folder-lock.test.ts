// The data folder's lock in this process, on real files: who may take a
// folder, and what a refusal says (decision 019).
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../core/i18n/user-error";
import {
  folderOwner,
  type LockOwner,
  lockDataFolder,
  processStartTime,
} from "../../db/data-folder-lock.server";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "impact-lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lockFiles = async () => (await readdir(dir)).filter((name) => name.startsWith("impact.lock"));

async function refusal(): Promise<UserError> {
  const error = await lockDataFolder(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** A lock file as another process would have left it. */
async function leaveLock(n: number, owner: Partial<LockOwner>) {
  const content: LockOwner = {
    pid: process.pid,
    started: processStartTime(process.pid),
    boot: null,
    host: hostname(),
    command: "impact.ts import edities.csv",
    since: new Date().toISOString(),
    ...owner,
  };
  await writeFile(path.join(dir, `impact.lock.${n}`), JSON.stringify(content));
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("the data folder's lock", () => {
  it("is taken by one holder at a time, and free again after release", async () => {
    const lock = await lockDataFolder(dir);
    expect(folderOwner(dir)?.pid).toBe(process.pid);
    const refused = await refusal();
    expect(refused.key).toBe("lock.heldBy");
    expect(refused.message).toContain(`proces ${process.pid}`);
    expect(refused.message).toContain(dir);
    await lock.release();
    await lock.release();
    expect(folderOwner(dir)).toBeNull();
    const again = await lockDataFolder(dir);
    // Old numbers are cleared away: one file says who has the folder.
    expect(await lockFiles()).toEqual([path.basename(again.file)]);
    await again.release();
  });

  it("names the app's port once it serves, in Dutch and English", async () => {
    const lock = await lockDataFolder(dir);
    await lock.recordPort(3123);
    const refused = await refusal();
    expect(refused.key).toBe("lock.heldByApp");
    expect(refused.message).toContain(`webapp (proces ${process.pid}, http://localhost:3123)`);
    expect(refused.message).toContain("stop eerst de app");
    expect(refused.in("en")).toContain(`web app (process ${process.pid}, http://localhost:3123)`);
    expect(refused.message).not.toMatch(/\n\s+at /);
    await lock.release();
  });

  it("takes over the lock of a process that is gone", async () => {
    await leaveLock(7, { pid: deadPid() });
    const lock = await lockDataFolder(dir);
    expect(path.basename(lock.file)).toBe("impact.lock.8");
    expect(await lockFiles()).toEqual(["impact.lock.8"]);
    await lock.release();
  });

  it("takes over a lock whose pid now belongs to a later process", async () => {
    // This very pid, with another start time: the process that wrote it is gone.
    await leaveLock(3, { started: "1" });
    const lock = await lockDataFolder(dir);
    expect(path.basename(lock.file)).toBe("impact.lock.4");
    await lock.release();
  });

  it("takes over a lock from before the machine restarted", async () => {
    const bootId = await readFile("/proc/sys/kernel/random/boot_id", "utf8").catch(() => null);
    if (bootId === null) return;
    await leaveLock(0, { boot: "another-boot" });
    const lock = await lockDataFolder(dir);
    await lock.release();
  });

  it("respects a live process's lock, and another computer's", async () => {
    await leaveLock(2, {});
    expect((await refusal()).key).toBe("lock.heldBy");
    await leaveLock(5, { host: "elders", pid: 1 });
    const refused = await refusal();
    expect(refused.key).toBe("lock.heldElsewhere");
    expect(refused.message).toContain(path.join(dir, "impact.lock.5"));
  });

  it("takes over a lock file that names no process", async () => {
    await writeFile(path.join(dir, "impact.lock.0"), "");
    const lock = await lockDataFolder(dir);
    await lock.release();
  });
});

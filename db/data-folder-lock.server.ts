// One process at a time opens an embedded data folder (decision 019). Two
// PGlite instances on one folder each keep their own view of it in memory,
// and the one that closes last writes its view over the other's work.
//
// The lock is a numbered file in the folder, `impact.lock.<n>`; the highest
// number says who has the folder: a process (its pid, its start time from
// /proc/<pid>/stat and the boot it belongs to, so that a reused pid is not
// taken for the owner), or nobody ("free", left by a clean close). A
// process takes the folder by creating the next number, complete with its
// contents (a hard link of a file it wrote first, which fails when the name
// exists): of any number of processes that find the same stale or free lock,
// exactly one creates the next file, and the others see it and are refused.
// A crashed owner (kill -9, power cut) leaves its file behind; its process is
// gone, so the next opener takes over without anyone removing anything.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { link, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { UserError } from "../core/i18n/user-error";

const LOCK_FILE = /^impact\.lock\.(\d+)$/;
const lockName = (n: number) => `impact.lock.${n}`;

/** The folder is another process's: the command does nothing and says who has it. */
export class DataFolderHeldError extends UserError {
  override name = "DataFolderHeldError";
}

/** Who has the folder, as written in the lock file. */
export interface LockOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat); null where there is no /proc. */
  started: string | null;
  /** The boot it ran in (/proc/sys/kernel/random/boot_id); null where there is no /proc. */
  boot: string | null;
  host: string;
  /** What the process runs, for the message: `impact.ts import edities.csv`. */
  command: string;
  /** When it took the folder (ISO time). */
  since: string;
  /** The port it serves the app on, once it does. */
  port?: number;
}

type LockContent = LockOwner | { free: true };

/** Field 22 of /proc/<pid>/stat: when the process started; null when unknown. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The name in field 2 is in parentheses and may itself hold spaces or ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return null;
  }
}

function currentCommand(): string {
  const [, script, ...args] = process.argv;
  return [script ? path.basename(script) : "node", ...args].join(" ").slice(0, 200);
}

/** Whether the process named in a lock may still have the folder open. */
export function ownerAlive(owner: LockOwner): boolean {
  // Another machine's processes cannot be seen from here: respected.
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists but is another user's.
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  if (owner.started === null) return true;
  const started = processStartTime(owner.pid);
  // The pid now belongs to a process that started later: the owner is gone.
  return started === null || started === owner.started;
}

/** The lock files of a folder, highest number first. */
async function lockFiles(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((name) => LOCK_FILE.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** Creates `file` with `content` whole, or returns false when it exists. */
async function createWhole(dir: string, file: string, content: LockContent): Promise<boolean> {
  const scratch = path.join(
    dir,
    `impact.lock-new.${process.pid}.${randomBytes(6).toString("hex")}`,
  );
  await writeFile(scratch, `${JSON.stringify(content)}\n`);
  try {
    await link(scratch, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(scratch).catch(() => {});
  }
}

async function removeBelow(dir: string, n: number): Promise<void> {
  for (const older of await lockFiles(dir)) {
    if (older < n) await unlink(path.join(dir, lockName(older))).catch(() => {});
  }
}

export interface DataFolderLock {
  /** The lock file this process holds. */
  readonly file: string;
  /** Adds the app's port to the lock, for the message another process gets. */
  recordPort: (port: number) => Promise<void>;
  /** Leaves the folder free for the next process; safe to call twice. */
  release: () => Promise<void>;
}

/** How often a process that lost a race looks again before it gives up: it never waits long. */
const ATTEMPTS = 20;

/**
 * Takes the data folder `dir` (which exists) for this process, or throws a
 * UserError that says who has it and what to do. Never waits: a folder in
 * use is refused at once.
 */
export async function lockDataFolder(dir: string): Promise<DataFolderLock> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [top] = await lockFiles(dir);
    let next = 0;
    if (top !== undefined) {
      let content: LockContent | null;
      try {
        content = JSON.parse(await readFile(path.join(dir, lockName(top)), "utf8")) as LockContent;
      } catch (error) {
        // Removed meanwhile by the process that took a newer number: look again.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        // Written by hand or half-written by a full disk: it names no live process.
        content = null;
      }
      if (content && !("free" in content) && ownerAlive(content)) refuse(dir, top, content);
      next = top + 1;
    }
    const owner: LockOwner = {
      pid: process.pid,
      started: processStartTime(process.pid),
      boot: bootId(),
      host: hostname(),
      command: currentCommand(),
      since: new Date().toISOString(),
    };
    const file = path.join(dir, lockName(next));
    if (!(await createWhole(dir, file, owner))) continue;
    await removeBelow(dir, next);
    return heldLock(dir, next, owner);
  }
  throw new DataFolderHeldError("lock.busy", { dir });
}

function refuse(dir: string, n: number, owner: LockOwner): never {
  const values = { dir, pid: owner.pid, command: owner.command };
  if (owner.host !== hostname())
    throw new DataFolderHeldError("lock.heldElsewhere", {
      ...values,
      host: owner.host,
      file: path.join(dir, lockName(n)),
    });
  if (owner.port !== undefined)
    throw new DataFolderHeldError("lock.heldByApp", { ...values, port: owner.port });
  throw new DataFolderHeldError("lock.heldBy", values);
}

function heldLock(dir: string, n: number, owner: LockOwner): DataFolderLock {
  const file = path.join(dir, lockName(n));
  let released: Promise<void> | undefined;
  return {
    file,
    async recordPort(port) {
      if (released) return;
      // Written aside and renamed over: a reader sees the old contents or the new, whole.
      const scratch = `${file}-new`;
      await writeFile(scratch, `${JSON.stringify({ ...owner, port })}\n`);
      await rename(scratch, file);
    },
    release() {
      released ??= (async () => {
        // The next number says "free"; nobody else creates it while this one is held.
        await createWhole(dir, path.join(dir, lockName(n + 1)), { free: true });
        await removeBelow(dir, n + 1);
      })();
      return released;
    },
  };
}

/** Who holds `dir` now, if anyone (for tests and diagnostics). */
export function folderOwner(dir: string): LockOwner | null {
  const numbers = readdirSync(dir)
    .map((name) => LOCK_FILE.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
  if (numbers[0] === undefined) return null;
  try {
    const content = JSON.parse(
      readFileSync(path.join(dir, lockName(numbers[0])), "utf8"),
    ) as LockContent;
    return "free" in content || !ownerAlive(content) ? null : content;
  } catch {
    return null;
  }
}

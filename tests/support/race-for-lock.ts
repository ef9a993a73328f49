// One contender for a data folder's lock: on each line "go <folder>" on
// standard input it tries to take the folder and prints "won" or
// "refused"; on "release" it frees what it won and prints "released".
import { createInterface } from "node:readline";
import type { DataFolderLock } from "../../db/data-folder-lock.server";
import { lockDataFolder } from "../../db/data-folder-lock.server";

let held: DataFolderLock | undefined;
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  if (line.startsWith("go ")) {
    try {
      held = await lockDataFolder(line.slice(3));
      console.log("won");
    } catch (error) {
      console.log(`refused ${(error as Error).name}`);
    }
  } else if (line === "release") {
    await held?.release();
    held = undefined;
    console.log("released");
  }
}

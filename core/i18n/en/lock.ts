// The lock's messages in English, key for key the Dutch ones.
import type { lockNl } from "../nl/lock";

export const lockEn: Record<keyof typeof lockNl, string> = {
  "lock.heldByApp":
    "The embedded database in {dir} is already open in the web app (process {pid}, http://localhost:{port}). One process at a time may open it, so nothing was done and nothing changed. Do it on the web page at http://localhost:{port}, or stop the app first (Ctrl+C in its terminal, or kill {pid}) and try again.",
  "lock.heldBy":
    "The embedded database in {dir} is already open in another process (process {pid}: {command}). One process at a time may open it, so nothing was done and nothing changed. Wait until that process is done or stop it (kill {pid}), and try again.",
  "lock.heldElsewhere":
    "The embedded database in {dir} is already open on another computer ({host}, process {pid}: {command}). One process at a time may open it, so nothing was done and nothing changed. Stop that process first; if it surely no longer runs there, remove {file} and try again.",
  "lock.busy":
    "The embedded database in {dir} is being opened and closed by other processes just now; nothing was done and nothing changed. Try again in a few seconds.",
};

// Writing to the export's output (a file or an HTTP response) at the pace of
// its reader: the writers wait for `drain` between batches, so a slow reader
// slows the export down instead of letting it pile up in memory, and a reader
// that goes away stops it.
import { type EventEmitter, once } from "node:events";
import type { Writable } from "node:stream";
import { UserError } from "../../core/i18n/user-error";

/** The output closed before the export was written: its reader went away. */
export class ExportAbortedError extends UserError {
  override name = "ExportAbortedError";
  constructor() {
    super("workbook.aborted");
  }
}

/** A signal that aborts when the output fails, or closes before it was finished. */
export function abortWhenClosed(output: Writable): AbortSignal {
  const controller = new AbortController();
  output.once("error", (error) => controller.abort(error));
  output.once("close", () => {
    if (!output.writableFinished) controller.abort(new ExportAbortedError());
  });
  return controller.signal;
}

/**
 * Resolves once `emitter`, a stream that is `full`, emits `drain`, or
 * throws why the export stopped.
 */
export async function drainedWhenFull(
  emitter: EventEmitter,
  full: boolean,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  if (!full) return;
  try {
    await once(emitter, "drain", { signal });
  } catch (error) {
    signal.throwIfAborted();
    throw error;
  }
}

/** Resolves once `stream` can take more, or throws why the export stopped. */
export function drained(stream: Writable, signal: AbortSignal): Promise<void> {
  return drainedWhenFull(stream, stream.writableNeedDrain, signal);
}

/** Rejects when the signal aborts. */
function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  // Whoever loses the race must not become an unhandled rejection.
  aborted.catch(() => {});
  return aborted;
}

/**
 * Waits for a writer's last step (its flush, the output's `finish`), which a
 * reader that went away would leave pending for ever; a failure that the
 * vanished reader caused is reported as that.
 */
export async function finishing(done: Promise<unknown>, signal: AbortSignal): Promise<void> {
  try {
    await Promise.race([done, whenAborted(signal)]);
  } catch (error) {
    signal.throwIfAborted();
    throw error;
  }
}

export async function writeChunk(
  stream: Writable,
  chunk: string | Buffer,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  stream.write(chunk);
  await drained(stream, signal);
}

// A zip written to an output (a file or an HTTP response) while its entries
// are made: each entry is compressed as its chunks come, at the reader's
// pace, so no entry and no whole archive is held in memory. The CSV export
// and the feedback letters both write through it.
import type { Writable } from "node:stream";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { abortWhenClosed, finishing, writeChunk } from "./output";

export const ZIP_CONTENT_TYPE = "application/zip";

export interface ZipEntry {
  /** The file's name inside the zip. */
  name: string;
  chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>;
}

/** Writes the entries, one after another, into a zip on `output`, and ends it. */
export async function writeZip(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  output: Writable,
  modified: Date,
): Promise<void> {
  const signal = abortWhenClosed(output);
  const zip = new yazl.ZipFile();
  const zipped = pipeline(zip.outputStream, output);
  // Awaited at the end; until then a failure of the output surfaces through `signal`.
  zipped.catch(() => {});
  for await (const { name, chunks } of entries) {
    signal.throwIfAborted();
    const entry = new PassThrough();
    zip.addReadStream(entry, name, { mtime: modified });
    for await (const chunk of chunks) await writeChunk(entry, chunk, signal);
    entry.end();
  }
  zip.end();
  await finishing(zipped, signal);
}

// A web upload waits between the check (a dry run) and the confirmed import
// in the database (db/queries/uploads, migration 0010), under an unguessable
// token, owned by the user who uploaded it and for an hour at most: the
// confirmation may reach another app server than the check did. The reader
// takes a file, so each step writes the bytes to a temporary file of its own
// and removes it as soon as the step is done.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createFileUploadHandler as createFileUploadHandler,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  MaxPartSizeExceededError,
  type NodeOnDiskFile,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import type { Db } from "../db/connection.server";
import {
  discardPendingUpload,
  pendingUpload,
  storePendingUpload,
} from "../db/queries/uploads.server";

const UPLOAD_DIR = path.join(tmpdir(), "impact-uploads");
const TOKEN = /^[0-9a-f]{32}$/;

export interface Upload {
  /** Where the file is while this request reads it, named by its token. */
  path: string;
  /** The name the user's file had. */
  name: string;
  token: string;
}

export type UploadResult =
  | { ok: true; form: FormData; file: Upload | null }
  | { ok: false; reason: "too_large" };

/**
 * Reads a multipart form, its file (at most maxBytes) into the database under
 * a new token for `userId`, and into a temporary file for the check; call
 * `doneReading` when the check is over.
 */
export async function receiveUpload(
  request: Request,
  maxBytes: number,
  db: Db,
  userId: number,
): Promise<UploadResult> {
  await mkdir(UPLOAD_DIR, { recursive: true });
  const token = randomBytes(16).toString("hex");
  let name = "";
  const handler = composeUploadHandlers(
    createFileUploadHandler({
      directory: UPLOAD_DIR,
      maxPartSize: maxBytes,
      file: ({ filename }) => {
        name = filename;
        return token;
      },
      avoidFileConflicts: false,
    }),
    // the other fields of the form, which are small
    createMemoryUploadHandler({ maxPartSize: 10_000 }),
  );
  try {
    const form = await parseMultipartFormData(request, handler);
    const file = form.get("bestand") as NodeOnDiskFile | string | null;
    const stored = file !== null && typeof file !== "string" && file.size > 0;
    if (!stored) {
      await rm(path.join(UPLOAD_DIR, token), { force: true });
      return { ok: true, form, file: null };
    }
    const filePath = file.getFilePath();
    const fileName = path.basename(name);
    await storePendingUpload(db, {
      token,
      userId,
      fileName,
      content: await readFile(filePath),
    });
    return { ok: true, form, file: { path: filePath, name: fileName, token } };
  } catch (error) {
    await rm(path.join(UPLOAD_DIR, token), { force: true });
    if (error instanceof MaxPartSizeExceededError) return { ok: false, reason: "too_large" };
    throw error;
  }
}

/** Removes this server's temporary copy; the upload itself waits in the database. */
export async function doneReading(upload: Upload): Promise<void> {
  await rm(upload.path, { force: true });
}

/**
 * Runs `use` on the upload under `token` (written to a temporary file), if
 * it is this user's and has not expired; null otherwise. The upload is gone
 * afterwards, whatever `use` did.
 */
export async function withPendingUpload<T>(
  db: Db,
  token: unknown,
  userId: number,
  use: (file: string) => Promise<T>,
): Promise<T | null> {
  if (typeof token !== "string" || !TOKEN.test(token)) return null;
  const upload = await pendingUpload(db, token, userId);
  if (!upload) return null;
  await mkdir(UPLOAD_DIR, { recursive: true });
  const file = path.join(UPLOAD_DIR, `${token}-${randomBytes(4).toString("hex")}`);
  await writeFile(file, upload.content);
  try {
    return await use(file);
  } finally {
    await rm(file, { force: true });
    await discardPendingUpload(db, token);
  }
}

export async function discardUpload(db: Db, token: string): Promise<void> {
  await discardPendingUpload(db, token);
}

// Uploaded files wait on disk between the check (a dry run) and the confirmed
// import, under an unguessable token. Nothing else is kept: a file is removed
// after its import, and files older than a day are swept away.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
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

const UPLOAD_DIR = path.join(tmpdir(), "impact-uploads");
const TOKEN = /^[0-9a-f]{32}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Upload {
  /** Where the file waits, named by its token. */
  path: string;
  /** The name the user's file had. */
  name: string;
  token: string;
}

export type UploadResult =
  | { ok: true; form: FormData; file: Upload | null }
  | { ok: false; reason: "too_large" };

async function sweep(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(UPLOAD_DIR)) {
    const file = path.join(UPLOAD_DIR, name);
    if (now - (await stat(file)).mtimeMs > DAY_MS) await rm(file, { force: true });
  }
}

/** Reads a multipart form, writing its file (at most maxBytes) under a new token. */
export async function receiveUpload(request: Request, maxBytes: number): Promise<UploadResult> {
  await mkdir(UPLOAD_DIR, { recursive: true });
  await sweep();
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
    return {
      ok: true,
      form,
      file: stored ? { path: file.getFilePath(), name: path.basename(name), token } : null,
    };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      await rm(path.join(UPLOAD_DIR, token), { force: true });
      return { ok: false, reason: "too_large" };
    }
    throw error;
  }
}

/** The path of an uploaded file, or null for a token that is not one of ours. */
export function uploadedPath(token: unknown): string | null {
  return typeof token === "string" && TOKEN.test(token) ? path.join(UPLOAD_DIR, token) : null;
}

export async function discardUpload(token: string): Promise<void> {
  const file = uploadedPath(token);
  if (file) await rm(file, { force: true });
}

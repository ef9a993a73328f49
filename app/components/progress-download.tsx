// A download link that says what is happening. Without JavaScript it is a
// plain link and the browser downloads the file as usual. With JavaScript the
// page fetches the file itself, so it can show in a live region that the file
// is being made and how much has arrived (exports are streamed without a
// length, so there is no percentage), refuse a second start meanwhile, say
// clearly why a download failed, and then hand the file to the browser.
import { type MouseEvent, useRef, useState } from "react";
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber } from "../../core/format";
import type { MessageKey, Translate } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { LiveStatus } from "./live-status";

const KB = 1024;
const MB = KB * KB;
/** Screen readers queue every change of a live region: at most one update a second. */
const UPDATE_EVERY_MS = 1000;

type Progress =
  | { state: "idle" }
  | { state: "busy"; received: number }
  | { state: "done"; file: string; size: number }
  | { state: "failed"; reason: string };

/** "512 kB", "2,4 MB": what a person reads in a file manager. */
export function formatSize(bytes: number, language: Language): string {
  return bytes < MB
    ? `${formatNumber(Math.ceil(bytes / KB), language, 0)} kB`
    : `${formatNumber(bytes / MB, language, 1)} MB`;
}

/** The file name the server gave in Content-Disposition, else the URL's last part. */
export function downloadName(disposition: string | null, href: string): string {
  const given = /filename="([^"]+)"/.exec(disposition ?? "")?.[1];
  return given ?? new URL(href, "http://localhost").pathname.split("/").pop() ?? "download";
}

/** Why a response is not the file: the server's own plain-text message, else its status. */
async function failureReason(response: Response, t: Translate): Promise<string> {
  if (response.headers.get("Content-Type")?.startsWith("text/plain")) {
    const text = (await response.text()).trim();
    if (text && text.length < 500) return text;
  }
  return t("download.failedStatus", { status: response.status });
}

/**
 * Reads a body to its end, telling `onProgress` how many bytes arrived, at
 * most once per `everyMs`.
 */
export async function readCounting(
  body: ReadableStream<Uint8Array>,
  onProgress: (received: number) => void,
  everyMs = UPDATE_EVERY_MS,
  now: () => number = Date.now,
): Promise<{ chunks: Uint8Array[]; received: number }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let shown = now();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    received += read.value.byteLength;
    if (now() - shown >= everyMs) {
      shown = now();
      onProgress(received);
    }
  }
  return { chunks, received };
}

function save(blob: Blob, fileName: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // The browser reads the blob after this task: revoke it later, not now.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function statusText(
  progress: Progress,
  busyText: MessageKey,
  t: Translate,
  language: Language,
): string {
  switch (progress.state) {
    case "idle":
      return "";
    case "busy":
      return progress.received > 0
        ? `${t(busyText)} ${t("download.received", { size: formatSize(progress.received, language) })}`
        : t(busyText);
    case "done":
      return t("download.done", { file: progress.file, size: formatSize(progress.size, language) });
    case "failed":
      return t("download.failed", { reason: progress.reason });
  }
}

export function ProgressDownload({
  href,
  busyText,
  className,
  children,
}: {
  href: string;
  /** What the status says while the server makes the file. */
  busyText: MessageKey;
  className?: string;
  children: string;
}) {
  const { language, t } = useI18n();
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  // A ref, not the state: a second Enter may come before React re-renders.
  const busy = useRef(false);

  async function download(): Promise<void> {
    busy.current = true;
    setProgress({ state: "busy", received: 0 });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok || !response.body) {
        setProgress({ state: "failed", reason: await failureReason(response, t) });
        return;
      }
      const { chunks, received } = await readCounting(response.body, (bytes) =>
        setProgress({ state: "busy", received: bytes }),
      );
      const file = downloadName(response.headers.get("Content-Disposition"), href);
      const type = response.headers.get("Content-Type") ?? "application/octet-stream";
      save(new Blob(chunks as BlobPart[], { type }), file);
      setProgress({ state: "done", file, size: received });
    } catch {
      // fetch and read reject only when the connection fails or breaks off
      setProgress({ state: "failed", reason: t("download.failedNetwork") });
    } finally {
      busy.current = false;
    }
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>): void {
    // Ctrl-click, middle click and the like: the browser's own choice.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    if (!busy.current) void download();
  }

  const waiting = progress.state === "busy";
  return (
    <>
      <a
        href={href}
        download
        className={className}
        onClick={onClick}
        aria-disabled={waiting || undefined}
      >
        {children}
      </a>
      <LiveStatus tone={progress.state === "failed" ? "error" : "info"}>
        {progress.state === "busy" ? (
          <>
            <progress aria-hidden="true" />{" "}
          </>
        ) : null}
        {statusText(progress, busyText, t, language)}
      </LiveStatus>
    </>
  );
}

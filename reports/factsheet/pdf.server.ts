// HTML to PDF with headless Chromium (Debian's package) through
// playwright-core. One browser is kept warm for the process: launching takes
// most of a second, a page after that some hundred milliseconds.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { UserError } from "../../core/i18n/user-error";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// The machines have no internet: without these flags Chromium keeps dialling out.
const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Its message is Dutch; `.in(language)` gives it in the reader's language. */
export class ChromiumMissingError extends UserError {
  override name = "ChromiumMissingError";
  constructor() {
    super("document.chromiumMissing", { path: EXECUTABLE });
  }
}

/** Refuses with ChromiumMissingError when Chromium is not installed: checked before a download starts. */
export function requireChromium(): void {
  if (!existsSync(EXECUTABLE)) throw new ChromiumMissingError();
}

/** Starts Debian's Chromium headless and offline (also used by the browser tests). */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: OFFLINE_FLAGS });
}

let warm: Promise<Browser> | null = null;

function browser(): Promise<Browser> {
  if (!warm) {
    warm = launchChromium();
    // A browser that died (or failed to start) is started again next time.
    warm.then(
      (b) => b.on("disconnected", () => (warm = null)),
      () => (warm = null),
    );
  }
  return warm;
}

/** A4, backgrounds printed, the stylesheet's @page size winning. */
export const PDF_OPTIONS: Parameters<Page["pdf"]>[0] = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
};

export async function htmlToPdf(html: string): Promise<Buffer> {
  const context = await (await browser()).newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf(PDF_OPTIONS);
  } finally {
    await context.close();
  }
}

/** Closes the warm browser, so a command-line process can exit. */
export async function closePdfBrowser(): Promise<void> {
  const pending = warm;
  warm = null;
  if (pending) await (await pending).close();
}

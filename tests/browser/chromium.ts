// The browser tests use the same Chromium launch as the factsheet PDFs.
export { launchChromium } from "../../reports/factsheet/pdf.server";

import { useEffect, useState } from "react";
import { useI18n } from "~/i18n/use-i18n";

/** Draws the SVG on a canvas at twice its size and saves it as PNG. */
async function savePng(svg: string, fileName: string): Promise<void> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext("2d");
  if (!context) return;
  // A white background: a transparent chart is unreadable on a dark viewer.
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * A PNG needs the browser to draw the chart, so the button appears only once
 * the page's JavaScript runs; without it, SVG and CSV stay available.
 */
export function PngDownload({ svg, fileName }: { svg: string; fileName: string }) {
  const { t } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="link-button" onClick={() => void savePng(svg, fileName)}>
      {t("chart.downloadPng")}
    </button>
  );
}

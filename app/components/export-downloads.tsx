import type { ExportSelection } from "~/export.server";
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber } from "../../core/format";
import type { MessageKey } from "../../core/i18n/messages";
import { ProgressDownload } from "./progress-download";

interface Download {
  path: string;
  label: MessageKey;
  hint: MessageKey;
  /** 360Giving needs at least one award. */
  needsAwards: boolean;
}

const DOWNLOADS: readonly Download[] = [
  {
    path: "/export/onderzoek.xlsx",
    label: "export.download.xlsx",
    hint: "export.download.xlsxHint",
    needsAwards: false,
  },
  {
    path: "/export/onderzoek.zip",
    label: "export.download.csv",
    hint: "export.download.csvHint",
    needsAwards: false,
  },
  {
    path: "/export/360giving.json",
    label: "export.download.json",
    hint: "export.download.jsonHint",
    needsAwards: true,
  },
  {
    path: "/export/360giving.xlsx",
    label: "export.download.flat",
    hint: "export.download.flatHint",
    needsAwards: true,
  },
];

/** The full scope, with personal data: offered to administrators only. */
const FULL_SCOPE_DOWNLOADS: readonly Download[] = [
  {
    path: "/export/volledig.xlsx",
    label: "export.download.fullXlsx",
    hint: "export.download.xlsxHint",
    needsAwards: false,
  },
  {
    path: "/export/volledig.zip",
    label: "export.download.fullCsv",
    hint: "export.download.csvHint",
    needsAwards: false,
  },
];

function DownloadList({ downloads, query }: { downloads: readonly Download[]; query: string }) {
  const { t } = useI18n();
  return (
    <ul className="download-list">
      {downloads.map((download) => (
        <li key={download.path}>
          <ProgressDownload href={`${download.path}${query}`} busyText="download.busy.export">
            {t(download.label)}
          </ProgressDownload>
          <p className="hint">{t(download.hint)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The downloads of the chosen editions, each link carrying the page's query. */
export function ExportDownloads({
  selection,
  offersFullScope,
}: {
  selection: ExportSelection;
  offersFullScope: boolean;
}) {
  const { language, t } = useI18n();
  if (!selection.ok) {
    return (
      <div className="notice notice--error utrecht-alert utrecht-alert--error" role="alert">
        <p>{t("export.selection.invalid")}</p>
        <p>{selection.message}</p>
      </div>
    );
  }
  if (selection.editions.length === 0) {
    return <p className="empty-state">{t("export.selection.none")}</p>;
  }
  const query = selection.query ? `?${selection.query}` : "";
  const offered = DOWNLOADS.filter((d) => selection.awarded > 0 || !d.needsAwards);
  return (
    <>
      <p>
        {t("export.selection.summary", {
          editions: formatNumber(selection.editions.length, language),
          registrations: formatNumber(selection.registrations, language),
          awarded: formatNumber(selection.awarded, language),
        })}
      </p>
      <details>
        <summary>{t("export.selection.editions")}</summary>
        <p>{selection.editions.map((e) => `${e.municipality} ${e.year}`).join(", ")}</p>
      </details>
      <DownloadList downloads={offered} query={query} />
      {offered.length < DOWNLOADS.length ? <p>{t("export.download.noGrants")}</p> : null}
      {offersFullScope ? (
        <section aria-labelledby="export-full-title">
          <h3 id="export-full-title">{t("export.download.fullTitle")}</h3>
          <p className="notice utrecht-alert utrecht-alert--warning">
            {t("export.download.fullWarning")}
          </p>
          <DownloadList downloads={FULL_SCOPE_DOWNLOADS} query={query} />
        </section>
      ) : null}
    </>
  );
}

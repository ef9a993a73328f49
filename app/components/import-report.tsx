import { TableScroll } from "~/components/table-scroll";
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber } from "../../core/format";
import type { ImportReport, ReportedIssue } from "../../import/run.server";

function groupBySheet(issues: ReportedIssue[]): [string | null, ReportedIssue[]][] {
  const groups = new Map<string | null, ReportedIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.sheet) ?? [];
    group.push(issue);
    groups.set(issue.sheet, group);
  }
  return [...groups];
}

function IssueTable({ sheet, issues }: { sheet: string | null; issues: ReportedIssue[] }) {
  const { t } = useI18n();
  const caption =
    sheet === null ? t("import.report.fileErrors") : t("import.report.sheet", { sheet });
  return (
    <TableScroll label={caption}>
      <table className="data-table utrecht-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("import.report.row")}
            </th>
            <th scope="col">{t("import.report.column")}</th>
            <th scope="col">{t("import.report.value")}</th>
            <th scope="col">{t("import.report.message")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={`${issue.row}:${issue.column}:${issue.message}`}>
              <td className="numeric">{issue.row ?? "–"}</td>
              <td>
                <code>{issue.column ?? "–"}</code>
              </td>
              <td>{issue.value ?? ""}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CountsTable({ counts }: { counts: ImportReport["counts"] }) {
  const { language, t } = useI18n();
  const rows = Object.entries(counts);
  const deletes = rows.some(([, c]) => c.deleted !== undefined);
  return (
    <TableScroll label={t("import.report.counts")}>
      <table className="data-table utrecht-table">
        <thead>
          <tr>
            <th scope="col">{t("import.report.dataset")}</th>
            <th scope="col" className="numeric">
              {t("import.report.inserted")}
            </th>
            <th scope="col" className="numeric">
              {t("import.report.updated")}
            </th>
            <th scope="col" className="numeric">
              {t("import.report.unchanged")}
            </th>
            {deletes ? (
              <th scope="col" className="numeric">
                {t("import.report.deleted")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(([dataset, c]) => (
            <tr key={dataset}>
              <th scope="row">
                <code>{dataset}</code>
              </th>
              <td className="numeric">{formatNumber(c.inserted, language)}</td>
              <td className="numeric">{formatNumber(c.updated, language)}</td>
              <td className="numeric">{formatNumber(c.unchanged, language)}</td>
              {deletes ? (
                <td className="numeric">{formatNumber(c.deleted ?? 0, language)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The report's heading, where the focus goes when a report arrives. */
export const REPORT_HEADING_ID = "report-title";

/** The report of a check or an import: errors grouped by sheet, or what it would do. */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName: string }) {
  const { language, t } = useI18n();
  return (
    <section aria-labelledby={REPORT_HEADING_ID} className="report">
      <h2 id={REPORT_HEADING_ID} tabIndex={-1}>
        {t("import.report.title", { file: fileName })}
      </h2>
      {report.ok ? (
        <p className="notice notice--ok utrecht-alert utrecht-alert--ok">
          {t("import.report.valid")}
        </p>
      ) : (
        <div className="notice notice--error utrecht-alert utrecht-alert--error" role="alert">
          <p>{t("import.report.refused", { n: formatNumber(report.error_count, language) })}</p>
          {report.error_count > report.errors.length ? (
            <p>
              {t("import.report.more", {
                shown: formatNumber(report.errors.length, language),
                n: formatNumber(report.error_count, language),
              })}
            </p>
          ) : null}
        </div>
      )}
      {groupBySheet(report.errors).map(([sheet, issues]) => (
        <IssueTable key={sheet ?? ""} sheet={sheet} issues={issues} />
      ))}
      {report.ok ? <CountsTable counts={report.counts} /> : null}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t("import.report.warnings")}</h3>
          <ul>
            {report.warnings.map((w) => (
              <li key={`${w.value}-${w.message}`}>
                <strong>{w.value}</strong>: {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.ignored.sheets.length > 0 ? (
        <p>
          {t("import.report.ignoredSheets")}: {report.ignored.sheets.join(", ")}
        </p>
      ) : null}
      {report.ignored.columns.length > 0 ? (
        <p>
          {t("import.report.ignoredColumns")}: {report.ignored.columns.join(", ")}
        </p>
      ) : null}
    </section>
  );
}

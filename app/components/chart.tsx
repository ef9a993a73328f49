import { PngDownload } from "~/components/png-download";
import { TableScroll } from "~/components/table-scroll";
import { useI18n } from "~/i18n/use-i18n";
import type { ChartView } from "../../reports/charts/chart.server";

/**
 * A chart with its finding as title, the same data as a table (opened with
 * the summary, no JavaScript needed) and downloads as SVG and CSV, which the
 * server sends as files from `fileHref("<chart id>.svg")` (app/chart-files.server.ts):
 * as data URIs inside the page they were a quarter of its bytes, on every
 * view, for a download few make.
 */
export function ChartFigure({
  chart,
  fileHref,
}: {
  chart: ChartView;
  fileHref: (fileName: string) => string;
}) {
  const { t } = useI18n();
  const titleId = `${chart.id}-titel`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {chart.title}
      </figcaption>
      <div
        className={chart.narrowSvg ? "chart__svg chart__svg--wide" : "chart__svg"}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on our own server from our own data
        dangerouslySetInnerHTML={{ __html: chart.svg }}
      />
      {/* On a phone the chart drawn for that width: its text stays 12 px or more (WCAG 1.4.10). */}
      {chart.narrowSvg ? (
        <div
          className="chart__svg chart__svg--narrow"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on our own server from our own data
          dangerouslySetInnerHTML={{ __html: chart.narrowSvg }}
        />
      ) : null}
      {chart.legend.length > 0 ? (
        <ul className="chart__legend">
          {chart.legend.map((item) => (
            <li key={item.label}>
              <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="chart__data">
        <summary>{t("chart.table")}</summary>
        <TableScroll label={`${t("chart.table")}: ${chart.title}`}>
          <table className="data-table utrecht-table">
            <thead>
              <tr>
                {chart.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((row) => (
                <tr key={row.join("|")}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={chart.table.columns[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={chart.table.columns[i]} className="numeric">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <p className="chart__downloads">
        <a href={fileHref(`${chart.id}.svg`)} download={`${chart.id}.svg`}>
          {t("chart.downloadSvg")}
        </a>
        <PngDownload svg={chart.svg} fileName={`${chart.id}.png`} />
        <a href={fileHref(`${chart.id}.csv`)} download={`${chart.id}.csv`}>
          {t("chart.downloadCsv")}
        </a>
      </p>
    </figure>
  );
}

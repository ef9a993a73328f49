import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listEditionSummaries } from "~/db.server";
import { useI18n } from "~/i18n/use-i18n";
import { formatEuro, formatNumber } from "../../reports/format";

export async function loader({ context }: LoaderFunctionArgs) {
  return { editions: await listEditionSummaries(context.db) };
}

export default function Overview() {
  const { editions } = useLoaderData<typeof loader>();
  const { language, t } = useI18n();
  return (
    <>
      <h1>{t("editions.title")}</h1>
      <p className="lead">{t("editions.intro")}</p>
      {editions.length === 0 ? (
        <p className="empty-state">{t("editions.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("editions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("editions.municipality")}</th>
                <th scope="col">{t("editions.year")}</th>
                <th scope="col">{t("editions.name")}</th>
                <th scope="col">{t("editions.themes")}</th>
                <th scope="col" className="numeric">
                  {t("editions.registrations")}
                </th>
                <th scope="col" className="numeric">
                  {t("editions.awarded")}
                </th>
                <th scope="col" className="numeric">
                  {t("editions.microcreditTotal")}
                </th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.edition_id}>
                  <td>{edition.municipality}</td>
                  <td>{edition.year}</td>
                  <th scope="row">{edition.name}</th>
                  <td>{edition.themes.join(", ")}</td>
                  <td className="numeric">{formatNumber(edition.registrations, language)}</td>
                  <td className="numeric">{formatNumber(edition.awarded, language)}</td>
                  <td className="numeric">{formatEuro(edition.microcredit_total, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { language?: string } | undefined;
  return [
    {
      title:
        root?.language === "en" ? "Overview · SOC Impact Monitor" : "Overzicht · SOC Impactmonitor",
    },
  ];
};

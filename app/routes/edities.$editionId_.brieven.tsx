// /edities/:editionId/brieven: the feedback letters of an edition to review
// before they go out, each as HTML and PDF, and all in one zip.
// Administrators only; the letters themselves are reports/letters'.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TableScroll } from "~/components/table-scroll";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { lettersPageData } from "~/letters.server";
import { formatNumber } from "../../core/format";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return lettersPageData(request, context, params.editionId ?? "");
}

export default function LettersPage() {
  const { edition, language: letterLanguage, letters } = useLoaderData<typeof loader>();
  const { t, language } = useI18n();
  const base = `/edities/${encodeURIComponent(edition.edition_id)}/brieven`;
  const query = `?taal=${letterLanguage}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/edities/${encodeURIComponent(edition.edition_id)}`}>
          {t("letters.page.back")}
        </Link>
      </p>
      <h1>{t("letters.pageTitle", { edition: edition.name })}</h1>
      <p className="lead">{t("letters.page.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="brieven-taal">{t("language.label")}</label>
          <select
            className="utrecht-select utrecht-select--html-select"
            id="brieven-taal"
            name="taal"
            defaultValue={letterLanguage}
          >
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button utrecht-button utrecht-button--secondary-action">
            {t("filters.apply")}
          </button>
        </div>
      </Form>
      {letters.length === 0 ? (
        <p className="empty-state">{t("letters.page.none")}</p>
      ) : (
        <>
          <p>
            <a href={`${base}.zip${query}`} download>
              {t("letters.page.zip")}
            </a>
          </p>
          <TableScroll label={t("letters.page.caption")}>
            <table className="data-table">
              <caption>{t("letters.page.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("letters.page.initiative")}</th>
                  <th scope="col">{t("letters.page.decision")}</th>
                  <th scope="col">{t("letters.page.score")}</th>
                  <th scope="col">{t("letters.page.letter")}</th>
                </tr>
              </thead>
              <tbody>
                {letters.map((l) => {
                  const href = `${base}/${encodeURIComponent(l.applicant_id)}`;
                  return (
                    <tr key={l.applicant_id}>
                      <th scope="row">{l.initiative}</th>
                      <td>{t(l.awarded ? "letters.page.awarded" : "letters.page.notAwarded")}</td>
                      <td className="numeric">{formatNumber(l.score, language, 1)}</td>
                      <td>
                        <a href={`${href}${query}`}>{t("letters.page.view")}</a>
                        {" · "}
                        <a href={`${href}.pdf${query}`}>{t("letters.page.pdf")}</a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("letters.pageTitle", { edition: data.edition.name }) : null));

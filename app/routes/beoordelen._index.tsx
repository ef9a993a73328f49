// /beoordelen: the assessor's plans with their state. A thin door:
// app/scoring.server.ts reads through the assessor's own assignments.
// The plan page sends the assessor here after submitting (?ingediend=) or
// declaring a conflict (?gemeld); the root takes the focus to the notice.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormNotice } from "~/components/form-notice";
import { TableScroll } from "~/components/table-scroll";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { assessorListData } from "~/scoring.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return assessorListData(request, context);
}

export default function AssessorList() {
  const { plans, conflictDeclared, submittedInitiative } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const notice =
    submittedInitiative !== null
      ? t("scoring.list.submitted", { initiative: submittedInitiative })
      : conflictDeclared
        ? t("scoring.conflict.done")
        : null;
  return (
    <>
      <h1>{t("scoring.list.title")}</h1>
      {notice ? (
        <FormNotice ok id="melding">
          {notice}
        </FormNotice>
      ) : null}
      <p>{t("scoring.list.intro")}</p>
      {plans.length === 0 ? (
        <p>{t("scoring.list.empty")}</p>
      ) : (
        <TableScroll label={t("scoring.list.caption")}>
          <table className="data-table utrecht-table">
            <caption>{t("scoring.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoring.col.initiative")}</th>
                <th scope="col">{t("scoring.col.organisation")}</th>
                <th scope="col">{t("scoring.col.edition")}</th>
                <th scope="col">{t("scoring.col.state")}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={`${p.edition_id}/${p.applicant_id}`}>
                  <th scope="row">
                    <Link to={`/beoordelen/${p.edition_id}/${encodeURIComponent(p.applicant_id)}`}>
                      {p.initiative}
                    </Link>
                  </th>
                  <td>{p.organisation ?? ""}</td>
                  <td>{p.edition_name}</td>
                  <td>{t(`scoring.state.${p.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("scoring.list.title"));

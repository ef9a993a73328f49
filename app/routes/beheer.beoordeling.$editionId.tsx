// /beheer/beoordeling/<edition>: the administrator assigns the edition's
// plans (automatically or by hand), reopens a submission, follows the
// progress and turns the selection above the budget line into awards. A thin door into app/assessment-admin.server.ts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { assessmentAdminAction, assessmentAdminData } from "~/assessment-admin.server";
import { BudgetRanking } from "~/components/budget-ranking";
import { FormNotice } from "~/components/form-notice";
import { TableScroll } from "~/components/table-scroll";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return assessmentAdminData(request, context, params.editionId ?? "");
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  return assessmentAdminAction(request, context, params.editionId ?? "");
}

const SMALL_BUTTON = "button button--small utrecht-button utrecht-button--secondary-action";
const PRIMARY_BUTTON = "button button--primary utrecht-button utrecht-button--primary-action";

function AutomaticAssignment() {
  const { assessors, perPlan } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="automatisch">
      <h2 id="automatisch">{t("scoring.admin.auto")}</h2>
      <p id="automatisch-uitleg">{t("scoring.admin.autoExplain")}</p>
      {assessors.length === 0 ? (
        <p>{t("scoring.admin.noAssessors")}</p>
      ) : (
        <Form method="post" className="stacked-form">
          <input type="hidden" name="intent" value="assign" />
          <fieldset>
            <legend>{t("scoring.admin.assessors")}</legend>
            {assessors.map((a) => (
              <label key={a.user_id} className="choice">
                <input type="checkbox" name="assessor" value={a.email} defaultChecked /> {a.name} (
                {a.email})
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="per-plan">{t("scoring.admin.perPlan")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input score-input"
              id="per-plan"
              name="per_plan"
              type="number"
              min={1}
              defaultValue={perPlan}
            />
          </div>
          <button type="submit" className={PRIMARY_BUTTON} aria-describedby="automatisch-uitleg">
            {t("scoring.admin.assign")}
          </button>
        </Form>
      )}
    </section>
  );
}

function Progress() {
  const { progress } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="voortgang">
      <h2 id="voortgang">{t("scoring.admin.progress")}</h2>
      {progress.plans.length === 0 ? (
        <p>{t("scoring.admin.noPlans")}</p>
      ) : (
        <TableScroll label={t("scoring.admin.plansCaption")}>
          <table className="data-table utrecht-table">
            <caption>{t("scoring.admin.plansCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoring.col.plan")}</th>
                <th scope="col">{t("scoring.col.initiative")}</th>
                <th scope="col">{t("scoring.col.submitted")}</th>
                <th scope="col">{t("scoring.col.assigned")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.plans.map((p) => (
                <tr key={p.applicant_id}>
                  <th scope="row">{p.applicant_id}</th>
                  <td>{p.initiative}</td>
                  <td className="numeric">{p.submitted}</td>
                  <td className="numeric">{p.assigned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {progress.assessors.length > 0 ? (
        <TableScroll label={t("scoring.admin.assessorsCaption")}>
          <table className="data-table utrecht-table">
            <caption>{t("scoring.admin.assessorsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoring.col.assessor")}</th>
                <th scope="col">{t("scoring.col.done")}</th>
                <th scope="col">{t("scoring.col.toDo")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.assessors.map((a) => (
                <tr key={a.user_id}>
                  <th scope="row">{a.name}</th>
                  <td className="numeric">{a.done}</td>
                  <td className="numeric">{a.to_do}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

function Assignments() {
  const { assignments, plans, assessors, conflicts } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="toewijzingen">
      <h2 id="toewijzingen">{t("scoring.admin.assignments")}</h2>
      {assignments.length === 0 ? (
        <p>{t("scoring.admin.noAssignments")}</p>
      ) : (
        <TableScroll label={t("scoring.admin.assignmentsCaption")}>
          <table className="data-table utrecht-table">
            <caption>{t("scoring.admin.assignmentsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoring.col.plan")}</th>
                <th scope="col">{t("scoring.col.assessor")}</th>
                <th scope="col">{t("scoring.col.state")}</th>
                <th scope="col">{t("scoring.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => {
                const submitted = a.submitted;
                return (
                  <tr key={`${a.applicant_id}/${a.user_id}`}>
                    <th scope="row">{a.applicant_id}</th>
                    <td>{a.name}</td>
                    <td>
                      {t(
                        `scoring.state.${submitted ? "submitted" : a.drafted ? "draft" : "to_do"}`,
                      )}
                    </td>
                    <td>
                      <Form method="post" className="inline-form">
                        <input
                          type="hidden"
                          name="intent"
                          value={submitted ? "reopen" : "remove"}
                        />
                        <input type="hidden" name="applicant_id" value={a.applicant_id} />
                        <input type="hidden" name="user_id" value={a.user_id} />
                        <button
                          type="submit"
                          className={SMALL_BUTTON}
                          aria-label={t(
                            submitted ? "scoring.admin.reopenLabel" : "scoring.admin.removeLabel",
                            {
                              name: a.name,
                              plan: a.applicant_id,
                            },
                          )}
                        >
                          {t(submitted ? "scoring.admin.reopen" : "scoring.admin.remove")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {plans.length > 0 && assessors.length > 0 ? (
        <Form method="post" className="stacked-form">
          <fieldset>
            <legend>{t("scoring.admin.add")}</legend>
            <input type="hidden" name="intent" value="add" />
            <div className="field">
              <label htmlFor="add-plan">{t("scoring.col.plan")}</label>
              <select
                className="utrecht-select utrecht-select--html-select"
                id="add-plan"
                name="applicant_id"
              >
                {plans.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="add-assessor">{t("scoring.col.assessor")}</label>
              <select
                className="utrecht-select utrecht-select--html-select"
                id="add-assessor"
                name="user_id"
              >
                {assessors.map((a) => (
                  <option key={a.user_id} value={a.user_id}>
                    {a.name} ({a.email})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={PRIMARY_BUTTON}>
              {t("scoring.admin.addButton")}
            </button>
          </fieldset>
        </Form>
      ) : null}
      <h3>{t("scoring.admin.conflicts")}</h3>
      {conflicts.length === 0 ? (
        <p>{t("scoring.admin.noConflicts")}</p>
      ) : (
        <ul>
          {conflicts.map((c) => (
            <li key={`${c.applicant_id}/${c.user_id}`}>
              {c.applicant_id}: {c.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AwardSelection() {
  const { ranking } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  if (!ranking.some((r) => r.within)) return null;
  return (
    <section aria-labelledby="toekennen">
      <h2 id="toekennen">{t("scoring.award.title")}</h2>
      <p id="toekennen-uitleg">{t("scoring.award.explain")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="award" />
        <button type="submit" className={PRIMARY_BUTTON} aria-describedby="toekennen-uitleg">
          {t("scoring.award.button")}
        </button>
      </Form>
    </section>
  );
}

/** Offered right after awarding: the undo of that one history entry. */
function UndoAward({ importId }: { importId: number }) {
  const { t } = useI18n();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="undo_award" />
      <input type="hidden" name="import_id" value={importId} />
      <button
        type="submit"
        className={SMALL_BUTTON}
        aria-label={t("scoring.award.undoLabel", { id: importId })}
      >
        {t("scoring.award.undo")}
      </button>
    </Form>
  );
}

export default function AssessmentAdminPage() {
  const { edition, ranking } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useI18n();
  // The answer appears at the top: take the keyboard (and a screen reader) there.
  useEffect(() => {
    if (answer) document.getElementById("melding")?.focus();
  }, [answer]);
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/edities/${edition.edition_id}`}>{edition.name}</Link>
      </p>
      <h1>{t("scoring.admin.title", { edition: edition.name })}</h1>
      {answer ? (
        <FormNotice ok={answer.ok} id="melding">
          {answer.message}
        </FormNotice>
      ) : null}
      {answer?.undoImportId ? <UndoAward importId={answer.undoImportId} /> : null}
      <Progress />
      <AutomaticAssignment />
      <Assignments />
      <BudgetRanking
        ranking={ranking}
        budgetEur={edition.budget_eur}
        maxShare={edition.max_share}
      />
      <AwardSelection />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data ? t("scoring.admin.title", { edition: data.edition.name }) : null,
  );

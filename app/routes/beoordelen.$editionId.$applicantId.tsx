// /beoordelen/<edition>/<applicant>: one plan and the assessor's scoring
// form. A thin door: app/scoring.server.ts checks that the plan is the
// assessor's (else 404), keeps drafts and submits through the import.
// A saved draft comes back here as ?bewaard=1 and a submission goes to the
// list (Post/Redirect/GET); only a form that stored nothing answers with
// this page and what was typed.
// Works without JavaScript: a fieldset per criterion, its scale and
// explanation tied to the field, errors next to the field and in a summary.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect } from "react";
import { ErrorSummary } from "~/components/form-field";
import { FormNotice } from "~/components/form-notice";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { assessorPlanAction, assessorPlanData } from "~/scoring.server";
import { formatEuro, formatNumber } from "../../core/format";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return assessorPlanData(request, context, params.editionId ?? "", params.applicantId ?? "");
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  return assessorPlanAction(request, context, params.editionId ?? "", params.applicantId ?? "");
}

const BUTTON = "button utrecht-button";

export default function ScoringPage() {
  const { plan, criteria, drafted } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { key } = useLocation();
  const { t, language } = useI18n();
  const fieldErrors = answer?.fieldErrors ?? {};
  const formErrors = answer?.formErrors ?? [];
  const typed = answer?.values ?? null;
  // The form posts to this address, ?bewaard=1 included: a refused post
  // after a saved draft shows its errors, not the old confirmation.
  const saved = drafted && !answer;
  const submitted = plan.state === "submitted";
  const value = (field: string, criterion: string) =>
    typed
      ? (typed[field] ?? "")
      : plan.scores[criterion] === undefined
        ? ""
        : formatNumber(plan.scores[criterion] ?? null, language, 2);
  const erroneous = criteria.filter((c) => fieldErrors[c.field]);
  // A confirmation appears above the form: take the keyboard (and a screen
  // reader) there, after every save. Errors: the summary takes the focus itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each save is a new location (key), also at the same address
  useEffect(() => {
    if (saved) document.getElementById("melding")?.focus();
  }, [saved, key]);
  const euro = (amount: number | null) =>
    amount === null ? t("scoring.plan.notGiven") : formatEuro(amount, language, false);
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/beoordelen">{t("scoring.plan.back")}</Link>
      </p>
      <h1>{t("scoring.plan.title", { initiative: plan.initiative })}</h1>
      <p>{plan.edition_name}</p>
      {saved ? (
        <FormNotice ok id="melding">
          {t("scoring.form.drafted")}
        </FormNotice>
      ) : null}
      <ErrorSummary
        errors={Object.fromEntries(erroneous.map((c) => [c.field, fieldErrors[c.field] ?? ""]))}
        labels={Object.fromEntries(erroneous.map((c) => [c.field, c.label]))}
        other={formErrors}
        idOf={(field) => field}
      />
      <section aria-labelledby="het-plan">
        <h2 id="het-plan">{t("scoring.plan.about")}</h2>
        <dl className="plan-facts">
          <dt>{t("scoring.plan.organisation")}</dt>
          <dd>{plan.organisation ?? t("scoring.plan.notGiven")}</dd>
          <dt>{t("scoring.plan.idea")}</dt>
          <dd>{plan.idea ?? t("scoring.plan.notGiven")}</dd>
          <dt>{t("scoring.plan.startBudget")}</dt>
          <dd>{euro(plan.start_budget_eur)}</dd>
          <dt>{t("scoring.plan.requested")}</dt>
          <dd>{euro(plan.requested_eur)}</dd>
        </dl>
      </section>
      <section aria-labelledby="uw-scores">
        <h2 id="uw-scores">{t("scoring.form.title")}</h2>
        {submitted ? (
          <p>{t("scoring.form.submittedNote")}</p>
        ) : (
          <p>{t("scoring.form.submitHint")}</p>
        )}
        <Form method="post" className="stacked-form" noValidate>
          {criteria.map((c) => {
            const error = fieldErrors[c.field];
            const described = [
              `${c.field}-schaal`,
              c.explanation ? `${c.field}-uitleg` : null,
              error ? `${c.field}-fout` : null,
            ]
              .filter(Boolean)
              .join(" ");
            return (
              <fieldset key={c.criterion} className={error ? "field--invalid" : undefined}>
                <legend>
                  {t("scoring.form.legend", {
                    label: c.label,
                    weight: formatNumber(c.weight, language, 3),
                  })}
                </legend>
                {c.explanation ? (
                  <p className="hint" id={`${c.field}-uitleg`}>
                    {c.explanation}
                  </p>
                ) : null}
                <div className="field">
                  <label htmlFor={c.field}>{t("scoring.form.score", { label: c.label })}</label>
                  <p className="hint" id={`${c.field}-schaal`}>
                    {t("scoring.form.scale", { max: plan.score_scale_max })}
                  </p>
                  {error ? (
                    <p className="field__error" id={`${c.field}-fout`}>
                      {error}
                    </p>
                  ) : null}
                  <input
                    className="utrecht-textbox utrecht-textbox--html-input score-input"
                    id={c.field}
                    name={c.field}
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={value(c.field, c.criterion)}
                    aria-describedby={described}
                    aria-invalid={error ? true : undefined}
                    readOnly={submitted}
                  />
                </div>
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="comment">{t("scoring.form.comment")}</label>
            <textarea
              className="utrecht-textbox utrecht-textbox--html-input"
              id="comment"
              name="comment"
              rows={5}
              defaultValue={typed ? (typed.comment ?? "") : (plan.comment ?? "")}
              readOnly={submitted}
            />
          </div>
          {submitted ? null : (
            <p>
              <button
                type="submit"
                name="intent"
                value="draft"
                className={`${BUTTON} utrecht-button--secondary-action`}
              >
                {t("scoring.form.saveDraft")}
              </button>{" "}
              <button
                type="submit"
                name="intent"
                value="submit"
                className={`${BUTTON} button--primary utrecht-button--primary-action`}
              >
                {t("scoring.form.submit")}
              </button>
            </p>
          )}
        </Form>
      </section>
      <section aria-labelledby="belangenconflict">
        <h2 id="belangenconflict">{t("scoring.conflict.legend")}</h2>
        <p id="belangenconflict-uitleg">{t("scoring.conflict.explain")}</p>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="conflict"
            className={`${BUTTON} utrecht-button--secondary-action`}
            aria-describedby="belangenconflict-uitleg"
          >
            {t("scoring.conflict.button")}
          </button>
        </Form>
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data ? t("scoring.plan.title", { initiative: data.plan.initiative }) : null,
  );

// /opvolging/<token>: the follow-up form behind a personal link, a thin door
// into import/forms/followup.server.ts. No login: the token is the key. The
// page names the initiative and nothing else personal. A link that ended
// (revoked or expired) answers 410, one never made 404, both after the same
// single lookup by hash. Works without JavaScript.
import {
  type ActionFunctionArgs,
  json,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { FollowupLinkProblem } from "~/components/followup-link-problem";
import { ContractField, ErrorSummary } from "~/components/form-field";
import { FormNotice } from "~/components/form-notice";
import { followupFields, followupLink, submitFollowup } from "~/followup.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { translator } from "../../core/i18n/messages";
import type { FormField } from "../../import/forms/fields";

type Page =
  | { state: "unknown" }
  | { state: "ended" }
  | {
      state: "open" | "thanks";
      initiative: string;
      months: number;
      fields: { outcomes: FormField[]; survey: FormField[] };
    };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = await languageOf(request);
  const link = await followupLink(context.db, params.token ?? "");
  if (!link) return json<Page>({ state: "unknown" }, { status: 404 });
  if (link.state === "ended") return json<Page>({ state: "ended" }, { status: 410 });
  const thanked = new URL(request.url).searchParams.has("bedankt");
  return json<Page>({
    state: thanked ? "thanks" : "open",
    initiative: link.initiative,
    months: link.months,
    fields: followupFields(link.months, language),
  });
}

/** What the page shows again after a refused submission. */
interface Invalid {
  values: Record<string, string | null>;
  errors: Record<string, string>;
  other: string[];
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = await languageOf(request);
  const token = params.token ?? "";
  const link = await followupLink(context.db, token);
  if (!link) return json<Page>({ state: "unknown" }, { status: 404 });
  if (link.state === "ended") return json<Page>({ state: "ended" }, { status: 410 });
  const form = await request.formData();
  const posted = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  const outcome = await submitFollowup(context.db, link, posted, language);
  if (outcome.kind === "throttled") {
    const other = [translator(language)("followup.throttled")];
    return json<Invalid>({ values: {}, errors: {}, other }, { status: 429 });
  }
  if (outcome.kind === "invalid") {
    const { values, errors, other } = outcome;
    return json<Invalid>({ values, errors, other }, { status: 400 });
  }
  return redirect(`/opvolging/${encodeURIComponent(token)}?bedankt`, 303);
}

function Fields({ fields, result }: { fields: readonly FormField[]; result: Invalid | undefined }) {
  return fields.map((field) => (
    <ContractField
      key={field.key}
      field={field}
      value={result?.values[field.key] ?? null}
      error={result?.errors[field.key]}
    />
  ));
}

export default function Followup() {
  const page = useLoaderData<typeof loader>() as Page;
  const answer = useActionData<typeof action>() as Page | Invalid | undefined;
  const { t } = useI18n();
  // An action on a link that ended meanwhile answers with the page's state.
  const ended = answer && "state" in answer ? answer : null;
  const shown = ended ?? page;
  if (shown.state === "unknown" || shown.state === "ended") {
    return <FollowupLinkProblem state={shown.state} />;
  }
  if (shown.state === "thanks") {
    return (
      <>
        <h1>{t("followup.thanks.title")}</h1>
        <FormNotice ok>{t("followup.thanks.body")}</FormNotice>
      </>
    );
  }
  const result = answer && !("state" in answer) ? answer : undefined;
  const all = [...shown.fields.outcomes, ...shown.fields.survey];
  const labels = Object.fromEntries(all.map((f) => [f.key, f.label]));
  return (
    <>
      <h1>{t("followup.title", { initiative: shown.initiative })}</h1>
      <p className="lead">{t("followup.intro", { months: shown.months })}</p>
      <ErrorSummary errors={result?.errors ?? {}} labels={labels} other={result?.other ?? []} />
      <Form method="post" className="stacked-form" noValidate>
        <fieldset>
          <legend>{t("followup.outcomes")}</legend>
          <Fields fields={shown.fields.outcomes} result={result} />
        </fieldset>
        {shown.fields.survey.length > 0 ? (
          <fieldset>
            <legend>{t("followup.survey")}</legend>
            <Fields fields={shown.fields.survey} result={result} />
          </fieldset>
        ) : null}
        <button
          type="submit"
          className="button button--primary utrecht-button utrecht-button--primary-action"
        >
          {t("followup.submit")}
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) =>
    !data || data.state === "unknown"
      ? t("followup.unknown.title")
      : data.state === "ended"
        ? t("followup.ended.title")
        : t("followup.title", { initiative: data.initiative }),
  );

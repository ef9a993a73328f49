// /aanmelden/<edition_id>: the public registration, a thin door into
// import/forms/registration.server.ts. Open from the edition's launch to its
// closing date (or as an administrator set it); otherwise a friendly closed
// page. Works without JavaScript; after sending, the thank-you page (the same
// for everyone, so it reveals nothing).
import {
  type ActionFunctionArgs,
  json,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { ContractField, ErrorSummary, fieldId } from "~/components/form-field";
import { FormNotice } from "~/components/form-notice";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import {
  dayInNetherlands,
  loadConfig,
  register,
  registrationEdition,
  registrationFields,
  registrationOpen,
  sendConfirmation,
} from "~/registration.server";
import { formatDate } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { CONSENT_FIELD, HONEYPOT_FIELD } from "../../core/registration";

async function editionOr404(request: Request, context: LoaderFunctionArgs["context"], id: string) {
  const edition = await registrationEdition(context.db, id);
  if (!edition) {
    throw new Response(translator(await languageOf(request))("register.unknown"), { status: 404 });
  }
  return edition;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = await languageOf(request);
  const edition = await editionOr404(request, context, params.editionId ?? "");
  const thanked = new URL(request.url).searchParams.has("bedankt");
  const open = registrationOpen(edition, dayInNetherlands(new Date()));
  return {
    state: thanked ? "thanks" : open ? "open" : "closed",
    edition: {
      id: edition.edition_id,
      name: edition.name,
      from: edition.launched_on ? formatDate(edition.launched_on, language) : null,
      until: edition.closed_on ? formatDate(edition.closed_on, language) : null,
    },
    fields: registrationFields(edition, language),
  } as const;
}

/** What the page shows again after a refused submission. */
interface Invalid {
  values: Record<string, string | null>;
  errors: Record<string, string>;
  other: string[];
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language: Language = await languageOf(request);
  const t = translator(language);
  const edition = await editionOr404(request, context, params.editionId ?? "");
  const today = dayInNetherlands(new Date());
  if (!registrationOpen(edition, today)) return redirect(`/aanmelden/${edition.edition_id}`, 303);
  const form = await request.formData();
  const posted = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  const outcome = await register(context.db, {
    edition,
    posted,
    language,
    today,
    address: context.clientAddress ?? "unknown",
  });
  if (outcome.kind === "throttled") {
    const throttled: Invalid = { values: {}, errors: {}, other: [t("register.throttled")] };
    return json(throttled, { status: 429 });
  }
  if (outcome.kind === "invalid") {
    const invalid: Invalid = {
      values: outcome.values,
      errors: outcome.errors,
      other: outcome.other,
    };
    return json(invalid, { status: 400 });
  }
  // Stored first; the confirmation is a courtesy that may fail without loss.
  const mail = loadConfig().mail;
  const applicant = outcome.applicant;
  if (mail && applicant?.email) {
    await sendConfirmation(mail, {
      to: applicant.email,
      language,
      editionName: edition.name,
      applicantId: applicant.id,
      initiative: applicant.initiative,
      name: applicant.name,
    });
  }
  return redirect(`/aanmelden/${edition.edition_id}?bedankt`, 303);
}

export default function Register() {
  const { state, edition, fields } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  if (state === "thanks") {
    return (
      <>
        <h1>{t("register.thanks.title")}</h1>
        <FormNotice ok>{t("register.thanks.body")}</FormNotice>
      </>
    );
  }
  if (state === "closed") {
    return (
      <>
        <h1>{t("register.closed.title")}</h1>
        <p>
          {edition.from && edition.until
            ? t("register.closed.body", {
                edition: edition.name,
                from: edition.from,
                until: edition.until,
              })
            : t("register.closed.noDates", { edition: edition.name })}
        </p>
      </>
    );
  }
  const errors = result?.errors ?? {};
  const values = result?.values ?? {};
  const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
  labels[CONSENT_FIELD] = t("register.consentLabel");
  return (
    <>
      <h1>{t("register.title", { edition: edition.name })}</h1>
      <p className="lead">{t("register.intro")}</p>
      <ErrorSummary errors={errors} labels={labels} other={result?.other ?? []} />
      <p>{t("register.requiredNote")}</p>
      <Form method="post" className="stacked-form" noValidate>
        {fields.map((field) => (
          <ContractField
            key={field.key}
            field={field}
            value={values[field.key] ?? null}
            error={errors[field.key]}
          />
        ))}
        <div className="honeypot">
          <label htmlFor={HONEYPOT_FIELD}>{t("register.honeypot")}</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
        </div>
        <div className="field">
          {errors[CONSENT_FIELD] ? (
            <p className="field__error" id={`${fieldId(CONSENT_FIELD)}-fout`}>
              {errors[CONSENT_FIELD]}
            </p>
          ) : null}
          <input
            type="checkbox"
            id={fieldId(CONSENT_FIELD)}
            name={CONSENT_FIELD}
            value="ja"
            required
            aria-invalid={errors[CONSENT_FIELD] ? true : undefined}
            aria-describedby={errors[CONSENT_FIELD] ? `${fieldId(CONSENT_FIELD)}-fout` : undefined}
          />{" "}
          <label htmlFor={fieldId(CONSENT_FIELD)}>
            {t("register.consent")} <Link to="/privacy">{t("register.consentLink")}</Link> (
            {t("form.required")})
          </label>
        </div>
        <button
          type="submit"
          className="button button--primary utrecht-button utrecht-button--primary-action"
        >
          {t("register.submit")}
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => t("register.title", { edition: data?.edition.name ?? "" }));

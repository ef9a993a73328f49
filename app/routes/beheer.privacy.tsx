// /beheer/privacy: administrators answer an access request (AVG article 15)
// and erase a registration on request (article 17); the erasures so far.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth.server";
import { FormNotice } from "~/components/form-notice";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { eraseRegistration, loadConfig } from "~/privacy.server";
import { auditTrail } from "~/security.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const trail = await auditTrail(context.db, 500);
  return {
    retentionYears: loadConfig().retentionYears,
    erasures: trail
      .filter((e) => e.action === "erasure")
      .map((e) => {
        const details = e.details as {
          reason?: string;
          edition_id?: string;
          erased_as?: string;
          registrations?: number;
        };
        return {
          id: e.audit_id,
          at: e.at.toISOString(),
          actor: e.actor,
          reason: details.reason === "retention" ? "retention" : "request",
          edition: details.edition_id ?? "",
          // One registration renamed on request, or how many a retention sweep erased.
          erasedAs: details.erased_as ?? null,
          registrations: details.registrations ?? 1,
        } as const;
      }),
  };
}

const eraseSchema = z.object({
  editie: z.string().trim().min(1),
  aanmelding: z.string().trim().min(1),
  bevestig: z.literal("ja"),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, context.db, ["admin"]);
  const t = translator(await languageOf(request));
  const parsed = eraseSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { ok: false, message: t("privacy.page.invalid") };
  const { editie: edition, aanmelding: applicant } = parsed.data;
  const result = await eraseRegistration(context.db, edition, applicant, {
    userId: admin.user_id,
    actor: admin.email,
  });
  if (!result.ok) {
    return {
      ok: false,
      message:
        result.reason === "unknown_edition"
          ? t("privacy.unknownEdition", { edition })
          : t("privacy.unknownApplicant", { edition, applicant }),
    };
  }
  return {
    ok: true,
    message: t("privacy.erased", { edition, applicant, erasedAs: result.erasedAs }),
  };
}

/** The edition and registration an access request or an erasure is about. */
function RegistrationFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-editie`}>{t("privacy.page.edition")}</label>
        <input
          id={`${idPrefix}-editie`}
          name="editie"
          required
          className="utrecht-textbox utrecht-textbox--html-input"
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-aanmelding`}>{t("privacy.page.applicant")}</label>
        <input
          id={`${idPrefix}-aanmelding`}
          name="aanmelding"
          required
          className="utrecht-textbox utrecht-textbox--html-input"
        />
      </div>
    </>
  );
}

export default function Privacy() {
  const { retentionYears, erasures } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("privacy.page.title")}</h1>
      <p>{t("privacy.page.intro")}</p>
      <p>{t("privacy.page.retention", { years: retentionYears })}</p>
      <p>
        <Link to="/privacy">{t("privacy.record.nav")}</Link>
      </p>
      {result ? (
        <FormNotice ok={result.ok} id="uitkomst">
          {result.message}
        </FormNotice>
      ) : null}
      <Form
        method="get"
        action="/beheer/privacy/inzage.json"
        reloadDocument
        className="stacked-form"
      >
        <fieldset>
          <legend>{t("privacy.access.legend")}</legend>
          <RegistrationFields idPrefix="i" />
          <button type="submit" className="button utrecht-button utrecht-button--secondary-action">
            {t("privacy.access.submit")}
          </button>
        </fieldset>
      </Form>
      <Form method="post" className="stacked-form">
        <fieldset>
          <legend>{t("privacy.erase.legend")}</legend>
          <RegistrationFields idPrefix="w" />
          <label className="choice">
            <input type="checkbox" name="bevestig" value="ja" required />{" "}
            {t("privacy.erase.confirm")}
          </label>
          <button type="submit" className="button utrecht-button utrecht-button--primary-action">
            {t("privacy.erase.submit")}
          </button>
        </fieldset>
      </Form>
      <section aria-labelledby="wissingen">
        <h2 id="wissingen">{t("privacy.page.erasures")}</h2>
        {erasures.length === 0 ? (
          <p>{t("privacy.page.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table utrecht-table">
              <thead>
                <tr>
                  <th scope="col">{t("privacy.page.when")}</th>
                  <th scope="col">{t("privacy.page.by")}</th>
                  <th scope="col">{t("privacy.page.reason")}</th>
                  <th scope="col">{t("privacy.page.edition")}</th>
                  <th scope="col">{t("privacy.page.erasedAs")}</th>
                </tr>
              </thead>
              <tbody>
                {erasures.map((e) => (
                  <tr key={e.id}>
                    <td>{e.at.slice(0, 16).replace("T", " ")}</td>
                    <td>{e.actor}</td>
                    <td>{t(`privacy.reason.${e.reason}`)}</td>
                    <td>{e.edition}</td>
                    <td>
                      {e.erasedAs
                        ? t("privacy.page.renamed", { erasedAs: e.erasedAs })
                        : t("privacy.page.registrations", { n: e.registrations })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("privacy.page.title"));

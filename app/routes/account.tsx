// /account: the logged-in user changes their password.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser, startSession } from "~/auth.server";
import { FormNotice } from "~/components/form-notice";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { audit, checkCredentials, setPassword } from "~/security.server";
import { MIN_PASSWORD_LENGTH, ROLES } from "../../core/accounts";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db, ROLES);
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    municipalities: user.municipalities,
  };
}

const passwordSchema = z.object({
  huidig: z.string().min(1),
  nieuw: z.string().min(MIN_PASSWORD_LENGTH),
  herhaling: z.string(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context.db, ROLES);
  const t = translator(await languageOf(request));
  const parsed = passwordSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return { ok: false, message: t("account.tooShort", { n: MIN_PASSWORD_LENGTH }) };
  if (parsed.data.nieuw !== parsed.data.herhaling)
    return { ok: false, message: t("account.mismatch") };
  if (!(await checkCredentials(context.db, user.email, parsed.data.huidig))) {
    return { ok: false, message: t("account.wrongCurrent") };
  }
  await setPassword(context.db, user.email, parsed.data.nieuw);
  await audit(context.db, { userId: user.user_id, actor: user.email, action: "password_changed" });
  // The change ended every session, this one too: start a fresh one.
  const account = await checkCredentials(context.db, user.email, parsed.data.nieuw);
  const headers = account
    ? { "Set-Cookie": await startSession(request, context.db, account) }
    : undefined;
  return Response.json({ ok: true, message: t("account.changed") }, { headers });
}

export default function AccountPage() {
  const { name, email, role, municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { ok: boolean; message: string } | undefined;
  const { t } = useI18n();
  return (
    <>
      <h1>{t("nav.account")}</h1>
      <p>
        {name} ({email}) · {t(`role.${role}`)}
        {municipalities.length ? ` · ${municipalities.join(", ")}` : ""}
      </p>
      <Form method="post" className="stacked-form">
        <fieldset>
          <legend>{t("account.changePassword")}</legend>
          {result ? <FormNotice ok={result.ok}>{result.message}</FormNotice> : null}
          <div className="field">
            <label htmlFor="huidig">{t("account.current")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="huidig"
              name="huidig"
              type="password"
              autoComplete="current-password"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="nieuw">{t("account.new")}</label>
            <p className="hint" id="nieuw-hint">
              {t("account.tooShort", { n: MIN_PASSWORD_LENGTH })}
            </p>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="nieuw"
              name="nieuw"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              aria-describedby="nieuw-hint"
            />
          </div>
          <div className="field">
            <label htmlFor="herhaling">{t("account.repeat")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="herhaling"
              name="herhaling"
              type="password"
              autoComplete="new-password"
              required
            />
          </div>
          <button
            type="submit"
            className="button button--primary utrecht-button utrecht-button--primary-action"
          >
            {t("account.save")}
          </button>
        </fieldset>
      </Form>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("nav.account"));

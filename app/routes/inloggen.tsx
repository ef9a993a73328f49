// /inloggen: e-mail and password. Repeated failures slow down per account and
// per address; the messages never say whether an address has an account.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import { z } from "zod";
import { currentUser, startSession } from "~/auth.server";
import { TableScroll } from "~/components/table-scroll";
import { hasDemoData } from "~/db.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { safeReturnPath } from "~/return-path";
import {
  audit,
  checkCredentials,
  clearLoginFailures,
  DEMO_ACCOUNTS,
  loginThrottled,
  recordLoginFailure,
} from "~/security.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await currentUser(request, context.db))
    throw redirect(safeReturnPath(url.searchParams.get("terug")));
  const demo = await hasDemoData(context.db);
  return {
    demoAccounts: demo
      ? DEMO_ACCOUNTS.map(({ email, password, role }) => ({ email, password, role }))
      : [],
  };
}

const loginSchema = z.object({
  email: z.string().trim().min(1),
  wachtwoord: z.string().min(1),
  terug: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translator(await languageOf(request));
  const parsed = loginSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { error: t("login.missing") };
  const { email, wachtwoord, terug } = parsed.data;
  const keys = [`account:${email.toLowerCase()}`, `address:${context.clientAddress ?? "unknown"}`];
  if (await loginThrottled(context.db, keys)) return { error: t("login.throttled") };
  const account = await checkCredentials(context.db, email, wachtwoord);
  if (!account) {
    await recordLoginFailure(context.db, keys);
    await audit(context.db, { userId: null, actor: email.toLowerCase(), action: "login_failed" });
    return { error: t("login.failed") };
  }
  await clearLoginFailures(context.db, keys[0] as string);
  await audit(context.db, { userId: account.user_id, actor: account.email, action: "login" });
  return redirect(safeReturnPath(terug), {
    headers: { "Set-Cookie": await startSession(request, context.db, account) },
  });
}

export default function Login() {
  const { demoAccounts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("login.title")}</h1>
      <Form method="post" className="stacked-form">
        <fieldset>
          <legend>{t("login.legend")}</legend>
          {result?.error ? (
            <p
              className="notice notice--error utrecht-alert utrecht-alert--error"
              role="alert"
              id="login-error"
            >
              {result.error}
            </p>
          ) : null}
          <input type="hidden" name="terug" value={params.get("terug") ?? "/"} />
          <div className="field">
            <label htmlFor="email">{t("login.email")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-describedby={result?.error ? "login-error" : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="wachtwoord">{t("login.password")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="wachtwoord"
              name="wachtwoord"
              type="password"
              autoComplete="current-password"
              required
            />
          </div>
          <button
            type="submit"
            className="button button--primary utrecht-button utrecht-button--primary-action"
            disabled={navigation.state === "submitting"}
          >
            {t("login.submit")}
          </button>
        </fieldset>
      </Form>
      {demoAccounts.length ? (
        <section aria-labelledby="demo-accounts">
          <h2 id="demo-accounts">{t("login.demoTitle")}</h2>
          <p>{t("login.demoIntro")}</p>
          <TableScroll label={t("login.demoTitle")}>
            <table className="data-table utrecht-table">
              <thead>
                <tr>
                  <th scope="col">{t("login.role")}</th>
                  <th scope="col">{t("login.email")}</th>
                  <th scope="col">{t("login.password")}</th>
                </tr>
              </thead>
              <tbody>
                {demoAccounts.map((a) => (
                  <tr key={a.email}>
                    <td>{t(`role.${a.role}`)}</td>
                    <td>
                      <code>{a.email}</code>
                    </td>
                    <td>
                      <code>{a.password}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("login.title"));

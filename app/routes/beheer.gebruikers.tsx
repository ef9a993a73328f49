// /beheer/gebruikers: administrators add, disable and reset accounts, and read the audit log.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth.server";
import { FormNotice } from "~/components/form-notice";
import { TableScroll } from "~/components/table-scroll";
import { listFilterOptions } from "~/dashboard.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import {
  AccountError,
  audit,
  auditTrail,
  createAccount,
  disableAccount,
  listAccounts,
  setPassword,
} from "~/security.server";
import { MIN_PASSWORD_LENGTH, ROLES } from "../../core/accounts";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const [accounts, trail, options] = await Promise.all([
    listAccounts(context.db),
    auditTrail(context.db, 100),
    listFilterOptions(context.db),
  ]);
  return {
    accounts,
    municipalities: options.municipalities,
    trail: trail.map((e) => ({
      id: e.audit_id,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
    })),
  };
}

const addSchema = z.object({
  intent: z.literal("add"),
  email: z.string().trim().email(),
  naam: z.string().trim().min(1),
  rol: z.enum(ROLES),
  wachtwoord: z.string().min(MIN_PASSWORD_LENGTH),
});
const accountSchema = z.object({
  intent: z.enum(["disable", "reset"]),
  email: z.string().trim().email(),
  wachtwoord: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const t = translator(language);
  const form = await request.formData();
  const fields = Object.fromEntries(form);
  const add = addSchema.safeParse(fields);
  if (add.success) {
    try {
      await createAccount(context.db, {
        email: add.data.email,
        name: add.data.naam,
        role: add.data.rol,
        municipalities: form.getAll("gemeente").map(String),
        password: add.data.wachtwoord,
      });
    } catch (error) {
      if (error instanceof AccountError) return { ok: false, message: error.in(language) };
      throw error;
    }
    await audit(context.db, {
      userId: admin.user_id,
      actor: admin.email,
      action: "user_added",
      details: { email: add.data.email.toLowerCase(), role: add.data.rol },
    });
    return { ok: true, message: t("users.added") };
  }
  const change = accountSchema.safeParse(fields);
  if (!change.success)
    return { ok: false, message: t("users.invalid", { n: MIN_PASSWORD_LENGTH }) };
  if (change.data.intent === "disable") {
    await disableAccount(context.db, change.data.email);
    await audit(context.db, {
      userId: admin.user_id,
      actor: admin.email,
      action: "user_disabled",
      details: { email: change.data.email },
    });
    return { ok: true, message: t("users.disabled") };
  }
  const password = change.data.wachtwoord ?? "";
  if (password.length < MIN_PASSWORD_LENGTH)
    return { ok: false, message: t("users.invalid", { n: MIN_PASSWORD_LENGTH }) };
  await setPassword(context.db, change.data.email, password);
  await audit(context.db, {
    userId: admin.user_id,
    actor: admin.email,
    action: "password_changed",
    details: { email: change.data.email },
  });
  return { ok: true, message: t("users.reset") };
}

export default function Users() {
  const { accounts, municipalities, trail } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("users.title")}</h1>
      {result ? <FormNotice ok={result.ok}>{result.message}</FormNotice> : null}
      <TableScroll label={t("users.list")}>
        <table className="data-table utrecht-table">
          <caption>{t("users.list")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("login.email")}</th>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("login.role")}</th>
              <th scope="col">{t("users.municipalities")}</th>
              <th scope="col">{t("import.history.status")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.email}>
                <td>{a.email}</td>
                <td>{a.name}</td>
                <td>{t(`role.${a.role}`)}</td>
                <td>{a.municipalities.join(", ")}</td>
                <td>
                  {a.disabled ? (
                    t("users.isDisabled")
                  ) : (
                    <>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="disable" />
                        <input type="hidden" name="email" value={a.email} />
                        <button
                          type="submit"
                          className="button button--small utrecht-button utrecht-button--secondary-action"
                        >
                          {t("users.disable")}
                        </button>
                      </Form>{" "}
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="reset" />
                        <input type="hidden" name="email" value={a.email} />
                        <input
                          className="utrecht-textbox utrecht-textbox--html-input"
                          name="wachtwoord"
                          type="password"
                          autoComplete="new-password"
                          minLength={MIN_PASSWORD_LENGTH}
                          required
                          aria-label={t("users.newPasswordFor", { email: a.email })}
                        />{" "}
                        <button
                          type="submit"
                          className="button button--small utrecht-button utrecht-button--secondary-action"
                        >
                          {t("users.resetPassword")}
                        </button>
                      </Form>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Form method="post" className="stacked-form">
        <fieldset>
          <legend>{t("users.add")}</legend>
          <input type="hidden" name="intent" value="add" />
          <div className="field">
            <label htmlFor="u-email">{t("login.email")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="u-email"
              name="email"
              type="email"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="u-naam">{t("users.name")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="u-naam"
              name="naam"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="u-rol">{t("login.role")}</label>
            <select className="utrecht-select utrecht-select--html-select" id="u-rol" name="rol">
              <option value="municipality">{t("role.municipality")}</option>
              <option value="researcher">{t("role.researcher")}</option>
              <option value="assessor">{t("role.assessor")}</option>
              <option value="admin">{t("role.admin")}</option>
            </select>
          </div>
          <fieldset className="field">
            <legend>{t("users.municipalities")}</legend>
            {municipalities.map((m) => (
              <label key={m} className="choice">
                <input type="checkbox" name="gemeente" value={m} /> {m}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="u-wachtwoord">{t("users.firstPassword")}</label>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              id="u-wachtwoord"
              name="wachtwoord"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
            />
          </div>
          <button
            type="submit"
            className="button button--primary utrecht-button utrecht-button--primary-action"
          >
            {t("users.add")}
          </button>
        </fieldset>
      </Form>
      <section aria-labelledby="logboek">
        <h2 id="logboek">{t("users.audit")}</h2>
        <TableScroll label={t("users.audit")}>
          <table className="data-table utrecht-table">
            <thead>
              <tr>
                <th scope="col">{t("import.history.at")}</th>
                <th scope="col">{t("import.history.by")}</th>
                <th scope="col">{t("users.action")}</th>
              </tr>
            </thead>
            <tbody>
              {trail.map((e) => (
                <tr key={e.id}>
                  <td>{e.at.slice(0, 16).replace("T", " ")}</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("users.title"));

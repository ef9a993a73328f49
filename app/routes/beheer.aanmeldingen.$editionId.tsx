// /beheer/aanmeldingen/<edition_id>: for administrators, the edition's
// registrations as they come in (newest first); marking the intake held and
// the plan handed in (a form write through the import's rules); opening or
// closing the registration by hand. Every change goes into the audit log.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth.server";
import { FormNotice } from "~/components/form-notice";
import { TableScroll } from "~/components/table-scroll";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import {
  dayInNetherlands,
  editionRegistrations,
  markRegistration,
  registrationEdition,
  registrationOpen,
  setRegistrationForced,
} from "~/registration.server";
import { audit } from "~/security.server";
import { formatDate } from "../../core/format";
import { translator } from "../../core/i18n/messages";

async function editionOr404(request: Request, db: LoaderFunctionArgs["context"]["db"], id: string) {
  const edition = await registrationEdition(db, id);
  if (!edition) {
    throw new Response(translator(await languageOf(request))("register.unknown"), { status: 404 });
  }
  return edition;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const edition = await editionOr404(request, context.db, params.editionId ?? "");
  return {
    edition: {
      id: edition.edition_id,
      name: edition.name,
      forced: edition.forced,
      open: registrationOpen(edition, dayInNetherlands(new Date())),
      from: formatDate(edition.launched_on, language),
      until: formatDate(edition.closed_on, language),
    },
    registrations: await editionRegistrations(context.db, edition.edition_id),
  };
}

const markSchema = z.object({
  intent: z.literal("markeer"),
  aanmelding: z.string().trim().min(1),
  intake: z.literal("ja").optional(),
  plan: z.literal("ja").optional(),
});

const windowSchema = z.object({
  intent: z.literal("venster"),
  stand: z.enum(["datums", "open", "gesloten"]),
});

const FORCED = { datums: null, open: "open", gesloten: "closed" } as const;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const t = translator(language);
  const edition = await editionOr404(request, context.db, params.editionId ?? "");
  const posted = Object.fromEntries(await request.formData());
  const who = { userId: admin.user_id, actor: admin.email };
  const setting = windowSchema.safeParse(posted);
  if (setting.success) {
    const forced = FORCED[setting.data.stand];
    await setRegistrationForced(context.db, edition.edition_id, forced);
    await audit(context.db, {
      ...who,
      action: "registration_window",
      details: { edition_id: edition.edition_id, forced },
    });
    return { ok: true, message: t("registrations.window.saved") };
  }
  const mark = markSchema.safeParse(posted);
  if (!mark.success) return { ok: false, message: t("registrations.invalid") };
  const id = mark.data.aanmelding;
  const marked = {
    editionId: edition.edition_id,
    applicantId: id,
    intake: mark.data.intake === "ja",
    planSubmitted: mark.data.plan === "ja",
  };
  const result = await markRegistration(context.db, { ...marked, by: admin.email, language });
  if (!result.ok)
    return { ok: false, message: t("registrations.markFailed", { id, reason: result.reason }) };
  await audit(context.db, {
    ...who,
    action: "registration_marked",
    details: {
      edition_id: edition.edition_id,
      applicant_id: id,
      intake: marked.intake,
      plan_submitted: marked.planSubmitted,
    },
  });
  return { ok: true, message: t("registrations.marked", { id }) };
}

export default function Registrations() {
  const { edition, registrations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, language } = useI18n();
  const link = `/aanmelden/${edition.id}`;
  return (
    <>
      <h1>{t("registrations.title", { edition: edition.name })}</h1>
      <p>{t("registrations.intro")}</p>
      {result ? (
        <FormNotice ok={result.ok} id="uitkomst">
          {result.message}
        </FormNotice>
      ) : null}
      <p>
        {edition.open ? (
          <>
            {t("registrations.window.open")} <Link to={link}>{link}</Link>
          </>
        ) : (
          t("registrations.window.closed")
        )}{" "}
        {edition.forced
          ? t(`registrations.window.forced.${edition.forced}`)
          : t("registrations.window.dates", { from: edition.from, until: edition.until })}
      </p>
      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="venster" />
        <fieldset>
          <legend>{t("registrations.window.legend")}</legend>
          {(
            [
              ["datums", null, "registrations.window.byDates"],
              ["open", "open", "registrations.window.open.choice"],
              ["gesloten", "closed", "registrations.window.closed.choice"],
            ] as const
          ).map(([value, forced, label]) => (
            <label className="choice" key={value}>
              <input
                type="radio"
                name="stand"
                value={value}
                defaultChecked={edition.forced === forced}
              />{" "}
              {t(label)}
            </label>
          ))}
          <button type="submit" className="button utrecht-button utrecht-button--secondary-action">
            {t("registrations.window.save")}
          </button>
        </fieldset>
      </Form>
      {registrations.length === 0 ? (
        <p className="empty-state">{t("registrations.none")}</p>
      ) : (
        <TableScroll label={t("registrations.title", { edition: edition.name })}>
          <table className="data-table utrecht-table">
            <thead>
              <tr>
                <th scope="col">{t("registrations.column.id")}</th>
                <th scope="col">{t("registrations.column.registered")}</th>
                <th scope="col">{t("registrations.column.initiative")}</th>
                <th scope="col">{t("registrations.column.entrepreneur")}</th>
                <th scope="col">{t("registrations.column.email")}</th>
                <th scope="col">{t("registrations.column.intake")}</th>
                <th scope="col">{t("registrations.column.plan")}</th>
                <th scope="col">{t("registrations.column.save")}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((r) => {
                const formId = `markeer-${r.applicant_id}`;
                return (
                  <tr key={r.applicant_id}>
                    <th scope="row">{r.applicant_id}</th>
                    <td>{formatDate(r.registered_on, language)}</td>
                    <td>{r.initiative}</td>
                    <td>{r.entrepreneur ?? ""}</td>
                    <td>{r.email ?? ""}</td>
                    <td>
                      <input
                        type="checkbox"
                        form={formId}
                        name="intake"
                        value="ja"
                        defaultChecked={r.intake}
                        aria-label={`${t("registrations.column.intake")}: ${r.applicant_id}`}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        form={formId}
                        name="plan"
                        value="ja"
                        defaultChecked={r.plan_submitted}
                        aria-label={`${t("registrations.column.plan")}: ${r.applicant_id}`}
                      />
                    </td>
                    <td>
                      <Form method="post" id={formId} className="inline-form">
                        <input type="hidden" name="intent" value="markeer" />
                        <input type="hidden" name="aanmelding" value={r.applicant_id} />
                        <button
                          aria-label={t("registrations.mark.save", { id: r.applicant_id })}
                          type="submit"
                          className="button button--small utrecht-button utrecht-button--secondary-action"
                        >
                          {t("registrations.column.save")}
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
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => t("registrations.title", { edition: data?.edition.name ?? "" }));

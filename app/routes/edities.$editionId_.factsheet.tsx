// /edities/:editionId/factsheet: the factsheet as a page, with its options
// (language, edition to compare with), the PDF, and public links.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { municipalityVisible, requireUser, withScope } from "~/auth.server";
import { FactsheetStyle } from "~/components/factsheet-style";
import { LiveStatus } from "~/components/live-status";
import { ProgressDownload } from "~/components/progress-download";
import {
  factsheetOptions,
  listFactsheetLinks,
  publishFactsheet,
  revokeFactsheetLink,
  visibleFactsheet,
} from "~/factsheet.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { audit } from "~/security.server";
import { translator } from "../../core/i18n/messages";
import { FactsheetDocument } from "../../reports/factsheet/document";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  const uiLanguage = await languageOf(request);
  const url = new URL(request.url);
  const options = factsheetOptions(url, uiLanguage);
  const editionId = params.editionId ?? "";
  const model = await visibleFactsheet(context.db, user.scope, editionId, options);
  if (!model) throw new Response(translator(uiLanguage)("edition.notFound"), { status: 404 });
  const [links, editions] = await withScope(context.db, user.scope, (db) =>
    Promise.all([
      listFactsheetLinks(db, editionId),
      db
        .selectFrom("editions")
        .select(["edition_id", "name", "municipality"])
        .orderBy("name")
        .execute(),
    ]),
  );
  return {
    model,
    options,
    query: url.search,
    // Editions to compare with: only those the user may see.
    editions: editions
      .filter((e) => e.edition_id !== editionId && municipalityVisible(user.scope, e.municipality))
      .map(({ edition_id, name }) => ({ edition_id, name })),
    canPublish: user.role === "admin",
    links: links.map((l) => ({
      token: l.token,
      language: l.language,
      compare: l.compare_edition_id,
      created: l.created_at.toISOString(),
      revoked: l.revoked_at !== null,
    })),
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("publish"),
    taal: z.enum(["nl", "en"]),
    vergelijk: z.string().trim().optional(),
  }),
  z.object({ intent: z.literal("revoke"), token: z.string().min(1) }),
]);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context.db, ["admin"]);
  const t = translator(await languageOf(request));
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { message: t("factsheet.badRequest") };
  if (parsed.data.intent === "revoke") {
    await revokeFactsheetLink(context.db, parsed.data.token);
    await audit(context.db, { userId: user.user_id, actor: user.email, action: "revoke" });
    return { message: t("factsheet.revoked") };
  }
  const link = await publishFactsheet(context.db, {
    edition_id: params.editionId ?? "",
    language: parsed.data.taal,
    compare_edition_id: parsed.data.vergelijk || null,
  });
  await audit(context.db, {
    userId: user.user_id,
    actor: user.email,
    action: "publish",
    details: { edition_id: link.edition_id },
  });
  return { message: t("factsheet.published") };
}

export default function FactsheetPage() {
  const { model, options, query, editions, links, canPublish } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const linksHeading = useRef<HTMLHeadingElement>(null);
  // Revoking removes the focused button once the list is loaded again: bring
  // the focus back to its section instead of leaving a keyboard user at the
  // top of the page.
  useEffect(() => {
    if (result && links && document.activeElement === document.body) linksHeading.current?.focus();
  }, [result, links]);
  const base = `/edities/${model.edition.edition_id}`;
  return (
    <>
      <FactsheetStyle />
      <div className="factsheet-tools">
        <p className="breadcrumbs">
          <Link to={base}>{model.edition.name}</Link>
        </p>
        <Form method="get" className="filters" aria-label={t("factsheet.options")}>
          <div className="field">
            <label htmlFor="fs-taal">{t("language.label")}</label>
            <select
              className="utrecht-select utrecht-select--html-select"
              id="fs-taal"
              name="taal"
              defaultValue={options.language}
            >
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="fs-vergelijk">{t("factsheet.compareWith")}</label>
            <select
              className="utrecht-select utrecht-select--html-select"
              id="fs-vergelijk"
              name="vergelijk"
              defaultValue={options.compareWith ?? ""}
            >
              <option value="">{t("factsheet.previousEdition")}</option>
              {editions.map((e) => (
                <option key={e.edition_id} value={e.edition_id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__actions">
            <button
              type="submit"
              className="button utrecht-button utrecht-button--secondary-action"
            >
              {t("filters.apply")}
            </button>
            <ProgressDownload
              href={`${base}/factsheet.pdf${query}`}
              busyText="download.busy.pdf"
              className="button button--primary utrecht-button utrecht-button--primary-action"
            >
              {t("factsheet.pdf")}
            </ProgressDownload>
          </div>
        </Form>
      </div>
      <FactsheetDocument model={model} />
      {canPublish ? (
        <section className="factsheet-tools" aria-labelledby="publiek">
          <h2 id="publiek" ref={linksHeading} tabIndex={-1}>
            {t("factsheet.publicLinks")}
          </h2>
          <p>{t("factsheet.publicIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="taal" value={options.language} />
            <input type="hidden" name="vergelijk" value={options.compareWith ?? ""} />
            <button
              type="submit"
              className="button utrecht-button utrecht-button--secondary-action"
            >
              {t("factsheet.publish")}
            </button>
          </Form>
          <LiveStatus>{result?.message}</LiveStatus>
          {links.length ? (
            <ul>
              {links.map((link) => (
                <li key={link.token}>
                  {link.revoked ? (
                    <s>/publiek/{link.token}</s>
                  ) : (
                    <a href={`/publiek/${link.token}`}>/publiek/{link.token}</a>
                  )}{" "}
                  ({link.language}
                  {link.compare ? `, ${link.compare}` : ""}){" "}
                  {link.revoked ? t("factsheet.revokedLabel") : null}
                  {link.revoked ? null : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="token" value={link.token} />
                      <button
                        type="submit"
                        className="button button--small utrecht-button utrecht-button--secondary-action"
                      >
                        {t("factsheet.revoke")}
                      </button>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data ? t("factsheet.pageTitle", { edition: data.model.edition.name }) : null,
  );

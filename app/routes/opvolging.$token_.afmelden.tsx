// /opvolging/<token>/afmelden: stop the follow-up e-mail, from the link in
// every invitation and reminder. A page with one button (a GET only shows it,
// so a mail scanner that opens links stops nothing); the post stores the
// opt-out and answers with the same page saying it is done. Works without
// JavaScript. A link that ended still stops mail; an unknown one is 404.
import {
  type ActionFunctionArgs,
  json,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, redirect, useLoaderData } from "@remix-run/react";
import { FollowupLinkProblem } from "~/components/followup-link-problem";
import { FormNotice } from "~/components/form-notice";
import { followupLink, optOut } from "~/followup.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";

type Page = { state: "unknown" } | { state: "ask" | "done"; initiative: string };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const link = await followupLink(context.db, params.token ?? "");
  if (!link) return json<Page>({ state: "unknown" }, { status: 404 });
  const done = new URL(request.url).searchParams.has("afgemeld");
  return json<Page>({ state: done ? "done" : "ask", initiative: link.initiative });
}

export async function action({ params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (!(await optOut(context.db, token))) return json<Page>({ state: "unknown" }, { status: 404 });
  return redirect(`/opvolging/${encodeURIComponent(token)}/afmelden?afgemeld`, 303);
}

export default function OptOut() {
  const page = useLoaderData<typeof loader>() as Page;
  const { t } = useI18n();
  if (page.state === "unknown") return <FollowupLinkProblem state="unknown" />;
  const values = { initiative: page.initiative };
  return (
    <>
      <h1>{t("followup.optOut.title")}</h1>
      {page.state === "done" ? (
        <FormNotice ok>{t("followup.optOut.done", values)}</FormNotice>
      ) : (
        <Form method="post">
          <p>{t("followup.optOut.question", values)}</p>
          <button
            type="submit"
            className="button button--primary utrecht-button utrecht-button--primary-action"
          >
            {t("followup.optOut.submit")}
          </button>
        </Form>
      )}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) =>
    !data || data.state === "unknown" ? t("followup.unknown.title") : t("followup.optOut.title"),
  );

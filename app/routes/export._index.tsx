// /export: choose editions with a GET form and download the exports of that
// choice: the research scope for everyone, the full scope (with personal
// data) for administrators too (see docs/exports.md).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { municipalityVisible, requireUser, withScope } from "~/auth.server";
import { ExportDownloads } from "~/components/export-downloads";
import { ExportFilterForm } from "~/components/export-filters";
import { exportChoices, exportSelection } from "~/export.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  const params = new URL(request.url).searchParams;
  const language = await languageOf(request);
  const [choices, selection] = await Promise.all([
    withScope(context.db, user.scope, exportChoices),
    exportSelection(context.db, params, user.scope, language),
  ]);
  return {
    choices: {
      ...choices,
      municipalities: choices.municipalities.filter((m) => municipalityVisible(user.scope, m)),
    },
    chosen: {
      municipalities: params.getAll("municipality"),
      from: params.get("from") ?? "",
      to: params.get("to") ?? "",
      theme: params.get("theme") ?? "",
    },
    selection,
    offersFullScope: user.role === "admin",
  };
}

export default function ExportPage() {
  const { choices, chosen, selection, offersFullScope } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("export.title")}</h1>
      <p className="lead">{t("export.intro")}</p>
      <ExportFilterForm choices={choices} chosen={chosen} />
      <section aria-labelledby="export-downloads-title">
        <h2 id="export-downloads-title">{t("export.selection.title")}</h2>
        <ExportDownloads selection={selection} offersFullScope={offersFullScope} />
      </section>
      <section aria-labelledby="export-privacy-title">
        <h2 id="export-privacy-title">{t("export.privacy.title")}</h2>
        <p>{t("export.privacy.research")}</p>
        <p>{t(offersFullScope ? "export.privacy.fullOffered" : "export.privacy.full")}</p>
        <p>{t("export.privacy.licence")}</p>
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("export.title"));

// /publiek/:token: a published factsheet, public: small counts as "<5", no personal data.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FactsheetStyle } from "~/components/factsheet-style";
import { ProgressDownload } from "~/components/progress-download";
import { activeFactsheetLink, loadFactsheet } from "~/factsheet.server";
import { languageOf } from "~/i18n/language.server";
import { metaLanguage } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { translator } from "../../core/i18n/messages";
import { FactsheetDocument } from "../../reports/factsheet/document";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const link = await activeFactsheetLink(context.db, params.token ?? "");
  const notFound = new Response(translator(await languageOf(request))("factsheet.linkGone"), {
    status: 404,
  });
  if (!link) throw notFound;
  const model = await loadFactsheet(
    context.db,
    link.edition_id,
    { language: link.language, compareWith: link.compare_edition_id, audience: "public" },
    new Date(),
  );
  if (!model) throw notFound;
  return { model, token: link.token };
}

export default function PublicFactsheet() {
  const { model, token } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      <FactsheetStyle />
      <p className="factsheet-tools">
        <ProgressDownload
          href={`/publiek/${token}/pdf`}
          busyText="download.busy.pdf"
          className="button utrecht-button utrecht-button--secondary-action"
        >
          {t("factsheet.pdf")}
        </ProgressDownload>
      </p>
      <FactsheetDocument model={model} />
    </>
  );
}

// A published factsheet stands on its own: its title names no application.
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: data
      ? translator(metaLanguage(matches))("factsheet.pageTitle", {
          edition: data.model.edition.name,
        })
      : "Factsheet",
  },
  { name: "robots", content: "noindex" },
];

// /privacy: the record of processing (AVG article 30) for administrators,
// generated from the import contract like docs/privacy.md.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { loadConfig, recordOfProcessing } from "~/privacy.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  return recordOfProcessing(language, { retentionYears: loadConfig().retentionYears });
}

export default function RecordOfProcessing() {
  const record = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <article>
      <h1>{record.title}</h1>
      <p className="lead">{record.intro}</p>
      <p>
        <Link to="/beheer/privacy">{t("privacy.page.title")}</Link>
      </p>
      <div className="table-scroll">
        <table className="data-table utrecht-table">
          <thead>
            <tr>
              <th scope="col">{t("privacy.record.column.data")}</th>
              <th scope="col">{t("privacy.record.column.stored")}</th>
              <th scope="col">{t("privacy.record.column.purpose")}</th>
              <th scope="col">{t("privacy.record.column.seenBy")}</th>
              <th scope="col">{t("privacy.record.column.retention")}</th>
            </tr>
          </thead>
          <tbody>
            {record.entries.map((e) => (
              <tr key={`${e.stored}-${e.data}`}>
                <th scope="row">{e.data}</th>
                <td>
                  <code>{e.stored}</code>
                </td>
                <td>{e.purpose}</td>
                <td>{e.seenBy}</td>
                <td>{e.retention}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {record.notes.map((note) => (
        <section key={note.title}>
          <h2>{note.title}</h2>
          <p>{note.text}</p>
        </section>
      ))}
    </article>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("privacy.record.nav"));

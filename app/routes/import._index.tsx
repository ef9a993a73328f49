// /import: upload a workbook or CSV file, see the check (a dry run) grouped by
// sheet, confirm, and see and undo earlier imports. Plain forms: it works
// without JavaScript; with it, the page shows progress while a file is read.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useRouteError,
} from "@remix-run/react";
import { useEffect } from "react";
import { requireUser, type SessionUser } from "~/auth.server";
import { FormNotice } from "~/components/form-notice";
import { ImportReportView, REPORT_HEADING_ID } from "~/components/import-report";
import { LiveStatus } from "~/components/live-status";
import { TableScroll } from "~/components/table-scroll";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { DATASETS, importFile, listImports, loadConfig, undoImport } from "~/import.server";
import { checkSchema, confirmSchema, undoSchema } from "~/import-form.server";
import { audit } from "~/security.server";
import { discardUpload, doneReading, receiveUpload, withPendingUpload } from "~/uploads.server";
import { nameIn } from "../../core/contract/datasets";
import { formatDateTime, formatNumber } from "../../core/format";
import { type Translate, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";

const MB = 1024 * 1024;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const history = await listImports(context.db);
  return {
    maxUploadMb: loadConfig().importLimits.maxUploadBytes / MB,
    datasets: DATASETS.map((d) => ({ key: d.key, alias: d.alias })),
    history: history.map((r) => ({
      id: r.import_id,
      at: r.imported_at.toISOString(),
      by: r.imported_by,
      file: r.file_name,
      mode: r.mode,
      editions: r.edition_ids,
      undone: r.undone_at !== null,
    })),
  };
}

interface ReportResult {
  report: Awaited<ReturnType<typeof importFile>>;
  fileName: string;
}
interface CheckedResult extends ReportResult {
  stage: "checked";
  /** The upload waiting for confirmation; null when the file was refused. */
  token: string | null;
  mode: string;
  dataset: string;
}
interface ImportedResult extends ReportResult {
  stage: "imported";
}
interface MessageResult {
  stage: "message";
  tone: "ok" | "error";
  text: string;
}
type ActionResult = CheckedResult | ImportedResult | MessageResult;

function message(tone: "ok" | "error", text: string): ActionResult {
  return { stage: "message", tone, text };
}

async function check(
  request: Request,
  db: Parameters<typeof importFile>[0],
  user: SessionUser,
  language: Language,
  t: Translate,
): Promise<ActionResult> {
  const limits = loadConfig().importLimits;
  const upload = await receiveUpload(request, limits.maxUploadBytes, db, user.user_id);
  if (!upload.ok)
    return message(
      "error",
      t("import.form.tooLarge", { mb: formatNumber(limits.maxUploadBytes / MB, language) }),
    );
  const fields = checkSchema.safeParse({
    modus: upload.form.get("modus"),
    dataset: upload.form.get("dataset") ?? undefined,
  });
  if (!upload.file || !fields.success) {
    if (upload.file) {
      await doneReading(upload.file);
      await discardUpload(db, upload.file.token);
    }
    return message("error", t("import.form.noFile"));
  }
  const { name: fileName, token } = upload.file;
  const report = await importFile(db, upload.file.path, {
    fileName,
    dataset: fields.data.dataset as never,
    mode: fields.data.modus,
    dryRun: true,
    importedBy: user.email,
    language,
    limits,
  }).finally(() => doneReading(upload.file as NonNullable<typeof upload.file>));
  if (!report.ok) await discardUpload(db, token);
  return {
    stage: "checked",
    report,
    fileName,
    token: report.ok ? token : null,
    mode: fields.data.modus,
    dataset: fields.data.dataset ?? "",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const t = translator(language);
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    return check(request, context.db, user, language, t);
  }
  const form = Object.fromEntries(await request.formData());
  const undo = undoSchema.safeParse(form);
  if (form.intent === "undo" && undo.success) {
    const id = undo.data.import;
    const result = await undoImport(context.db, id);
    if (result.ok) {
      await audit(context.db, {
        userId: user.user_id,
        actor: user.email,
        action: "undo",
        details: { import_id: id },
      });
      return message("ok", t("import.undo.done", { id }));
    }
    if (result.reason === "later_import") {
      return message("error", t("import.undo.later", { id, later: result.laterImportId }));
    }
    return message(
      "error",
      t(result.reason === "already_undone" ? "import.undo.already" : "import.undo.notFound", {
        id,
      }),
    );
  }
  const confirm = confirmSchema.safeParse(form);
  if (form.intent !== "confirm" || !confirm.success) {
    return message("error", t("import.form.expired"));
  }
  const report = await withPendingUpload(context.db, confirm.data.token, user.user_id, (file) =>
    importFile(context.db, file, {
      fileName: confirm.data.naam,
      dataset: confirm.data.dataset as never,
      mode: confirm.data.modus,
      dryRun: false,
      importedBy: user.email,
      language,
      limits: loadConfig().importLimits,
    }),
  );
  if (!report) return message("error", t("import.form.expired"));
  if (report.import_id !== null) {
    await audit(context.db, {
      userId: user.user_id,
      actor: user.email,
      action: "import",
      details: { import_id: report.import_id, file: confirm.data.naam, mode: confirm.data.modus },
    });
  }
  return {
    stage: "imported",
    report,
    fileName: confirm.data.naam,
  } satisfies ActionResult;
}

/** What the server is doing with the file, while it does it (the Remix navigation state). */
function BusyStatus({ busy, text }: { busy: boolean; text: string }) {
  return (
    <LiveStatus>
      {busy ? (
        <>
          <progress aria-hidden="true" /> {text}
        </>
      ) : null}
    </LiveStatus>
  );
}

function UploadForm({
  maxUploadMb,
  datasets,
}: {
  maxUploadMb: number;
  datasets: { key: string; alias: string }[];
}) {
  const { language, t } = useI18n();
  const navigation = useNavigation();
  const busy =
    navigation.state === "submitting" && navigation.formEncType === "multipart/form-data";
  return (
    <Form method="post" encType="multipart/form-data" className="stacked-form">
      <fieldset>
        <legend>{t("import.form.legend")}</legend>
        <div className="field">
          <label htmlFor="bestand">{t("import.form.file")}</label>
          <p id="bestand-hint" className="hint">
            {t("import.form.fileHint", { mb: formatNumber(maxUploadMb, language) })}
          </p>
          <input
            id="bestand"
            name="bestand"
            type="file"
            accept=".xlsx,.csv,.txt,.zip"
            required
            aria-describedby="bestand-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="dataset">{t("import.form.dataset")}</label>
          <select
            className="utrecht-select utrecht-select--html-select"
            id="dataset"
            name="dataset"
            defaultValue=""
          >
            <option value="">{t("import.form.datasetFromName")}</option>
            {datasets.map((d) => (
              <option key={d.key} value={d.key}>
                {nameIn(language, d)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("import.form.mode")}</legend>
          <label className="choice">
            <input type="radio" name="modus" value="upsert" defaultChecked />{" "}
            {t("import.form.upsert")}
          </label>
          <label className="choice">
            <input type="radio" name="modus" value="replace" /> {t("import.form.replace")}
          </label>
        </fieldset>
        <button
          type="submit"
          className="button utrecht-button utrecht-button--secondary-action"
          disabled={busy}
        >
          {t("import.form.check")}
        </button>
        <BusyStatus busy={busy} text={t("import.form.checking")} />
      </fieldset>
    </Form>
  );
}

function ConfirmForm({ result }: { result: CheckedResult }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const busy =
    navigation.state === "submitting" && navigation.formData?.get("intent") === "confirm";
  if (!result.token) return null;
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="confirm" />
      <input type="hidden" name="token" value={result.token} />
      <input type="hidden" name="naam" value={result.fileName} />
      <input type="hidden" name="modus" value={result.mode} />
      <input type="hidden" name="dataset" value={result.dataset} />
      <button
        type="submit"
        className="button button--primary utrecht-button utrecht-button--primary-action"
        disabled={busy}
      >
        {t("import.confirm")}
      </button>
      <BusyStatus busy={busy} text={t("import.form.importing")} />
    </Form>
  );
}

function History({
  history,
}: {
  history: ReturnType<typeof useLoaderData<typeof loader>>["history"];
}) {
  const { language, t } = useI18n();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("import.history.title")}</h2>
      {history.length === 0 ? (
        <p>{t("import.history.empty")}</p>
      ) : (
        <TableScroll label={t("import.history.title")}>
          <table className="data-table utrecht-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t("import.history.id")}
                </th>
                <th scope="col">{t("import.history.at")}</th>
                <th scope="col">{t("import.history.by")}</th>
                <th scope="col">{t("import.history.file")}</th>
                <th scope="col">{t("import.history.mode")}</th>
                <th scope="col">{t("import.history.editions")}</th>
                <th scope="col">{t("import.history.status")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((r) => (
                <tr key={r.id}>
                  <td className="numeric">{r.id}</td>
                  <td>{formatDateTime(r.at, language)}</td>
                  <td>{r.by}</td>
                  <td>{r.file}</td>
                  <td>{t(`import.mode.${r.mode}`)}</td>
                  <td>{r.editions.join(", ")}</td>
                  <td>
                    {r.undone ? (
                      t("import.history.undone")
                    ) : (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="undo" />
                        <input type="hidden" name="import" value={r.id} />
                        <button
                          type="submit"
                          className="button button--small utrecht-button utrecht-button--secondary-action"
                          aria-label={t("import.history.undoLabel", { id: r.id })}
                        >
                          {t("import.history.undo")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The notice above a report, or the message instead of one. */
const MESSAGE_ID = "import-message";

export default function ImportPage() {
  const { maxUploadMb, datasets, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useI18n();
  // The result appears above the form: take the keyboard (and a screen
  // reader) there, to its first line, so that Tab goes on to the confirmation.
  useEffect(() => {
    if (!result) return;
    (document.getElementById(MESSAGE_ID) ?? document.getElementById(REPORT_HEADING_ID))?.focus();
  }, [result]);
  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.intro")}</p>
      <ol className="steps">
        <li>
          {t("import.steps.template")}{" "}
          <a href="/import/sjabloon.xlsx" download>
            {t("import.template")}
          </a>
        </li>
        <li>{t("import.steps.fill")}</li>
        <li>{t("import.steps.check")}</li>
        <li>{t("import.steps.confirm")}</li>
      </ol>
      {result?.stage === "message" ? (
        <FormNotice id={MESSAGE_ID} ok={result.tone === "ok"}>
          {result.text}
        </FormNotice>
      ) : null}
      {result?.stage === "imported" && result.report.ok ? (
        <FormNotice id={MESSAGE_ID} ok>
          {result.report.import_id === null
            ? t("import.doneNothing")
            : t("import.done", { id: result.report.import_id })}
        </FormNotice>
      ) : null}
      {result && result.stage !== "message" ? (
        <ImportReportView report={result.report} fileName={result.fileName} />
      ) : null}
      {result?.stage === "checked" ? <ConfirmForm result={result} /> : null}
      <UploadForm maxUploadMb={maxUploadMb} datasets={datasets} />
      <History history={history} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("import.title"));

/**
 * A check or import that broke off (the connection, the server): say what
 * that means for the data. A refusal the server meant (no access) says itself.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error)) {
    return (
      <>
        <h1>{t("error.title")}</h1>
        <p>{typeof error.data === "string" ? error.data : t("error.body")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("import.failed.title")}</h1>
      <p className="notice notice--error utrecht-alert utrecht-alert--error" role="alert">
        {t("import.failed.body")}
      </p>
      <p>
        <Link to="/import" reloadDocument>
          {t("import.failed.back")}
        </Link>
      </p>
    </>
  );
}

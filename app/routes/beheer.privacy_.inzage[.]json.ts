// /beheer/privacy/inzage.json?editie=…&aanmelding=…: an access request
// (AVG article 15) answered as a download, for administrators; recorded in
// the audit log (where and who, not what).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { accessRequestJson, registrationRecord } from "~/privacy.server";
import { audit } from "~/security.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = await requireUser(request, context.db, ["admin"]);
  const t = translator(await languageOf(request));
  const url = new URL(request.url);
  const edition = url.searchParams.get("editie")?.trim() ?? "";
  const applicant = url.searchParams.get("aanmelding")?.trim() ?? "";
  const record = await registrationRecord(context.db, edition, applicant);
  if ("reason" in record) {
    const message =
      record.reason === "unknown_edition"
        ? t("privacy.unknownEdition", { edition })
        : t("privacy.unknownApplicant", { edition, applicant });
    return new Response(message, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  await audit(context.db, {
    userId: admin.user_id,
    actor: admin.email,
    action: "access_request",
    details: { edition_id: edition },
  });
  const name = `inzage-${edition}-${applicant}.json`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(accessRequestJson(record), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}

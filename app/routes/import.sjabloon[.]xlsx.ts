// GET /import/sjabloon.xlsx: the import template in the user's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { buildTemplate } from "~/import.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const buffer = await buildTemplate(language).xlsx.writeBuffer();
  const name =
    language === "nl" ? "sjabloon-soc-impactmonitor.xlsx" : "template-soc-impact-monitor.xlsx";
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}

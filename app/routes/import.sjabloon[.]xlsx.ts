// GET /import/sjabloon.xlsx: the import template in the user's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { buildTemplate } from "~/import.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context.db, ["admin"]);
  const language = await languageOf(request);
  const buffer = await buildTemplate(language).xlsx.writeBuffer();
  const name = translator(language)("import.templateFile");
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}

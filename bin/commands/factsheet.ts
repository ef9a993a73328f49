import { writeFile } from "node:fs/promises";
import path from "node:path";
import { translator } from "../../core/i18n/messages";
import { factsheetHtml } from "../../reports/factsheet/html.server";
import { loadFactsheet } from "../../reports/factsheet/model.server";
import { closePdfBrowser, htmlToPdf } from "../../reports/factsheet/pdf.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

export const factsheetCommand: Command = {
  name: "factsheet",
  summary: "cli.factsheet.summary",
  usage: "cli.factsheet.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      compare: { type: "string" },
      public: { type: "boolean" },
    });
    const [editionId] = positionals;
    if (!editionId || positionals.length > 1) throw new UsageError("cli.factsheet.oneEdition");
    if (!values.out) throw new UsageError("cli.factsheet.giveOut");
    const format = path.extname(values.out).toLowerCase();
    if (format !== ".pdf" && format !== ".html") throw new UsageError("cli.factsheet.extension");
    const { language } = io;
    const model = await loadFactsheet(
      await io.db(),
      editionId,
      {
        language,
        compareWith: values.compare ?? null,
        audience: values.public ? "public" : "internal",
      },
      new Date(),
    );
    if (!model) {
      throw values.compare
        ? new RefusedError("cli.factsheet.eitherNotFound", {
            edition: editionId,
            compare: values.compare,
          })
        : new RefusedError("cli.factsheet.notFound", { edition: editionId });
    }
    const html = factsheetHtml(model);
    if (format === ".html") await writeFile(values.out, html);
    else {
      try {
        await writeFile(values.out, await htmlToPdf(html));
      } finally {
        await closePdfBrowser();
      }
    }
    io.out(translator(language)("cli.factsheet.written", { file: path.resolve(values.out) }));
    return EXIT.done;
  },
};

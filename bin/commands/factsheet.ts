import { writeFile } from "node:fs/promises";
import path from "node:path";
import { isLanguage } from "../../core/language";
import { factsheetHtml } from "../../reports/factsheet/html.server";
import { loadFactsheet } from "../../reports/factsheet/model.server";
import { closePdfBrowser, htmlToPdf } from "../../reports/factsheet/pdf.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

export const factsheetCommand: Command = {
  name: "factsheet",
  summary: "schrijft de factsheet van een editie als PDF of HTML",
  usage: [
    "Gebruik: impact factsheet <editie> --out <bestand.pdf|bestand.html> [--lang en] [--compare EDITIE] [--public]",
    "",
    "  --lang en          de factsheet in het Engels",
    "  --compare EDITIE   vergelijken met deze editie in plaats van de vorige",
    "  --public           de openbare versie: aantallen van 1 tot 4 als <5",
    "",
    "Een PDF vraagt Chromium (apt-get install -y chromium); HTML niet.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      lang: { type: "string" },
      compare: { type: "string" },
      public: { type: "boolean" },
    });
    const [editionId] = positionals;
    if (!editionId || positionals.length > 1)
      throw new UsageError("Geef één editie, zoals groningen-2020.");
    if (!values.out)
      throw new UsageError("Geef het doelbestand: --out factsheet.pdf of --out factsheet.html");
    const format = path.extname(values.out).toLowerCase();
    if (format !== ".pdf" && format !== ".html")
      throw new UsageError("Het doelbestand eindigt op .pdf of .html.");
    const language = values.lang ?? "nl";
    if (!isLanguage(language)) throw new UsageError(`--lang kent nl en en, niet ${language}.`);
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
      throw new RefusedError(
        `De editie ${values.compare ? `${editionId} of ${values.compare}` : editionId} bestaat niet.`,
      );
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
    io.out(`Factsheet geschreven: ${path.resolve(values.out)}`);
    return EXIT.done;
  },
};

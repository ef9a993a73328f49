import { Form } from "@remix-run/react";
import { useI18n } from "~/i18n/use-i18n";
import type { ExportChoices } from "../../db/queries/export-rows.server";

export interface ExportChosen {
  municipalities: string[];
  from: string;
  to: string;
  theme: string;
}

/**
 * The choice of editions as a GET form: the choice lives in the URL, so it
 * can be shared, and the download links carry the same query. Several
 * municipalities may be ticked; none means all.
 */
export function ExportFilterForm({
  choices,
  chosen,
}: {
  choices: ExportChoices;
  chosen: ExportChosen;
}) {
  const { t } = useI18n();
  const year = (id: string, name: "from" | "to", value: string) => (
    <div className="field">
      <label htmlFor={id}>{t(name === "from" ? "export.form.from" : "export.form.to")}</label>
      <select
        className="utrecht-select utrecht-select--html-select"
        id={id}
        name={name}
        defaultValue={value}
      >
        <option value="">–</option>
        {choices.years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
    </div>
  );
  return (
    <Form method="get" action="/export" className="stacked-form">
      <fieldset>
        <legend>{t("export.form.legend")}</legend>
        <fieldset className="field" aria-describedby="export-municipalities-hint">
          <legend>{t("export.form.municipalities")}</legend>
          <p id="export-municipalities-hint" className="hint">
            {t("export.form.municipalitiesHint")}
          </p>
          {choices.municipalities.map((municipality) => (
            <label key={municipality} className="choice">
              <input
                type="checkbox"
                name="municipality"
                value={municipality}
                defaultChecked={chosen.municipalities.includes(municipality)}
              />{" "}
              {municipality}
            </label>
          ))}
        </fieldset>
        <div className="export-years">
          {year("export-from", "from", chosen.from)}
          {year("export-to", "to", chosen.to)}
        </div>
        <div className="field">
          <label htmlFor="export-theme">{t("export.form.theme")}</label>
          <select
            className="utrecht-select utrecht-select--html-select"
            id="export-theme"
            name="theme"
            defaultValue={chosen.theme}
          >
            <option value="">{t("export.form.allThemes")}</option>
            {choices.themes.map((theme) => (
              <option key={theme}>{theme}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button utrecht-button utrecht-button--secondary-action">
          {t("export.form.apply")}
        </button>
      </fieldset>
    </Form>
  );
}

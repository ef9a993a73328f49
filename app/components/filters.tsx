import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/i18n/use-i18n";
import type { FilterOptions } from "../../db/queries/editions.server";

export interface FilterValues {
  municipality: string;
  from: string;
  to: string;
  theme: string;
}

/**
 * The dashboard selection as a GET form: the choice lives in the URL, so a
 * view can be shared and the back button works.
 */
export function FilterForm({
  options,
  values,
  action,
}: {
  options: FilterOptions;
  values: FilterValues;
  action: string;
}) {
  const { t } = useI18n();
  return (
    <Form method="get" action={action} className="filters" aria-label={t("filters.title")}>
      <div className="field">
        <label htmlFor="f-municipality">{t("filters.municipality")}</label>
        <select id="f-municipality" name="municipality" defaultValue={values.municipality}>
          <option value="">{t("filters.allMunicipalities")}</option>
          {options.municipalities.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-from">{t("filters.from")}</label>
        <select id="f-from" name="from" defaultValue={values.from}>
          <option value="">{t("filters.anyYear")}</option>
          {options.years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-to">{t("filters.to")}</label>
        <select id="f-to" name="to" defaultValue={values.to}>
          <option value="">{t("filters.anyYear")}</option>
          {options.years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-theme">{t("filters.theme")}</label>
        <select id="f-theme" name="theme" defaultValue={values.theme}>
          <option value="">{t("filters.allThemes")}</option>
          {options.themes.map((theme) => (
            <option key={theme}>{theme}</option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t("filters.apply")}
        </button>
        <Link to={action}>{t("filters.reset")}</Link>
      </div>
    </Form>
  );
}

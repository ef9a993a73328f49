import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/use-i18n";
import type { FilterOptions } from "../../db/queries/editions.server";

export interface FilterValues {
  municipality: string;
  from: string;
  to: string;
  theme: string;
}

/** One labelled select of the selection: "" stands for all. */
function SelectField({
  name,
  label,
  all,
  value,
  options,
}: {
  name: keyof FilterValues;
  label: string;
  all: string;
  value: string;
  options: readonly (string | number)[];
}) {
  const id = `f-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        className="utrecht-select utrecht-select--html-select"
        id={id}
        name={name}
        defaultValue={value}
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * The dashboard selection as a GET form: the choice lives in the URL, so a
 * view can be shared and the back button works.
 */
export function FilterForm({
  options,
  values,
  action,
  children,
}: {
  options: FilterOptions;
  values: FilterValues;
  action: string;
  /** Fields a page adds to the selection (the evaluation's bandwidth). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Form method="get" action={action} className="filters" aria-label={t("filters.title")}>
      <SelectField
        name="municipality"
        label={t("filters.municipality")}
        all={t("filters.allMunicipalities")}
        value={values.municipality}
        options={options.municipalities}
      />
      <SelectField
        name="from"
        label={t("filters.from")}
        all={t("filters.anyYear")}
        value={values.from}
        options={options.years}
      />
      <SelectField
        name="to"
        label={t("filters.to")}
        all={t("filters.anyYear")}
        value={values.to}
        options={options.years}
      />
      <SelectField
        name="theme"
        label={t("filters.theme")}
        all={t("filters.allThemes")}
        value={values.theme}
        options={options.themes}
      />
      {children}
      <div className="filters__actions">
        <button
          type="submit"
          className="button button--primary utrecht-button utrecht-button--primary-action"
        >
          {t("filters.apply")}
        </button>
        <Link to={action}>{t("filters.reset")}</Link>
      </div>
    </Form>
  );
}

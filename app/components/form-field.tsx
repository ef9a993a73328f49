// A field of a form made from the contract (import/forms/fields.ts): label
// with its required mark, the column's description and length as a hint,
// the error next to the field, all tied to the input by aria-describedby;
// and the summary of errors at the top, which takes focus and links to each
// field (WCAG 3.3.1, 3.3.3).
import { type MouseEvent, useEffect, useRef } from "react";
import { useI18n } from "~/i18n/use-i18n";
import { parseCell } from "../../core/contract/value-types";
import type { FormField } from "../../import/forms/fields";

export function fieldId(key: string): string {
  return `veld-${key}`;
}

/** A yes/no field's value read back: one of the contract's words for yes, in either language. */
function isYes(value: string | null): boolean {
  if (value === null) return false;
  const parsed = parseCell(value, { kind: "bool" }, "point");
  return parsed.ok && parsed.value === true;
}

export function ContractField({
  field,
  value,
  error,
}: {
  field: FormField;
  value: string | null;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const id = fieldId(field.key);
  const hintId = `${id}-hint`;
  const errorId = `${id}-fout`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const common = {
    id,
    name: field.key,
    required: field.required,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    autoComplete: field.autocomplete,
  };
  // Some descriptions name their length already ("hoogstens 2000 tekens",
  // "2,000 characters at most"): not twice.
  const lengthHint =
    field.maxLength && !field.description.replace(/[.,]/g, "").includes(String(field.maxLength))
      ? t("form.maxLength", { max: field.maxLength })
      : "";
  const hint = [field.description, lengthHint].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id} className="utrecht-form-label">
        {field.label}{" "}
        <span className="field__mark">
          ({t(field.required ? "form.required" : "form.optional")})
        </span>
      </label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {field.kind === "checkbox" && !field.required ? (
        // An optional yes/no is a box, unticked unless the person ticks it.
        <input {...common} type="checkbox" value="true" defaultChecked={isYes(value)} />
      ) : field.kind === "checkbox" ? (
        // A required yes/no must be answered: no answer is not a no.
        <select
          {...common}
          className="utrecht-select utrecht-select--html-select"
          defaultValue={value === null ? "" : isYes(value) ? "true" : "false"}
        >
          <option value="">{t("form.choose")}</option>
          <option value="true">{t("workbook.yes")}</option>
          <option value="false">{t("workbook.no")}</option>
        </select>
      ) : field.kind === "select" ? (
        <select
          {...common}
          className="utrecht-select utrecht-select--html-select"
          defaultValue={value ?? ""}
        >
          <option value="">{t("form.choose")}</option>
          {field.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : field.kind === "textarea" ? (
        <textarea
          {...common}
          className="utrecht-textarea utrecht-textbox utrecht-textbox--html-input"
          rows={6}
          maxLength={field.maxLength}
          defaultValue={value ?? ""}
        />
      ) : (
        <input
          {...common}
          className="utrecht-textbox utrecht-textbox--html-input"
          type={field.kind === "number" ? "text" : field.kind}
          maxLength={field.maxLength}
          inputMode={field.kind === "number" ? "decimal" : undefined}
          defaultValue={value ?? ""}
        />
      )}
    </div>
  );
}

/**
 * With scripts, a link to a field moves the focus there without a navigation:
 * the router would take the changed address for a new page and lose the
 * form's answer (and its errors). Without scripts the link does it by itself.
 */
function focusField(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}

/** The errors at the top of the form, each a link to its field; focused when it appears. */
export function ErrorSummary({
  errors,
  labels,
  other,
  idOf = fieldId,
}: {
  errors: Record<string, string>;
  /** Per field key, its label. */
  labels: Record<string, string>;
  other: readonly string[];
  /** The id of a field's input, by its key (the contract's fields: fieldId). */
  idOf?: (key: string) => string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const count = Object.keys(errors).length + other.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div
      ref={ref}
      id="foutoverzicht"
      tabIndex={-1}
      role="alert"
      className="notice notice--error utrecht-alert utrecht-alert--error error-summary"
    >
      <p>
        <strong>
          {t(count === 1 ? "form.errorSummary.one" : "form.errorSummary.other", { count })}
        </strong>
      </p>
      <ul>
        {Object.entries(errors).map(([key, message]) => (
          <li key={key}>
            <a href={`#${idOf(key)}`} onClick={focusField(idOf(key))}>
              {labels[key] ?? key}: {message}
            </a>
          </li>
        ))}
        {other.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

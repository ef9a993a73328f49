// A form's fields made from the contract: one field per column, with the
// column's type, its label and description in the reader's language, its
// required mark and, for a closed list, its choices. The field's name is the
// column's key, so a script or a test can post what a spreadsheet would hold.
import {
  type ColumnSpec,
  columnDescription,
  type DatasetSpec,
  nameIn,
} from "../../core/contract/datasets";
import { isEmptyCell, type NumberConvention, parseCell } from "../../core/contract/value-types";
import { type MessageKey, nl, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { issueMessage } from "../issues";

export type FieldKind =
  | "text"
  | "textarea"
  | "email"
  | "tel"
  | "number"
  | "date"
  | "checkbox"
  | "select";

export interface FormChoice {
  value: string;
  label: string;
}

export interface FormField {
  /** The column's key: the field's name in the posted form. */
  key: string;
  kind: FieldKind;
  label: string;
  description: string;
  required: boolean;
  maxLength?: number;
  /** A closed list: the contract's enum, or the choices the form narrows it to. */
  choices?: FormChoice[];
  /** The browser's autofill hint (WCAG 1.3.5, identify input purpose). */
  autocomplete?: string;
}

/** Longer than this, a text is a paragraph, not a line. */
const PARAGRAPH_LENGTH = 500;

/** Columns whose purpose the browser can fill in for the person (WCAG 1.3.5). */
const AUTOCOMPLETE: Record<string, string> = {
  organisation: "organization",
  entrepreneur: "name",
  email: "email",
  phone: "tel",
};

/** A text from the forms section when it has one, else the fallback. */
function textOr(language: Language, key: string, fallback: string): string {
  return Object.hasOwn(nl, key) ? translator(language)(key as MessageKey) : fallback;
}

function kindOf(column: ColumnSpec): FieldKind {
  const type = column.type;
  if (column.key === "phone") return "tel";
  switch (type.kind) {
    case "email":
      return "email";
    case "integer":
    case "decimal":
      return "number";
    case "date":
      return "date";
    case "bool":
      return "checkbox";
    case "enum":
      return "select";
    case "text":
      return (type.maxLength ?? 0) > PARAGRAPH_LENGTH ? "textarea" : "text";
    default:
      return "text";
  }
}

export interface FieldOptions {
  /** A column's choices narrowed to these values (the edition's themes for `theme`). */
  choices?: Record<string, readonly string[]>;
}

/**
 * The fields of `keys` (columns of `dataset`, in this order). Labels come
 * from the forms section of the dictionary (`form.<dataset>.<column>`), a
 * choice's from `form.choice.<column>.<value>`; where it has none, the
 * column's name in that language.
 */
export function formFields(
  dataset: DatasetSpec,
  keys: readonly string[],
  language: Language,
  options: FieldOptions = {},
): FormField[] {
  const label = (column: ColumnSpec) =>
    textOr(language, `form.${dataset.key}.${column.key}`, nameIn(language, column));
  // A hint names the other fields it speaks of by their labels, not their headers.
  const names = Object.fromEntries(dataset.columns.map((c) => [c.key, `“${label(c)}”`]));
  return keys.map((key) => {
    const column = dataset.columns.find((c) => c.key === key);
    if (!column) throw new Error(`${dataset.key} has no column ${key}`);
    const narrowed = options.choices?.[key];
    const enumChoices =
      column.type.kind === "enum"
        ? column.type.options.map((option) => ({
            value: option.value,
            label: textOr(
              language,
              `form.choice.${key}.${option.value}`,
              nameIn(language, { key: option.value, alias: option.alias }),
            ),
          }))
        : undefined;
    const choices = narrowed ? narrowed.map((value) => ({ value, label: value })) : enumChoices;
    const maxLength = column.type.kind === "text" ? column.type.maxLength : undefined;
    return {
      key,
      kind: choices ? "select" : kindOf(column),
      label: label(column),
      description: columnDescription(column, language, names),
      required: column.required,
      ...(maxLength ? { maxLength } : {}),
      ...(choices ? { choices } : {}),
      ...(AUTOCOMPLETE[key] ? { autocomplete: AUTOCOMPLETE[key] } : {}),
    };
  });
}

/** Typed in the reader's language: `3.000,50` in Dutch, `3000.50` in English. */
export function conventionOf(language: Language): NumberConvention {
  return language === "nl" ? "dutch" : "point";
}

export interface CheckedValues {
  /** The posted values, trimmed; an empty field is null (not given). */
  values: Record<string, string | null>;
  /** Per field key, what is wrong, in the reader's language. */
  errors: Record<string, string>;
}

/**
 * Checks posted values field by field with the import's own parsing (the
 * rules across rows come after, when the pipeline writes), and a narrowed
 * choice against its list.
 */
export function checkFields(
  fields: readonly FormField[],
  dataset: DatasetSpec,
  posted: (key: string) => string | null,
  language: Language,
): CheckedValues {
  const values: Record<string, string | null> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const column = dataset.columns.find((c) => c.key === field.key) as ColumnSpec;
    const raw = posted(field.key)?.trim() ?? "";
    values[field.key] = raw === "" ? null : raw;
    if (isEmptyCell(raw)) {
      if (field.required) errors[field.key] = issueMessage({ code: "required" }, language);
      continue;
    }
    const parsed = parseCell(raw, column.type, conventionOf(language));
    if (!parsed.ok) errors[field.key] = issueMessage(parsed.problem, language);
    else if (field.choices && !field.choices.some((c) => c.value === parsed.value)) {
      errors[field.key] = translator(language)("form.notAChoice");
    }
  }
  return { values, errors };
}

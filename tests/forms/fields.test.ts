// The form's fields come from the contract: types, required marks, choices
// and labels in both languages; posted values are checked by the import's
// own parsing.
import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../core/contract/datasets";
import { checkFields, formFields } from "../../import/forms/fields";
import { REGISTRATION_COLUMNS } from "../../import/forms/registration.server";

const APPLICANTS = datasetSpec("applicants");

describe("a form's fields from the contract", () => {
  it("has a field per column with its type, required mark and length", () => {
    const fields = formFields(APPLICANTS, REGISTRATION_COLUMNS, "nl");
    expect(fields.map((f) => f.key)).toEqual([...REGISTRATION_COLUMNS]);
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.initiative).toMatchObject({ kind: "text", required: true, maxLength: 200 });
    expect(byKey.email).toMatchObject({ kind: "email", required: false, autocomplete: "email" });
    expect(byKey.phone).toMatchObject({ kind: "tel", autocomplete: "tel" });
    expect(byKey.idea).toMatchObject({ kind: "textarea", maxLength: 2000 });
    expect(byKey.theme?.kind).toBe("text");
  });

  it("names another field in a hint by its label, not its column header", () => {
    const outcomes = datasetSpec("outcomes");
    const [nl] = formFields(outcomes, ["jobs_distance_fte"], "nl");
    const [en] = formFields(outcomes, ["jobs_distance_fte"], "en");
    expect(nl?.description).toBe(
      "Waarvan voor mensen met een afstand tot de arbeidsmarkt; niet meer dan “Betaalde banen (fte)”.",
    );
    expect(en?.description).not.toContain("jobs_fte");
  });

  it("offers an enum's values as choices with translated labels", () => {
    const nl = formFields(APPLICANTS, ["stage", "referral"], "nl");
    const en = formFields(APPLICANTS, ["stage", "referral"], "en");
    expect(nl[0]?.kind).toBe("select");
    expect(nl[0]?.choices).toEqual([
      { value: "idea", label: "Idee" },
      { value: "startup", label: "Net gestart" },
      { value: "growth", label: "Groeiend" },
    ]);
    expect(en[0]?.choices?.map((c) => c.label)).toEqual(["Idea", "Just started", "Growing"]);
    expect(nl[1]?.choices?.find((c) => c.value === "word_of_mouth")?.label).toBe("Via via");
    expect(en[1]?.choices?.map((c) => c.value)).toEqual([
      "campaign",
      "word_of_mouth",
      "former_participant",
      "social_media",
      "municipality",
      "press",
      "other",
    ]);
  });

  it("labels and describes in Dutch and English", () => {
    const [nl] = formFields(APPLICANTS, ["initiative"], "nl");
    const [en] = formFields(APPLICANTS, ["initiative"], "en");
    expect(nl).toMatchObject({
      label: "Naam van het initiatief",
      description: "Naam van het initiatief.",
    });
    expect(en?.label).toBe("Name of the initiative");
    expect(en?.description).not.toBe(nl?.description);
  });

  it("narrows a column to given choices (an edition's themes)", () => {
    const [theme] = formFields(APPLICANTS, ["theme"], "nl", {
      choices: { theme: ["Armoede", "Wonen"] },
    });
    expect(theme).toMatchObject({
      kind: "select",
      choices: [{ value: "Armoede" }, { value: "Wonen" }],
    });
  });

  it("gives every applicants column a label of its own in both languages", () => {
    const keys = APPLICANTS.columns.map((c) => c.key);
    for (const language of ["nl", "en"] as const) {
      for (const field of formFields(APPLICANTS, keys, language)) {
        expect(field.label, field.key).not.toBe(field.key);
      }
    }
  });

  it("checks posted values with the import's parsing, per field", () => {
    const fields = formFields(APPLICANTS, REGISTRATION_COLUMNS, "nl", {
      choices: { theme: ["Armoede"] },
    });
    const posted: Record<string, string> = {
      initiative: "  ",
      email: "geen-adres",
      stage: "start",
      theme: "Iets anders",
      idea: "x".repeat(2001),
    };
    const { values, errors } = checkFields(fields, APPLICANTS, (k) => posted[k] ?? null, "nl");
    expect(Object.keys(errors).sort()).toEqual(["email", "idea", "initiative", "theme"]);
    expect(errors.email).toBe("Dit is geen geldig e-mailadres.");
    expect(errors.idea).toContain("2000");
    expect(values.initiative).toBeNull();
    // A Dutch alias is a value of the contract: accepted as the import accepts it.
    expect(errors.stage).toBeUndefined();
  });
});

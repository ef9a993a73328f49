// The evaluation's figures (shared/spec/evaluation.md) as the definition
// pages explain them. They are not per-edition figures of the metric
// catalogue (reports/metrics/definitions.ts) but estimates over a selection
// of editions, so they form their own small list with their own keys.
import type { MessageKey } from "../../core/i18n/messages";

export const EVALUATION_KEYS = [
  "itt",
  "award_jump",
  "effect_wald",
  "survival_below",
  "criterion_auc",
  "funded_vs_comparison",
] as const;

export type EvaluationKey = (typeof EVALUATION_KEYS)[number];

export interface EvaluationDefinition {
  key: EvaluationKey;
  label: MessageKey;
  formula: MessageKey;
  caveat: MessageKey;
}

export const EVALUATION_GROUP_LABEL: MessageKey = "evaluation.def.group";

export const EVALUATION_DEFINITIONS: readonly EvaluationDefinition[] = EVALUATION_KEYS.map(
  (key) => ({
    key,
    label: `evaluation.def.${key}.label`,
    formula: `evaluation.def.${key}.formula`,
    caveat: `evaluation.def.${key}.caveat`,
  }),
);

export function isEvaluationKey(key: string): key is EvaluationKey {
  return (EVALUATION_KEYS as readonly string[]).includes(key);
}

export function evaluationDefinition(key: EvaluationKey): EvaluationDefinition {
  return EVALUATION_DEFINITIONS.find((d) => d.key === key) as EvaluationDefinition;
}

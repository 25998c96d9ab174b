import { BUILTIN_RULES } from '../../index.js';

/** Descriptions of the evidence ids that are not rules. */
const PSEUDO_RULES: Readonly<Record<string, string>> = {
  classifier: "The naive Bayes classifier's vote for the label.",
  context: "The block's position and neighbours: a run of chaff at the document's edge.",
};

/**
 * A one-sentence description of a rule or evidence id.
 *
 * @param id a built-in rule id, `phrases-<label>`, `classifier` or `context`
 * @returns the description
 */
export function ruleDescription(id: string): string {
  const builtin = BUILTIN_RULES.find((r) => r.id === id);
  if (builtin) return builtin.description;
  if (PSEUDO_RULES[id]) return PSEUDO_RULES[id];
  const phrases = /^phrases-([a-z]+)$/.exec(id);
  if (phrases) return `A phrase listed under "phrases.${phrases[1]}" in the dechaff configuration.`;
  return `The rule ${id}.`;
}

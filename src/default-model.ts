import { loadShippedModel, type NaiveBayes } from './bayes.js';
import { shippedModel } from './shipped-model.js';

let model: NaiveBayes | undefined;

/**
 * The model shipped with dechaff (trained into `data/model.json`, packed by the build), validated
 * and loaded on first use.
 *
 * @returns the shipped naive Bayes model
 */
export function defaultModel(): NaiveBayes {
  model ??= loadShippedModel(shippedModel());
  return model;
}

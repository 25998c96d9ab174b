import shipped from '../data/model.json';
import { loadModel, type NaiveBayes } from './bayes.js';

let model: NaiveBayes | undefined;

/**
 * The model shipped in `data/model.json`, validated and loaded on first use.
 *
 * @returns the shipped naive Bayes model
 */
export function defaultModel(): NaiveBayes {
  model ??= loadModel(shipped);
  return model;
}

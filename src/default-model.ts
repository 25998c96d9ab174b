import shipped from '../data/model.json';
import { loadModel, type NaiveBayes } from './bayes.js';

let model: NaiveBayes | undefined;

/**
 * The model shipped in `data/model.json`, validated and loaded on first use. The build bundles it
 * as a JSON string (parsed here, once); in the sources it is imported as an object.
 *
 * @returns the shipped naive Bayes model
 */
export function defaultModel(): NaiveBayes {
  model ??= loadModel(shipped as unknown);
  return model;
}

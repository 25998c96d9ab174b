import shipped from '../data/model.json';

/**
 * The shipped model's data. In the sources (tests, `tsx`) it is `data/model.json` as an object;
 * the build replaces this module (see `tsup.config.ts`): Node builds read the packed model
 * `model.bin` next to the bundle, the platform-neutral build carries the packed bytes inline.
 *
 * @returns the model as `loadModel()` accepts it
 */
export function shippedModel(): unknown {
  return shipped;
}

/**
 * Every tunable of the decision, named in one place (Readability-style), with why it has its
 * value. Scores are in log-odds units: rule weights and the classifier's clipped log-ratio add
 * up; a block is chaff when its score for a chaff label reaches the threshold of its region.
 * Values were set on the team corpus and checked on the dev sets (see data/README.md).
 */
export const TUNABLES = {
  /** Threshold for blocks before the first or after the last body anchor, where ads and
   * commentary come in runs. Two independent medium signals (a price and an offer word; an editor
   * voice alone) reach it; one weak signal does not. */
  edgeThreshold: 2.0,
  /** Threshold for blocks inside the body: much stronger evidence is needed, since a wrongly
   * removed paragraph is worse than a kept ad. */
  innerThreshold: 3.4,
  /** How far an edge threshold drops for a block in a run of chaff reaching the document's edge
   * (every block between it and the edge removed), as jusText's context pass does. */
  runBonus: 0.6,
  /** A block anchors the body when its chaff score is below this … */
  anchorMaxScore: 0.5,
  /** … and it is at least this long, in units (one per CJK character, 1.5 per word): a
   * 20-word sentence or 30 Han characters, longer than nearly all ads' single lines. */
  anchorMinUnits: 30,
  /** Weight of the classifier's clipped log-ratio log(P(label)/P(body)) in a block's score. */
  classifierWeight: 0.5,
  /** Clip of the classifier's log-ratio, so that the classifier alone (weight × clip = 2.5) can
   * remove an edge block but never an inner one. */
  classifierClip: 5,
  /** Blocks shorter than this (units) get the classifier's vote scaled down in proportion: a
   * two-word line has too few features for naive Bayes to be trusted. */
  classifierMinUnits: 6,
  /** Shift of every threshold per unit of sensitivity away from 0.5 (sensitivity 1 lowers
   * thresholds by 1, sensitivity 0 raises them by 1). */
  sensitivitySpan: 2.0,
  /** Default safety valve: if more than this share of the document's characters would go, keep
   * everything and say so (a cleaner that removes most of a document is more likely wrong). */
  maxRemovedShare: 0.5,
  /** Weight of body evidence (rules voting `body`) against every chaff label. */
  bodyEvidenceFactor: 1.0,
} as const;

/** The type of the tunables table. */
export type Tunables = typeof TUNABLES;

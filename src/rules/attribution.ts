import type { Rule } from './rule.js';

/** A source header ("URL: http://…", "Source: …") or the credit of a republished piece
 * ("Originally published on …", "Adapted from …", "本文轉載自…"). */
const ATTRIBUTION = /^\s*(?:url|source|permalink|原文链接|原文网址)\s*[:：]|(?<![a-z])(?:originally (?:published|appeared)|first (?:published|appeared)|republished (?:from|with)|adapted from|reprinted (?:from|with)|read the original)(?![a-z])|转载自|原载于|原文刊|首发于/;

/** Evidence for keeping: where a piece comes from. Scrapers put the source URL at the top, and
 * republishers must keep the original's credit, so dechaff keeps these lines. */
export const rule: Rule = {
  id: 'attribution',
  description: 'A source header or the credit of a republished piece ("URL: …", "Originally published on …", "本文轉載自…"): evidence for keeping.',
  label: 'body',
  weight: 2.0,
  test(block) {
    const m = ATTRIBUTION.exec(block.norm);
    return m ? { match: m[0].trim() } : null;
  },
};

import { matchBlockShape } from '../shapes.js';
import type { Rule } from './rule.js';

/** Share of the block a URL must take to count as a bare link line. */
const BARE_LINK_SHARE = 0.5;
/** Strength of a bare link line: a line that is only a link is rarely body text. */
const BARE_LINK_STRENGTH = 1.5;

/** A source header: "URL: http://…", "Source: …", "原文链接：…". */
const SOURCE_HEADER = /^\s*(?:url|source|link|permalink|来源|原文|原文链接|原文网址)\s*[:：]/;

/** A URL; a block that is mostly a URL counts more. */
export const rule: Rule = {
  id: 'url',
  description: "A URL or bare domain; a block that is mostly a link counts 1.5 times; not in a source header (\"URL: …\").",
  label: 'promo',
  weight: 0.8,
  test(block) {
    // "URL: …" or "Source: …" is the document's source, as scrapers write it: metadata, not an ad.
    if (SOURCE_HEADER.test(block.norm)) return null;
    const m = matchBlockShape('url', block);
    if (!m) return null;
    const bare = m[0].length / Math.max(1, block.norm.trim().length) >= BARE_LINK_SHARE;
    return { match: m[0], strength: bare ? BARE_LINK_STRENGTH : 1 };
  },
};

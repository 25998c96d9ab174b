import { plainSpaces } from '../chars.js';
import type { Rule } from './rule.js';

/** Longest block read as an author's bio: a sentence or two. */
const MAX_CHARS = 400;
/** Most words of the name that opens a bio ("Meg James", "Roger Gonzalez", "Mary Ann de Vries"). */
const MAX_NAME_WORDS = 4;
/** Most words between "is a" and the role ("a corporate media reporter", "an award-winning writer"). */
const MAX_ROLE_GAP = 4;
/** Furthest the verb can stand from the start: a name of `MAX_NAME_WORDS` long words. */
const VERB_REACH = 60;
/** What the author of an article is, in a bio. */
const ROLES: ReadonlySet<string> = new Set(['writer', 'journalist', 'reporter', 'editor', 'correspondent', 'columnist', 'contributor', 'freelancer', 'blogger']);
const CAPITALISED = /^\p{Lu}/u;
/** Capitalised words that open a sentence but name nobody. */
const NOT_NAMES: ReadonlySet<string> = new Set(['The', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'There', 'Here', 'Our', 'His', 'Her', 'Their']);
const WORD_EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** A social handle in brackets after a name. */
const HANDLE = /^\(@[\w.]{1,30}\)$/;

/**
 * An author's bio after an article: a short block that opens with a name and says the person is
 * a writer, reporter, editor, correspondent or columnist ("Phil Helsel is a reporter for NBC News.",
 * "Brigit Katz is a freelance writer based in Toronto."). On the dev pages it fires on 7 lines,
 * none in a gold body, and on none of the corpora's 9,464 body blocks or the composites' lines.
 * Read word by word on the block's text (a name's capitals are lost in `norm`).
 */
export const rule: Rule = {
  id: 'author-bio',
  description: 'An author\'s bio: a name, then "is a … writer / reporter / editor / correspondent".',
  label: 'boilerplate',
  // Enough at the edge of an article (2.5, tunables.ts), where bios stand, against a classifier
  // leaning a little to body (a bio is prose about a person); inside the body (2.9) only with the
  // classifier's agreement: an article can describe a journalist.
  weight: 3,
  test(block) {
    const text = block.text;
    // English bios: a block with CJK characters is none (and searching a two-byte string for the
    // verb is the costlier search).
    if (text.length > MAX_CHARS || (block.scripts !== undefined && block.scripts.cjk > 0)) return null;
    // Behind a search for the verb among the first characters only (`lastIndexOf` from
    // `VERB_REACH` reads backwards from there): the rule runs on every block, and splitting each
    // into words was 2 % of clean() (same-process A/B over dev-composite).
    const spaced = plainSpaces(text);
    if (spaced.lastIndexOf(' is a', VERB_REACH) < 0 && spaced.lastIndexOf(' was a', VERB_REACH) < 0) return null;
    const words = spaced.trim().split(' ', MAX_NAME_WORDS + MAX_ROLE_GAP + 3);
    let i = 0;
    while (i < words.length && i < MAX_NAME_WORDS && CAPITALISED.test(words[i]) && !NOT_NAMES.has(words[i])) i++;
    // The name's handle in brackets: "Molly Wood (@mollywood) is an Ideas contributor".
    if (i > 0 && i < words.length && HANDLE.test(words[i])) i++;
    if (i === 0 || i >= words.length - 2) return null;
    const verb = words[i];
    const article = words[i + 1];
    if ((verb !== 'is' && verb !== 'was') || (article !== 'a' && article !== 'an')) return null;
    for (let j = i + 2; j < words.length && j <= i + 2 + MAX_ROLE_GAP; j++) {
      const w = words[j].toLowerCase().replace(WORD_EDGES, '');
      if (ROLES.has(w)) return { match: words.slice(0, j + 1).join(' ') };
    }
    return null;
  },
};

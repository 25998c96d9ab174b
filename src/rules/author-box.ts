import type { BlockContext, DocumentContext, Rule } from './rule.js';

/** Longest heading of an author box ("À propos de Marie-Claire de la Fontaine"). */
const MAX_HEADING_CHARS = 48;
/** Longest block read as the bio under the heading: a paragraph or two. */
const MAX_BIO_CHARS = 700;
/** Most words of the name in a heading ("About Mary Ann de Vries"). */
const MAX_NAME_WORDS = 4;
/** Least letters of a name word that the bio must repeat ("Ed" is too short to tell). */
const MIN_NAME_LETTERS = 3;
/** What opens a heading about a person, by language (English, Portuguese and Spanish, German,
 * French, Spanish, Italian). */
const ABOUT = ['about ', 'sobre ', 'über ', 'à propos de ', 'acerca de ', 'a proposito di '];
/** Headings of an author box that name nobody, on `norm` (lower case, simplified Chinese). */
const GENERIC: ReadonlySet<string> = new Set([
  'about the author', 'about the authors', 'about the writer', 'sobre o autor', 'sobre a autora', 'sobre el autor', 'sobre la autora',
  'über den autor', 'über die autorin', 'à propos de l\'auteur', 'à propos de l’auteur', 'об авторе', '关于作者', '作者简介',
]);
/** Words after "About" that name no person: "About Us" and "About Me" are menu links (and
 * `furniture-label`'s), "About This Site" a site's box. */
const NOT_NAMES: ReadonlySet<string> = new Set(['us', 'me', 'this', 'the', 'our', 'my', 'his', 'her', 'their', 'it', 'a', 'an']);
const NAME_WORD = /^\p{Lu}[\p{L}.’'-]*$/u;
/** Lower-case particles of names ("de", "van", "von"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'den', 'di', 'la', 'le', 'du']);
const TRAILING_COLON = /\s*[:：]$/;

/** The first characters of a heading (of `ABOUT` and `GENERIC`): most short blocks start otherwise. */
const HEADING_FIRST: ReadonlySet<string> = new Set([...ABOUT, ...GENERIC].map((h) => h[0]));

/** What a heading says: `generic` (names nobody), the name's words, or null (no heading). */
function heading(b: BlockContext): 'generic' | string[] | null {
  // Behind a test of the first character: the rule asks this of every short block and of the
  // block before every block (it was ~0.4 % of clean() over dev-composite before, --cpu-prof).
  const first = b.norm.trimStart().charAt(0);
  if (!HEADING_FIRST.has(first)) return null;
  const norm = b.norm.trim().replace(TRAILING_COLON, '');
  if (norm.length === 0 || norm.length > MAX_HEADING_CHARS) return null;
  if (GENERIC.has(norm)) return 'generic';
  const lead = ABOUT.find((a) => norm.startsWith(a));
  if (lead === undefined) return null;
  // The name, read on the text: its capitals are lost in `norm`.
  const words = b.text.trim().replace(TRAILING_COLON, '').split(/\s+/).slice(lead.trim().split(' ').length);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || NOT_NAMES.has(words[0].toLowerCase())) return null;
  for (const w of words) if (!NAME_WORD.test(w) && !PARTICLES.has(w)) return null;
  const name = words.filter((w) => !PARTICLES.has(w) && w.length >= MIN_NAME_LETTERS);
  return name.length > 0 ? name : null;
}

/** The next or previous block of the document, if any. */
function neighbour(block: BlockContext, doc: DocumentContext, step: 1 | -1): BlockContext | undefined {
  return doc.blocks[block.index + step];
}

/** Whether a bio under a heading is about the person the heading names: it repeats a word of the
 * name as written, capitals and all. */
function names(bio: BlockContext, name: string[]): boolean {
  return bio.text.length <= MAX_BIO_CHARS && name.some((w) => bio.text.includes(w));
}

/**
 * An author box after an article: a heading about a person ("About Brigit Katz", "Sobre Carlos
 * Nadalim", "Über Moritz Bachmann", "About the author") and the bio under it, which names the
 * person ("Brigit Katz is a freelance writer…", "Als Inbound Sales Manager bildet Moritz
 * Bachmann…"). A heading with a name counts only when the next block repeats a word of the name,
 * and that block counts as the bio only under such a heading. On the dev pages: 5 boxes (10
 * blocks), none in a gold body; headings "About …" alone on their line: 113, one gold ("About Me"
 * in a CleanEval blog, which names nobody). Languages: English, Portuguese, Spanish, German,
 * French, Italian (the heading's words); the bio in any.
 */
export const rule: Rule = {
  id: 'author-box',
  description: 'An author box: a heading about a person ("About Brigit Katz", "About the author") and the bio under it that names the person.',
  label: 'boilerplate',
  // Enough alone to pass the threshold inside a body (2.9): the heading and the name repeated
  // under it are the box's shape, and a bio is prose the classifier reads as body (as much as
  // −1.3 on the dev pages' bios), so the two rules on a bio (this and `author-bio`) add up.
  weight: 3,
  contextual: true,
  neverTopical: true,
  test(block, doc) {
    // Most blocks are neither: a heading is short, and a bio follows a short block.
    if (block.norm.length <= MAX_HEADING_CHARS + 4) {
      const h = heading(block);
      if (h !== null) {
        const next = neighbour(block, doc, 1);
        if (h === 'generic') return { note: 'the heading of an author box' };
        if (next && names(next, h)) return { note: `the heading of an author box: the next block names ${h.join(' ')}` };
        return null;
      }
    }
    const prev = neighbour(block, doc, -1);
    if (prev === undefined || prev.norm.length > MAX_HEADING_CHARS + 4 || block.text.length > MAX_BIO_CHARS) return null;
    const h = heading(prev);
    if (h === null) return null;
    if (h === 'generic') return { note: 'the bio under an author box\'s heading' };
    return names(block, h) ? { note: `the bio under an author box's heading, naming ${h.join(' ')}` } : null;
  },
};

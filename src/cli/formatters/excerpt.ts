/**
 * A short one-line excerpt of a block: whitespace collapsed, cut at `max` code points.
 *
 * @param text the block's text
 * @param max most code points kept
 * @returns the excerpt, ending in `…` when cut
 */
export function excerpt(text: string, max = 50): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

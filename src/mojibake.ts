/**
 * Mojibake repair: UTF-8 text that a scraper decoded as GBK (a page whose `<meta charset>` said
 * gb2312 while it was sent as UTF-8) reads as strings of rare Han characters ("鏃犻殰纰嶈鏄" for
 * 无障碍说明). Such a text is encoded back to the bytes it was read from and decoded as UTF-8
 * again. One of the 21 dev Chinese pages came so (and 2 of the 62 unlabelled ones); cleaned as it
 * was, no word of its article survived (F1 0), repaired it scores 0.70.
 *
 * What cannot be given back: a byte the GBK decoder could not read (a UTF-8 character's last byte
 * before a line break or ASCII) became U+FFFD, so that character stays lost, as U+FFFD (~5 % of
 * the characters). Big5 is not tried: a UTF-8 continuation byte 0x80–0xA0 is no Big5 trail byte,
 * so UTF-8 misread as Big5 loses about half its characters (measured on a Traditional text written
 * for the tests: 52 % came back) — there is nothing to repair to.
 *
 * Node's `TextDecoder` knows GBK with its full ICU (the default build); the reverse table is built
 * from it on first need (~3 ms). Where it does not (a small-ICU build), nothing is repaired.
 */

/** The legacy encodings a text may have been misread with. */
export type MisreadEncoding = 'gbk';

/** What `repairMojibake` found and did. */
export interface MojibakeRepair {
  /** The text decoded again. */
  text: string;
  /** The encoding the UTF-8 bytes had been read with. */
  encoding: MisreadEncoding;
}

/** Fewest Han characters to judge a text by: short texts are left as they are. */
const MIN_HAN = 50;
/** A text is suspect when under this share of its Han characters are the commonest function
 * characters: running Chinese has ~15 % (的了是在…), misread UTF-8 next to none (的 cannot come out
 * of misread UTF-8 but across two characters' bytes). */
const SUSPECT_FUNCTION_SHARE = 0.01;
/** Han characters read to decide whether a text is suspect: the first few thousand tell. */
const GATE_SAMPLE = 4096;
/** The repair stands when at most this share of the non-ASCII characters decoded again are U+FFFD:
 * misread UTF-8 goes back nearly whole (the dev page: 7 %, lost bytes included), while real GBK
 * text encoded and read as UTF-8 is nearly all U+FFFD (the other 20 dev pages: 107–131 %). */
const MAX_REPLACEMENT_SHARE = 0.1;

/** The commonest Chinese function characters, Simplified and Traditional. */
const FUNCTION_CHARS: ReadonlySet<number> = new Set([...'的一是了在不和有这這人我们們个個也就都要说說'].map((c) => c.codePointAt(0)!));
const REPLACEMENT = 0xfffd;

/**
 * The text decoded again when it is UTF-8 misread as GBK, else undefined.
 *
 * @param text a document
 * @returns the repaired text and the encoding it had been misread with, or undefined
 */
export function repairMojibake(text: string): MojibakeRepair | undefined {
  let han = 0;
  let fn = 0;
  for (let i = 0; i < text.length && han < GATE_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (FUNCTION_CHARS.has(c)) fn++;
  }
  if (han < MIN_HAN || fn >= SUSPECT_FUNCTION_SHARE * han) return undefined;
  const encoding = 'gbk';
  const table = reverseTable(encoding);
  if (!table) return undefined;
  const out = reencode(text, table);
  return out !== undefined && passes(out) ? { text: out, encoding } : undefined;
}

/** Whether a text decoded again has few U+FFFD and reads as Chinese. */
function passes(text: string): boolean {
  let nonAscii = 0;
  let lost = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) nonAscii++;
    if (c === REPLACEMENT) lost++;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return han >= MIN_HAN / 3 && lost <= MAX_REPLACEMENT_SHARE * nonAscii;
}

/**
 * The bytes of `text` in a legacy encoding, read as UTF-8. U+FFFD (a byte the legacy decoder
 * could not read) gives no byte; undefined when another character has no byte form.
 */
function reencode(text: string, table: Uint16Array): string | undefined {
  const bytes = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes[n++] = c;
    else if (c === REPLACEMENT) continue;
    else {
      const b = table[c];
      if (b === 0) return undefined;
      if (b < 0x100) bytes[n++] = b;
      else {
        bytes[n++] = b >> 8;
        bytes[n++] = b & 0xff;
      }
    }
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(0, n));
}

const tables = new Map<MisreadEncoding, Uint16Array | null>();

/**
 * A code unit's bytes in the encoding (one byte below 0x100, else lead << 8 | trail; 0: none),
 * built by decoding every lead and trail byte pair once, each pair followed by a line break so
 * that an invalid pair cannot shift the ones after it.
 */
function reverseTable(encoding: MisreadEncoding): Uint16Array | null {
  let table = tables.get(encoding);
  if (table !== undefined) return table;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    tables.set(encoding, null);
    return null;
  }
  table = new Uint16Array(0x10000);
  const pairs = new Uint8Array(0x7f * 0xbf * 3 + 0x80 * 2);
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      pairs[n++] = lead;
      pairs[n++] = trail;
      pairs[n++] = 0x0a;
    }
  }
  // Single bytes: GBK reads 0x80 as €.
  for (let b = 0x80; b <= 0xff; b++) {
    pairs[n++] = b;
    pairs[n++] = 0x0a;
  }
  const lines = decoder.decode(pairs.subarray(0, n)).split('\n');
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const s = lines[k++];
      if (s.length === 1 && s.charCodeAt(0) !== REPLACEMENT && s.charCodeAt(0) >= 0x80 && table[s.charCodeAt(0)] === 0) table[s.charCodeAt(0)] = (lead << 8) | trail;
    }
  }
  for (let b = 0x80; b <= 0xff; b++) {
    const s = lines[k++];
    if (s.length === 1 && s.charCodeAt(0) !== REPLACEMENT && s.charCodeAt(0) >= 0x80 && table[s.charCodeAt(0)] === 0) table[s.charCodeAt(0)] = b;
  }
  tables.set(encoding, table);
  return table;
}

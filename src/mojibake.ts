/**
 * Mojibake repair: UTF-8 text that a scraper decoded as GBK (a page whose `<meta charset>` said
 * gb2312 while it was sent as UTF-8) reads as strings of rare Han characters ("鏃犻殰纰嶈鏄" for
 * 无障碍说明). Such a text is encoded back to the bytes it was read from and decoded as UTF-8
 * again. One of the 21 dev Chinese pages came so (and 3 of the 62 unlabelled ones); cleaned as it
 * was, no word of its article survived (F1 0), repaired it scores 0.70.
 *
 * What cannot be given back: a byte the GBK decoder could not read (a UTF-8 character's last byte
 * before a line break or ASCII) became U+FFFD, so that character stays lost, as U+FFFD (~5 % of
 * the characters). Big5 is not tried: a UTF-8 continuation byte 0x80–0xA0 is no Big5 trail byte,
 * so UTF-8 misread as Big5 loses about half its characters (measured on a Traditional text written
 * for the tests: 52 % came back) — there is nothing to repair to.
 *
 * The same for Western text read as Windows-1252 (or Latin-1, which browsers and `TextDecoder`
 * read as Windows-1252): "donâ€™t" for don’t, "cafÃ©" for café — the commonest mojibake of
 * scraped English. There nothing is lost: the repair stands only when the bytes decode as UTF-8
 * without a single error. (No dev set has such text: this path is checked on texts written for
 * the tests.)
 *
 * Node's `TextDecoder` knows both encodings with its full ICU (the default build); the reverse
 * tables are built from it on first need (~3 ms for GBK). Where it does not (a small-ICU build),
 * nothing is repaired.
 */

/** The legacy encodings a text may have been misread with. */
export type MisreadEncoding = 'gbk' | 'windows-1252';

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
 * misread UTF-8 goes back nearly whole (the dev page: 7 %, lost bytes included; an unlabelled
 * page of short lines, each losing its last character: 11 %), while real GBK text encoded and read
 * as UTF-8 is nearly all U+FFFD (the other 20 dev pages: 107–131 %). 0.1 until session 10, which
 * left that unlabelled page unrepaired. */
const MAX_REPLACEMENT_SHARE = 0.2;

/** A UTF-8 lead byte read as Windows-1252 (Â–ô) and a continuation byte read so (0x80–0xBF:
 * U+0080–U+00BF, or the Windows-1252 punctuation of 0x80–0x9F): "Ã©", "â€", "Â£". */
const LATIN_MISREAD = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** The commonest Chinese function characters, Simplified and Traditional. */
const FUNCTION_CHARS: ReadonlySet<number> = new Set([...'的一是了在不和有这這人我们們个個也就都要说說'].map((c) => c.codePointAt(0)!));
const REPLACEMENT = 0xfffd;

/**
 * The text decoded again when it is UTF-8 misread as GBK or as Windows-1252, else undefined.
 *
 * @param text a document
 * @returns the repaired text and the encoding it had been misread with, or undefined
 */
export function repairMojibake(text: string): MojibakeRepair | undefined {
  return repairGbk(text) ?? repairWindows1252(text);
}

/** UTF-8 misread as GBK, decoded again (see the module's comment). */
function repairGbk(text: string): MojibakeRepair | undefined {
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

/** UTF-8 misread as Windows-1252, decoded again: only when every byte decodes. */
function repairWindows1252(text: string): MojibakeRepair | undefined {
  if (!LATIN_MISREAD.test(text)) return undefined;
  const table = reverseTable('windows-1252');
  if (!table) return undefined;
  const out = reencode(text, table, true);
  return out !== undefined ? { text: out, encoding: 'windows-1252' } : undefined;
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
 * could not read) gives no byte, another character without a byte form gives U+FFFD's; with
 * `strict`, undefined when either is met or the bytes are not valid UTF-8.
 */
function reencode(text: string, table: Uint16Array, strict = false): string | undefined {
  const bytes = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes[n++] = c;
    else if (c === REPLACEMENT) {
      if (strict) return undefined;
    }
    else {
      const b = table[c];
      if (b === 0) {
        // A character the table has no bytes for (a GB18030 extension the GBK decoder gave, as
        // ǹ once on an unlabelled page): lost like U+FFFD, which `passes` counts, rather than the
        // whole repair given up. Windows-1252 (strict) has every character it decodes.
        if (strict) return undefined;
        bytes[n++] = 0xef;
        bytes[n++] = 0xbf;
        bytes[n++] = 0xbd;
        continue;
      }
      if (b < 0x100) bytes[n++] = b;
      else {
        bytes[n++] = b >> 8;
        bytes[n++] = b & 0xff;
      }
    }
  }
  if (!strict) return new TextDecoder('utf-8').decode(bytes.subarray(0, n));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
  } catch {
    return undefined;
  }
}

const tables = new Map<MisreadEncoding, Uint16Array | null>();

/** Windows-1252's characters for bytes 0x80–0x9F (WHATWG Encoding; its five unassigned bytes,
 * 0x81 0x8D 0x8F 0x90 0x9D, read as the C1 controls of the same value). */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

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
  if (encoding === 'windows-1252') {
    // One byte a character. 0xA0–0xFF read as U+00A0–U+00FF; 0x80–0x9F as Windows-1252's
    // punctuation (what browsers and most scrapers produce: "â€™") and, as Latin-1 reads them, as
    // U+0080–U+009F — which is also what Node's own `TextDecoder('windows-1252')` gives (Node
    // 20.20: byte 0x80 → U+0080, not €), so its table is written here.
    for (let b = 0x80; b <= 0xff; b++) table[b] = b;
    for (let i = 0; i < WINDOWS_1252_C1.length; i++) table[WINDOWS_1252_C1.charCodeAt(i)] = 0x80 + i;
    tables.set(encoding, table);
    return table;
  }
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

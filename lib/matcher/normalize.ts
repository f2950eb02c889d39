/**
 * Text normalisation shared by the term compiler and the page scanner, so that both sides of a
 * comparison are folded the same way:
 * - NFKC width folding (full-width Latin, compatibility ideographs);
 * - case folding (case-sensitive terms are re-checked against the original text afterwards);
 * - quote and dash variants; dashes, dots and commas separate words like a space does, so
 *   "Co., Ltd." = "Co Ltd" and "1810.HK" = "1810 HK";
 * - any run of whitespace (nbsp, line breaks) is one space; soft hyphens and zero-width
 *   characters are ignored;
 * - traditional Chinese characters fold to simplified ones (table from the dataset).
 *
 * The scanner works on UTF-16 code units through a 64K lookup table (see char-table.ts);
 * this module holds the per-character rules and a string version for compile time.
 */

export const SPACE = 0x20;

/** Code units that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM, Mongolian vowel separator. */
export function isDropped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

/**
 * Code units that act as a word separator, like a space: ASCII whitespace, dot, comma and
 * hyphen, and their look-alikes. Listed once, so that isSeparator and the scanner's class table
 * (which must not test all 64K code units when it loads) agree.
 */
export const SEPARATORS: readonly number[] = [
  0x09,
  0x0a,
  0x0b,
  0x0c,
  0x0d,
  0x20,
  0x2c,
  0x2d,
  0x2e,
  0x85,
  0xa0,
  0xb7, // next line, no-break space, middle dot
  0x1680,
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), // en quad .. hair space
  ...Array.from({ length: 6 }, (_, i) => 0x2010 + i), // hyphen .. horizontal bar
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x2212, // minus sign
  0x3000,
  0x3001, // ideographic space and comma
  0x30fb, // katakana middle dot, used between names
  0xfe58,
  0xfe63,
  0xff0c,
  0xff0d,
  0xff0e, // full-width comma, hyphen-minus, full stop
];

const SEPARATOR_SET = new Set(SEPARATORS);

export function isSeparator(c: number): boolean {
  return SEPARATOR_SET.has(c);
}

/** Quote variants and what they fold to. */
export const QUOTES: Record<number, number> = {
  0x2018: 0x27,
  0x2019: 0x27,
  0x201a: 0x27,
  0x201b: 0x27,
  0x2032: 0x27,
  0xb4: 0x27,
  0x60: 0x27,
  0x201c: 0x22,
  0x201d: 0x22,
  0x201e: 0x22,
  0x201f: 0x22,
  0x2033: 0x22,
};

/**
 * Fold one code unit, keeping case: returns the folded code unit, SPACE for separators, or -1
 * for ignorable ones. `extra` maps further code units (NFKC and traditional -> simplified).
 */
export function foldUnitCased(c: number, extra: ReadonlyMap<number, number>): number {
  if (c < 0x80) return isSeparator(c) ? SPACE : c === 0x60 ? 0x27 : c;
  if (isSeparator(c)) return SPACE;
  if (isDropped(c)) return -1;
  const q = QUOTES[c];
  if (q !== undefined) return q;
  const m = extra.get(c);
  if (m === undefined) return c;
  return isSeparator(m) ? SPACE : m;
}

export function lowerUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  // ASCII and everything from CJK radicals up (no case) skip the string round trip.
  if (c < 0x80 || (c >= 0x2e80 && c < 0xff21) || c > 0xff3a) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/**
 * Normalise a whole string (compile time, and re-checks of short spans). Whitespace runs
 * collapse to one space; leading and trailing spaces are trimmed.
 */
export function normalizeText(
  text: string,
  extra: ReadonlyMap<number, number>,
  keepCase = false,
): string {
  const out: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    let c = foldUnitCased(text.charCodeAt(i), extra);
    if (c < 0) continue;
    if (c === SPACE) {
      if (!space) out.push(SPACE);
      space = true;
      continue;
    }
    if (!keepCase) c = lowerUnit(c);
    out.push(c);
    space = false;
  }
  if (out[out.length - 1] === SPACE) out.pop();
  return String.fromCharCode(...out);
}

/** Latin, Greek and Cyrillic letters and digits take part in word boundaries; CJK does not. */
export function isWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x52f) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/**
 * NFKC folds that turn one code unit into one different code unit (full-width forms,
 * compatibility ideographs, circled letters...), restricted to the blocks that have them so
 * the compiler does not normalise all 64K code units.
 */
const NFKC_BLOCKS: [number, number][] = [
  [0x00a0, 0x00ff],
  [0x2000, 0x206f],
  [0x2100, 0x214f],
  [0x2460, 0x24ff],
  [0x2f00, 0x2fdf],
  [0x3000, 0x303f],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];

export function nfkcPairs(): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const [lo, hi] of NFKC_BLOCKS) {
    for (let c = lo; c <= hi; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) !== c) pairs.set(c, n.charCodeAt(0));
    }
  }
  return pairs;
}

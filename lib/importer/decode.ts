/**
 * Bytes of an OFAC legacy CSV file to text.
 *
 * The legacy CSV files (cons_prim.csv and its siblings, like the SDN CSVs) are written by
 * Windows tooling in a single-byte code page; they carry no byte order mark and no charset.
 * We decode them as Windows-1252 by default: it is a superset of Latin-1 for every printable
 * character, so it also reads Latin-1 correctly, and the WHATWG decoder maps the five bytes it
 * leaves undefined to C1 controls instead of failing. A UTF-8 byte order mark overrides the
 * default (a maintainer's re-saved copy); a caller may also force UTF-8.
 *
 * Windows-1252 is decoded here, not by TextDecoder: Node 20.18.3 and later (and 22.13 to 24.x)
 * route the "windows-1252" label through a Latin-1 fast path that turns 0x80-0x9F into C1
 * controls, so "XI’AN" (0x92) would come out with U+0092 (nodejs/node#60888). The mapping is
 * Latin-1 plus 32 fixed code points (the WHATWG index), small enough to hold here.
 *
 * A file that is really UTF-8 but decoded as Windows-1252 turns "é" into "Ã©" without any
 * error, so we also say when a file decoded as Windows-1252 would have been valid UTF-8 with
 * non-ASCII characters: a hint to pass the encoding explicitly.
 */
export type OfacEncoding = 'windows-1252' | 'utf-8';

export interface DecodedText {
  text: string;
  encoding: OfacEncoding;
  /** Why this encoding: the default, a byte order mark, or the caller's choice. */
  basis: 'default' | 'bom' | 'requested';
  warnings: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Windows-1252 bytes 0x80-0x9F; the five bytes it leaves undefined stay C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list short on large files.
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeOfacBytes(bytes: Uint8Array, requested?: OfacEncoding): DecodedText {
  if (hasUtf8Bom(bytes) && requested !== 'windows-1252') {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)),
      encoding: 'utf-8',
      basis: 'bom',
      warnings: [],
    };
  }
  const encoding = requested ?? 'windows-1252';
  const text =
    encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes);
  const warnings: string[] = [];
  if (encoding === 'windows-1252' && hasNonAscii(bytes) && isValidUtf8(bytes)) {
    warnings.push(
      'the file has non-ASCII bytes that also read as valid UTF-8; it was decoded as Windows-1252 ' +
        '(OFAC legacy format): if its names look garbled ("Ã©"), pass --encoding utf-8',
    );
  }
  return { text, encoding, basis: requested ? 'requested' : 'default', warnings };
}

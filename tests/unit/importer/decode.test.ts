import { describe, expect, it } from 'vitest';
import { decodeOfacBytes, decodeWindows1252 } from '../../../lib/importer/decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeOfacBytes', () => {
  it('reads single bytes as Windows-1252 by default: é, the curly apostrophe, the euro sign', () => {
    // "Xi’an Café €": 0x92 and 0x80 are where Windows-1252 differs from Latin-1.
    const d = decodeOfacBytes(
      bytes(0x58, 0x69, 0x92, 0x61, 0x6e, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80),
    );
    expect(d.text).toBe('Xi\u2019an Caf\u00e9 \u20ac');
    expect(d.encoding).toBe('windows-1252');
    expect(d.basis).toBe('default');
    expect(d.warnings).toEqual([]);
  });

  it('follows a UTF-8 byte order mark and drops it', () => {
    const d = decodeOfacBytes(bytes(0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9));
    expect(d).toEqual({ text: 'C\u00e9', encoding: 'utf-8', basis: 'bom', warnings: [] });
  });

  it('warns when a file without a mark would also read as UTF-8, and reads it as asked', () => {
    const utf8 = bytes(0x43, 0xc3, 0xa9);
    const guessed = decodeOfacBytes(utf8);
    expect(guessed.text).toBe('C\u00c3\u00a9');
    expect(guessed.warnings).toHaveLength(1);
    expect(guessed.warnings[0]).toContain('pass --encoding utf-8');
    expect(decodeOfacBytes(utf8, 'utf-8')).toEqual({
      text: 'C\u00e9',
      encoding: 'utf-8',
      basis: 'requested',
      warnings: [],
    });
  });

  it('passes ASCII and the Ctrl-Z byte through unchanged', () => {
    expect(decodeOfacBytes(bytes(0x2d, 0x30, 0x2d, 0x20, 0x0d, 0x0a, 0x1a)).text).toBe(
      '-0- \r\n\x1a',
    );
  });
});

describe('decodeWindows1252', () => {
  it('maps all of 0x80-0x9F as the WHATWG index does, and every other byte to itself', () => {
    const high = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(high).toBe(
      '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
        '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178',
    );
    const rest = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b < 0x80 || b > 0x9f);
    expect([...decodeWindows1252(rest)].map((c) => c.charCodeAt(0))).toEqual([...rest]);
  });
});

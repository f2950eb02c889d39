import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ofacValue, parseCsv } from '../../../lib/importer/csv.ts';
import { FIXTURE_2025_04_21_LF, FIXTURE_2025_12_19 } from '../../helpers/ofac.ts';

const fixture = (dir: string, name: string) => readFileSync(join(dir, name), 'latin1');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text =
      '1,"HAMAS, Ismail","line one\r\nline two",-0- \r\n' + '2,"the ""Eagle"" Co",plain\r\n\x1a';
    const csv = parseCsv(text);
    expect(csv.records).toEqual([
      { line: 1, fields: ['1', 'HAMAS, Ismail', 'line one\nline two', '-0- '] },
      { line: 3, fields: ['2', 'the "Eagle" Co', 'plain'] },
    ]);
    expect(csv.lineEnding).toBe('crlf');
    expect(csv.endOfFileMark).toBe(true);
    expect(csv.problems).toEqual([]);
  });

  it('reads LF and lone-CR line endings, skips blank lines, keeps a trailing empty field', () => {
    expect(parseCsv('a,b\n\nc,\n').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', ''] },
    ]);
    const cr = parseCsv('a\rb\r');
    expect(cr.records.map((r) => r.fields)).toEqual([['a'], ['b']]);
    expect(cr.lineEnding).toBe('cr');
    expect(parseCsv('a\r\nb\n').lineEnding).toBe('mixed');
  });

  it('drops only a Ctrl-Z at the very end', () => {
    const csv = parseCsv('a,"x\x1ay"\r\n\x1a');
    expect(csv.records).toEqual([{ line: 1, fields: ['a', 'x\x1ay'] }]);
    expect(csv.endOfFileMark).toBe(true);
    expect(parseCsv('a\r\n').endOfFileMark).toBe(false);
  });

  it('says where quoting is broken', () => {
    expect(parseCsv('1,"open\r\n2,x').problems).toEqual(['line 1: a quoted field is not closed']);
    const after = parseCsv('1,"a"b,c');
    expect(after.records[0]!.fields).toEqual(['1', 'ab', 'c']);
    expect(after.problems).toEqual(['line 1: text after a closing quote']);
  });

  it('splits on another delimiter when told, commas then being ordinary text', () => {
    const csv = parseCsv('ISIN;Name;Stück\r\nCNE100000PM8;"Hikvision; A";1.234,5\r\n', {
      delimiter: ';',
    });
    expect(csv.records.map((r) => r.fields)).toEqual([
      ['ISIN', 'Name', 'Stück'],
      ['CNE100000PM8', 'Hikvision; A', '1.234,5'],
    ]);
    expect(parseCsv('a\t"b"\tc', { delimiter: '\t' }).records[0]!.fields).toEqual(['a', 'b', 'c']);
    expect(parseCsv('1;"a"b', { delimiter: ';' }).issues).toEqual([
      { kind: 'text-after-quote', line: 1 },
    ]);
    expect(parseCsv('x\n1,"open').issues).toEqual([{ kind: 'unclosed-quote', line: 2 }]);
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(/delimiter/);
  });

  it("reads OFAC's own file: CRLF, a Ctrl-Z line, 12 columns, no CR left in any field", () => {
    const csv = parseCsv(fixture(FIXTURE_2025_12_19, 'cons_prim.csv'));
    expect(csv.lineEnding).toBe('crlf');
    expect(csv.endOfFileMark).toBe(true);
    expect(csv.records).toHaveLength(71);
    expect(csv.records.every((r) => r.fields.length === 12)).toBe(true);
    expect(csv.records.some((r) => r.fields.some((f) => /[\r\x1a]/.test(f)))).toBe(false);
    expect(csv.records[1]!.fields.slice(0, 5)).toEqual([
      '9647',
      'ZAHHAR, Mahmoud Khaled',
      'individual',
      'SDGT] [NS-PLC',
      '-0- ',
    ]);
  });

  it('reads the LF copy of the same format the same way', () => {
    const csv = parseCsv(fixture(FIXTURE_2025_04_21_LF, 'cons_prim.csv'));
    expect(csv.lineEnding).toBe('lf');
    expect(csv.endOfFileMark).toBe(true);
    expect(csv.records.map((r) => [r.line, r.fields[0], r.fields.length])).toEqual([
      [1, '9639', 12],
      [2, '9647', 12],
      [3, '30930', 12],
      [4, '33113', 12],
    ]);
    expect(csv.records[3]!.fields[11]!.endsWith("a.k.a. 'SUGON'.")).toBe(true);
  });
});

describe('ofacValue', () => {
  it('reads `-0- ` (and a blank) as empty and keeps everything else as written', () => {
    expect(ofacValue('-0- ')).toBeUndefined();
    expect(ofacValue('-0-')).toBeUndefined();
    expect(ofacValue(' ')).toBeUndefined();
    expect(ofacValue(undefined)).toBeUndefined();
    expect(ofacValue('(USCC) 91110000710934369E ')).toBe('(USCC) 91110000710934369E ');
  });
});

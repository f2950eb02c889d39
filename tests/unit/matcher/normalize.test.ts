import { describe, expect, it } from 'vitest';
import { isWordUnit, normalizeText, nfkcPairs } from '../../../lib/matcher/normalize.ts';
import { foldMap } from '../../../lib/matcher/pack.ts';
import { coresOf, separatorSignature, termContext } from '../../../lib/matcher/terms.ts';
import { realDataset } from '../../helpers/dataset.ts';

const fold = foldMap(realDataset().zh_fold);

describe('normalizeText', () => {
  it.each([
    ['Co., Ltd.', 'co ltd'],
    ['  China\u00a0\u00a0Mobile\n', 'china mobile'],
    ['Micro\u2011Fabrication', 'micro fabrication'],
    ['Xi’an', "xi'an"],
    ['ＧＯＷＩＮ', 'gowin'],
    ['Hik\u00advi\u200bsion', 'hikvision'],
    ['騰訊控股', '腾讯控股'],
    ['HKEX: 01810', 'hkex: 01810'],
  ])('%j -> %j', (input, out) => {
    expect(normalizeText(input, fold)).toBe(out);
  });

  it('keeps case when asked', () => {
    expect(normalizeText('SMIC Beijing', fold, true)).toBe('SMIC Beijing');
  });

  it('NFKC pairs fold full-width forms and compatibility ideographs', () => {
    const pairs = nfkcPairs();
    expect(pairs.get(0xff21)).toBe(0x41); // Ａ -> A
    expect(pairs.get(0xf900)).toBe(0x8c48); // 豈 (compatibility) -> 豈
  });
});

describe('separatorSignature', () => {
  it.each([
    ['1810.HK', '.'],
    ['1810 HK', ' '],
    ['HKEX:  01810', ' '],
    ['HKEX:01810', ''],
    ['Co., Ltd.', '., |.'],
  ])('%j -> %j', (input, sig) => {
    expect(separatorSignature(input)).toBe(sig);
  });
});

describe('coresOf', () => {
  const ctx = termContext(realDataset(), fold);
  it.each([
    ['GOWIN Semiconductor Corp', ['GOWIN Semiconductor'], []],
    ['China Mobile Communications Group Co Ltd', ['China Mobile Communications'], []],
    ['Huawei Investment & Holding Co Ltd', ['Huawei Investment'], []],
    [
      'Dawning Information Industry Co Ltd (Sugon)',
      [],
      ['Dawning Information Industry Co Ltd', 'Dawning Information Industry'],
    ],
    ['中国移动通信集团有限公司', ['中国移动通信'], []],
    ['Xiaomi', [], []],
  ])('%s', (name, direct, unbracketed) => {
    expect(coresOf(name, ctx)).toEqual({ direct, unbracketed });
  });
});

describe('isWordUnit', () => {
  it('counts Latin, Cyrillic and digits, not CJK or punctuation', () => {
    expect(['a', 'Z', '7', 'é', 'ж', 'Ａ'].every((c) => isWordUnit(c.charCodeAt(0)))).toBe(true);
    expect(['华', ' ', '.', "'", '$', '（'].some((c) => isWordUnit(c.charCodeAt(0)))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOfacDate, parseRemarks, type RemarkField } from '../../../lib/importer/remarks.ts';

const fields = (remarks: string): RemarkField[] => parseRemarks(remarks).parts.map((p) => p.field);

describe('parseRemarks', () => {
  it("reads an NS-CMIC remark: tickers, alt. values, ISINs, dates, USCC, a.k.a. (ent_num 30930's form)", () => {
    const remarks =
      'Equity Ticker 601800 CN; alt. Equity Ticker 01800 HK; Issuer Name China Communications ' +
      'Construction Co. Ltd; ISIN CND10000GBD8; alt. ISIN CND10002K094; Target Type Public Company; ' +
      'Effective Date (CMIC) 02 Aug 2021; Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022; ' +
      'Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 91110000710934369E ' +
      "(China); a.k.a. 'CCCC'.";
    const parsed = parseRemarks(remarks);
    expect(parsed.terminated).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.parts.map((p) => p.alt)).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(parsed.parts.map((p) => p.field)).toEqual([
      { kind: 'ticker', symbol: '601800', market: 'CN', spacing: 'one-space' },
      { kind: 'ticker', symbol: '01800', market: 'HK', spacing: 'one-space' },
      { kind: 'issuer-name', value: 'China Communications Construction Co. Ltd' },
      { kind: 'isin', value: 'CND10000GBD8' },
      { kind: 'isin', value: 'CND10002K094' },
      { kind: 'target-type', value: 'Public Company' },
      { kind: 'effective-date', date: '2021-08-02' },
      { kind: 'divestment-date', date: '2022-06-03' },
      { kind: 'listing-date', date: '2021-06-03' },
      { kind: 'uscc', value: '91110000710934369E', country: 'China' },
      { kind: 'aka', value: 'CCCC' },
    ]);
    const last = parsed.parts[parsed.parts.length - 1]!;
    expect(remarks.slice(last.start, last.end)).toBe("a.k.a. 'CCCC'");
  });

  it('reads tickers written with two spaces and with none (`603019CN`)', () => {
    expect(
      fields('Equity Ticker 601698  CN; alt. Equity Ticker 603019CN; Equity Ticker ZCHA DE.'),
    ).toEqual([
      { kind: 'ticker', symbol: '601698', market: 'CN', spacing: 'extra-space' },
      { kind: 'ticker', symbol: '603019', market: 'CN', spacing: 'no-space' },
      { kind: 'ticker', symbol: 'ZCHA', market: 'DE', spacing: 'one-space' },
    ]);
    // A letters-only symbol is never split into symbol and market.
    expect(fields('Equity Ticker ZCHA.')).toEqual([
      { kind: 'ticker', symbol: 'ZCHA', spacing: 'no-market' },
    ]);
  });

  it('takes the closing full stop off the last value only: "CO., LTD." names "CO., LTD"', () => {
    expect(fields('Linked To: CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.')).toEqual([
      { kind: 'linked-to', value: 'CHINA MOBILE COMMUNICATIONS GROUP CO., LTD' },
    ]);
    expect(fields("a.k.a. 'CEC'; Linked To: NANJING PANDA ELECTRONICS COMPANY LIMITED.")).toEqual([
      { kind: 'aka', value: 'CEC' },
      { kind: 'linked-to', value: 'NANJING PANDA ELECTRONICS COMPANY LIMITED' },
    ]);
  });

  it('reads LEIs, f.k.a., registration numbers, and keeps what it does not know', () => {
    expect(
      fields(
        "Legal Entity Number 549300XIVJCBIGMRUD48; Company Number 0685974 (Hong Kong); C.R. No. 2162198 (Hong Kong); f.k.a. 'OLD NAME'; Website www.example.cn.",
      ),
    ).toEqual([
      { kind: 'lei', value: '549300XIVJCBIGMRUD48' },
      { kind: 'other-id', value: 'Company Number 0685974 (Hong Kong)' },
      { kind: 'other-id', value: 'C.R. No. 2162198 (Hong Kong)' },
      { kind: 'fka', value: 'OLD NAME' },
      { kind: 'unknown', value: 'Website www.example.cn' },
    ]);
  });

  it('flags a remark without its closing full stop (cut off, to be continued) and bad dates', () => {
    const cut = parseRemarks(
      'Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 91110000710934369E ',
    );
    expect(cut.terminated).toBe(false);
    expect(cut.parts.map((p) => p.field)).toEqual([
      { kind: 'listing-date', date: '2021-06-03' },
      { kind: 'uscc', value: '91110000710934369E' },
    ]);
    const bad = parseRemarks('Listing Date (CMIC) 31 Feb 2021.');
    expect(bad.parts.map((p) => p.field)).toEqual([
      { kind: 'unknown', value: 'Listing Date (CMIC) 31 Feb 2021' },
    ]);
    expect(bad.problems).toEqual(['unreadable date in "Listing Date (CMIC) 31 Feb 2021"']);
  });
});

describe('parseOfacDate', () => {
  it('reads DD Mon YYYY and nothing else', () => {
    expect(parseOfacDate('16 Dec 2021')).toBe('2021-12-16');
    expect(parseOfacDate('3 Jun 2021')).toBe('2021-06-03');
    expect(parseOfacDate('29 Feb 2024')).toBe('2024-02-29');
    expect(parseOfacDate('29 Feb 2023')).toBeUndefined();
    expect(parseOfacDate('2021-06-03')).toBeUndefined();
    expect(parseOfacDate('03 June 2021')).toBeUndefined();
  });
});

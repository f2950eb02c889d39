/** Reading portfolios: brokerage exports, pasted lists, and files that cannot be read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import {
  MAX_FILE_BYTES,
  headerKey,
  readPortfolioFile,
  readPortfolioText,
  type Portfolio,
  type PortfolioResult,
} from '../../../lib/watchlist/portfolio.ts';
import { errorText } from '../../../lib/watchlist/report.ts';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/portfolio/${name}`, import.meta.url)));

function ok(result: PortfolioResult): Portfolio {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.portfolio;
}

const en = createI18n('en');

function failure(result: PortfolioResult): { code: string; message: string } {
  if (result.ok) throw new Error('read a file that should have been refused');
  return { code: result.error.code, message: errorText(en, result.error) };
}

describe('brokerage exports', () => {
  it('Fidelity: finds the table under the account lines, skips totals and the disclaimer', () => {
    const p = ok(readPortfolioFile(bytes('fidelity-positions.csv')));
    expect(p.format).toBe('table');
    expect(p.delimiter).toBe(',');
    expect(p.headerLine).toBe(5);
    expect(p.columns).toEqual({ symbol: 'Symbol', name: 'Description', quantity: 'Quantity' });
    expect(p.holdings.map((h) => h.symbol)).toEqual([
      'SPAXX',
      'AAPL',
      'BABA',
      'CHLKF',
      'XIACY',
      'KWEB',
      'CTM',
      '=HYPERLINK("http://127.0.0.1/x")',
    ]);
    expect(p.holdings[2]).toEqual({
      line: 8,
      symbol: 'BABA',
      name: 'ALIBABA GROUP HOLDING LTD SPONSORED ADS',
      quantity: '40',
    });
    // Three account lines, "Pending Activity", two disclaimer paragraphs and the download date.
    expect(p.skipped).toBe(7);
  });

  it('European bank: BOM, semicolons, decimal commas, an ISIN column, a "Summe" line', () => {
    const p = ok(readPortfolioFile(bytes('european-semicolon.csv')));
    expect(p.delimiter).toBe(';');
    expect(p.columns).toEqual({ isin: 'ISIN', name: 'Bezeichnung', quantity: 'Stück' });
    expect(p.holdings).toHaveLength(6);
    expect(p.holdings[0]).toEqual({
      line: 5,
      isin: 'CNE100000PM8',
      name: 'Hangzhou Hikvision Digital Technology Co., Ltd. Registered Shares A',
      quantity: '1.200',
    });
    expect(p.holdings.map((h) => h.isin)).not.toContain('SUMME');
  });

  it('Futu/Tiger-like: Chinese headers, HK codes with leading zeros, a market column', () => {
    const p = ok(readPortfolioFile(bytes('futu-hk.csv')));
    expect(p.columns).toEqual({
      symbol: '代码',
      name: '名称',
      exchange: '市场',
      quantity: '持仓数量',
    });
    expect(p.holdings[0]).toEqual({
      line: 2,
      symbol: '01810',
      name: '小米集团-W',
      exchange: 'HK',
      quantity: '1000',
    });
    expect(p.holdings).toHaveLength(9);
  });

  it('Futu/Tiger-like in traditional Chinese: subtotal and total rows are skipped', () => {
    const p = ok(readPortfolioFile(bytes('tiger-subtotals.csv')));
    expect(p.columns).toEqual({
      symbol: '代碼',
      name: '名稱',
      exchange: '市場',
      quantity: '持倉數量',
    });
    expect(p.holdings.map((h) => h.symbol)).toEqual(['00700', '01810', '00005', 'BABA']);
    // Two "小計" lines and the "合計" line.
    expect(p.skipped).toBe(3);
  });

  it('recognises Chinese total words as whole words only', () => {
    const symbols = (rows: string[]) =>
      ok(readPortfolioText(['代码,名称', '00700,腾讯控股', ...rows].join('\n'))).holdings.map(
        (h) => h.symbol ?? h.name,
      );
    for (const total of [
      '合计',
      '合計',
      '总计',
      '總計',
      '小计',
      '小計',
      '合计：',
      '合计 HKD',
      '小计(港股)',
    ])
      expect(symbols([`${total},`]), total).toEqual(['00700']);
    // A name that only begins with the characters is a holding.
    expect(symbols([',合计划科技'])).toEqual(['00700', '合计划科技']);
    expect(symbols(['Totalenergies,'])).toEqual(['00700', 'Totalenergies']);
  });

  it('a pasted list: one holding per line, blank lines ignored, lines numbered as pasted', () => {
    const p = ok(readPortfolioFile(bytes('pasted-list.txt')));
    expect(p.format).toBe('list');
    expect(p.holdings.slice(0, 5)).toEqual([
      { line: 1, query: '1810.HK' },
      { line: 2, query: 'HKEX: 00700' },
      { line: 3, query: 'SZSE:002415' },
      { line: 5, query: 'CNE100000296' },
      { line: 6, query: 'China Mobile Ltd' },
    ]);
    expect(p.holdings).toHaveLength(11);
  });

  it('keeps names with commas whole in a pasted list', () => {
    const p = ok(readPortfolioText('Hangzhou Hikvision Digital Technology Co., Ltd.\nBABA\n'));
    expect(p.holdings.map((h) => h.query)).toEqual([
      'Hangzhou Hikvision Digital Technology Co., Ltd.',
      'BABA',
    ]);
  });

  it('reads tab-separated UTF-16 text (Excel "Unicode text") and Windows-1252 files', () => {
    const utf16 = '\ufeffSymbol\tName\r\n00700\t腾讯控股\r\n';
    const le = new Uint8Array(utf16.length * 2);
    for (let i = 0; i < utf16.length; i++) {
      le[i * 2] = utf16.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = utf16.charCodeAt(i) >> 8;
    }
    const p = ok(readPortfolioFile(le));
    expect(p.delimiter).toBe('\t');
    expect(p.holdings).toEqual([{ line: 2, symbol: '00700', name: '腾讯控股' }]);
    // "Société" in Windows-1252: 0xE9 is not valid UTF-8 on its own.
    const latin = new Uint8Array([
      ...Buffer.from('Name;ISIN\nSoci'),
      0xe9,
      ...Buffer.from('t\xe9 G;X\n', 'latin1'),
    ]);
    expect(ok(readPortfolioFile(latin)).holdings[0]!.name).toBe('Société G');
  });

  it('finds an ISIN column in a table without a header', () => {
    const p = ok(readPortfolioText('CNE100000PM8;Hikvision;10\nUS0378331005;Apple;5\n'));
    expect(p.columns).toEqual({ isin: '' });
    expect(p.holdings.map((h) => h.isin)).toEqual(['CNE100000PM8', 'US0378331005']);
  });

  it('compares headers without case, BOM, brackets or colons', () => {
    expect(headerKey('\ufeffSymbol')).toBe('symbol');
    expect(headerKey('Quantity (shares):')).toBe('quantity');
    expect(headerKey('ＩＳＩＮ')).toBe('isin');
  });
});

describe('files that cannot be read', () => {
  it('an empty file', () => {
    expect(failure(readPortfolioFile(bytes('empty.csv')))).toEqual({
      code: 'empty',
      message: 'The file is empty: there is nothing to screen.',
    });
    expect(failure(readPortfolioText(' \n\n')).code).toBe('empty');
  });

  it('a binary file, and a spreadsheet workbook', () => {
    expect(failure(readPortfolioFile(bytes('binary.png')))).toEqual({
      code: 'binary',
      message:
        'This is not a text file. Export your positions as CSV from your brokerage and import that file.',
    });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(failure(readPortfolioFile(xlsx)).message).toContain('Save it as CSV');
  });

  it('no recognisable column', () => {
    expect(failure(readPortfolioFile(bytes('no-column.csv')))).toEqual({
      code: 'no-column',
      message:
        'No column for a symbol, ticker, ISIN or name was found (the columns are: Date, Amount, Currency). Name the column that holds your securities “Symbol”, “ISIN” or “Name”, or paste them one per line.',
    });
  });

  it('an unterminated quote, with its line', () => {
    expect(failure(readPortfolioFile(bytes('unterminated-quote.csv')))).toEqual({
      code: 'unclosed-quote',
      message:
        'The file is malformed: a quoted value that opens on line 2 is never closed. Nothing was screened.',
    });
    expect(failure(readPortfolioText('"Xiaomi\nBABA')).code).toBe('unclosed-quote');
  });

  it('a huge file is refused before it is decoded', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(failure(readPortfolioFile(huge))).toEqual({
      code: 'too-large',
      message:
        'The file is larger than 2 MB, far more than a portfolio export, so it was not read. Export only your positions, or split the file.',
    });
    expect(failure(readPortfolioText('A'.repeat(MAX_FILE_BYTES + 1))).code).toBe('too-large');
  });

  it('too many holdings, and a table without any', () => {
    const many = 'Symbol\n' + Array.from({ length: 5001 }, (_, i) => `S${i}`).join('\n');
    expect(failure(readPortfolioText(many)).message).toBe(
      'More than 5000 holdings: screen them in parts.',
    );
    expect(failure(readPortfolioText('Symbol,Quantity\n,3\n')).code).toBe('no-holdings');
  });

  it('words every error in Chinese too', () => {
    const zh = createI18n('zh-CN');
    const result = readPortfolioFile(bytes('unterminated-quote.csv'));
    if (result.ok) throw new Error('read');
    expect(errorText(zh, result.error)).toBe(
      '文件格式有误：第 2 行开始的带引号的值没有结束引号。未进行筛查。',
    );
  });
});

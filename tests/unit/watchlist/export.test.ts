/** The result rows and their CSV: categories, the key deadline, escaping and formula safety. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/importer/csv.ts';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import { csvCell, toCsv } from '../../../lib/watchlist/export.ts';
import { readPortfolioText } from '../../../lib/watchlist/portfolio.ts';
import { countRows, deadlineText, exportCsv, screenRows } from '../../../lib/watchlist/report.ts';
import { buildScreenIndex, resolvedIds, resolveHoldings } from '../../../lib/watchlist/resolve.ts';
import { realDataset } from '../../helpers/dataset.ts';

const en = createI18n('en');

describe('csvCell', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+CMD')).toBe("'+CMD");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell('BABA')).toBe('BABA');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvCell('Co., Ltd.')).toBe('"Co., Ltd."');
    expect(csvCell('1.234;5')).toBe('"1.234;5"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' x')).toBe('" x"');
    expect(csvCell('=HYPERLINK("u","t")')).toBe('"\'=HYPERLINK(""u"",""t"")"');
  });

  it('writes a BOM and CRLF lines that read back to the same cells', () => {
    const rows = [
      ['a', 'b,c'],
      ['"q"', '腾讯控股'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\ufeffa,"b,c"\r\n')).toBe(true);
    expect(parseCsv(text.slice(1)).records.map((r) => r.fields)).toEqual(rows);
  });
});

describe('screen rows', () => {
  const data = realDataset();
  const index = buildScreenIndex(data);
  const screen = (text: string, today: string) => {
    const read = readPortfolioText(text);
    if (!read.ok) throw new Error('not read');
    const results = resolveHoldings(index, read.portfolio.holdings);
    const ids = new Set(resolvedIds(results));
    return screenRows(
      read.portfolio.holdings,
      { results, entities: data.entities.filter((e) => ids.has(e.id)), programs: data.programs },
      today,
    );
  };

  it('sorts holdings into designated, formerly listed, possible and not covered, keeping all', () => {
    const rows = screen('SZSE:002415\n1810.HK\nHikvision Digital\nApple Inc.\n', '2026-11-21');
    expect(rows.map((r) => r.category)).toEqual(['designated', 'history', 'possible', 'none']);
    expect(countRows(rows)).toEqual({ designated: 1, history: 1, possible: 1, none: 1 });
  });

  it('the key deadline: from the most restrictive live list, the next to come or the latest', () => {
    const [hik] = screen('CNE100000PM8', '2026-11-21');
    // NS-CMIC comes before 1260H: its divestment window is the latest of its deadlines.
    expect(hik!.deadline).toMatchObject({
      kind: 'divestment-deadline',
      date: '2022-06-03',
      outcome: 'took-effect',
      list: 'ofac-ns-cmic',
    });
    expect(deadlineText(en, hik!.deadline!)).toBe(
      'Divestment deadline: 3 Jun 2022 (1,632 days ago)',
    );
    const [early] = screen('CNE100000PM8', '2021-07-01');
    expect(early!.deadline).toMatchObject({ kind: 'purchase-ban', date: '2021-08-02', days: 32 });
    // Only on the 1260H list: its next procurement ban, then, once passed, the latest.
    const [tencent] = screen('HKEX:00700', '2026-11-21');
    expect(tencent!.deadline).toMatchObject({
      kind: 'procurement-indirect',
      date: '2027-06-30',
      days: 221,
      list: 'dod-1260h',
    });
    expect(deadlineText(en, tencent!.deadline!)).toBe(
      'DoD ban on goods and services sourced from it: 30 Jun 2027 (in 221 days)',
    );
    const [later] = screen('HKEX:00700', '2027-08-01');
    expect(later!.deadline).toMatchObject({ date: '2027-06-30', outcome: 'took-effect' });
    // Xiaomi's only listing was vacated: nothing in force.
    expect(screen('1810.HK', '2026-11-21')[0]!.deadline).toBeUndefined();
  });

  it('exports every row with the coverage stated', () => {
    const rows = screen('SZSE:002415\nHikvision Digital\n=cmd|calc\n', '2026-11-21');
    const text = exportCsv(en, rows, '2026-08-22');
    const records = parseCsv(text.slice(1)).records.map((r) => r.fields);
    expect(records).toHaveLength(4);
    const [header, hik, possible, injected] = records as [string[], string[], string[], string[]];
    const at = (r: string[], name: string) => r[header.indexOf(name)];
    expect(at(hik, 'Result')).toBe('Designated');
    expect(at(hik, 'Company')).toBe('Hangzhou Hikvision Digital Technology Co., Ltd.');
    expect(at(hik, 'Matched')).toBe('by ticker SZSE:002415');
    expect(at(hik, 'Lists and status')).toContain('Treasury NS-CMIC list: Listed since 3 Jun 2021');
    expect(at(hik, 'Deadline date')).toBe('2022-06-03');
    expect(at(possible, 'Result')).toBe('Possible match, check');
    expect(at(possible, 'Company')).toBe('Hangzhou Hikvision Digital Technology Co., Ltd.');
    expect(at(injected, 'Holding (as entered)')).toBe("'=cmd|calc");
    expect(at(injected, 'Result')).toBe('Not on the covered lists');
    expect(at(injected, 'Coverage')).toContain('Not screened: OFAC SDN list, Entity List');
  });
});

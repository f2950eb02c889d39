/** OFAC consolidated list files for the importer tests: excerpts in tests/fixtures, and the
 * full files in ../shared (read at run time, never copied). */
import { fileURLToPath } from 'node:url';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFAC_FIXTURES = fileURLToPath(new URL('../fixtures/ofac', import.meta.url));
/** The NS-CMIC rows (and a few others) of the 2025-12-19 set: CRLF, Ctrl-Z, all four files. */
export const FIXTURE_2025_12_19 = join(OFAC_FIXTURES, '2025-12-19');
/** A few rows of the 2025-04-21 cons_prim.csv, whose copy has LF line endings. */
export const FIXTURE_2025_04_21_LF = join(OFAC_FIXTURES, '2025-04-21-lf');

export const SHARED_SOURCES = fileURLToPath(
  new URL('../../../shared/data/sources', import.meta.url),
);
export const SHARED_SETS = {
  '2025-03-26': join(
    SHARED_SOURCES,
    'ofac_consolidated_2025-03-26_assassin-13-gen-ai-hackathon-tag',
  ),
  '2025-04-21': join(SHARED_SOURCES, 'ofac_consolidated_2025-04-21_li-xiaohui-grab-companies'),
  '2025-12-19': join(SHARED_SOURCES, 'ofac_consolidated_2025-12-19_moov-io-watchman'),
} as const;
export const SHARED_DERIVED = join(SHARED_SOURCES, 'derived/ofac_cmic_parsed_from_2025-12-19.json');

/**
 * The 2025-12-19 excerpt with the changes an update can bring, written to `dir`:
 * - new company: ent_num 99001 "EXAMPLE AEROSPACE TECHNOLOGY CO., LTD." (fictitious), with an
 *   alternate name in cons_alt.csv, tickers, an ISIN, one failing its check digit, dates, a USCC;
 * - a company data/ has for DoD 1260H only, now on the list: ent_num 99002, Anhui Sun Create;
 * - dropped: ent_num 33895 (NetPosa Technologies) is gone;
 * - renamed: ent_num 30934 "CHINA SPACESAT CO., LTD." is now "CHINA SPACESAT GROUP CO., LTD.";
 * - ent_num 30946 (Hikvision) gains a valid ISIN (CNE1000099Y2) and a failing one (CNE1000099Y3).
 */
export function writeModifiedSet(dir: string): string {
  const read = (name: string) => readFileSync(join(FIXTURE_2025_12_19, name), 'latin1');
  const eol = '\r\n';
  const empty = ',-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,';
  const lines = read('cons_prim.csv')
    .replace(/\x1a$/, '')
    .split(eol)
    .filter((l) => l && !l.startsWith('33895,'))
    .map((l) =>
      l
        .replace('"CHINA SPACESAT CO., LTD."', '"CHINA SPACESAT GROUP CO., LTD."')
        .replace(
          'ISIN CNE100000PM8;',
          'ISIN CNE100000PM8; alt. ISIN CNE1000099Y2; alt. ISIN CNE1000099Y3;',
        ),
    );
  lines.push(
    `99001,"EXAMPLE AEROSPACE TECHNOLOGY CO., LTD.",-0- ,"CMIC-EO13959"${empty}"Equity Ticker ` +
      '688999 CN; alt. Equity Ticker 9999 HK; Issuer Name Example Aerospace Technology Co., Ltd.; ' +
      'ISIN CNE1000099X4; alt. ISIN CNE1000099X5; Target Type Public Company; Effective Date (CMIC) ' +
      '15 Mar 2026; Purchase/Sales For Divestment Date (CMIC) 14 Jan 2027; Listing Date (CMIC) 14 Jan ' +
      `2026; Unified Social Credit Code (USCC) 91110000MA00EXAMP1 (China); a.k.a. 'EATC'."`,
    `99002,"ANHUI SUN CREATE ELECTRONICS CO., LTD.",-0- ,"CMIC-EO13959"${empty}"Equity Ticker ` +
      '600990 CN; Target Type Public Company; Effective Date (CMIC) 15 Mar 2026; Purchase/Sales For ' +
      'Divestment Date (CMIC) 14 Jan 2027; Listing Date (CMIC) 14 Jan 2026."',
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cons_prim.csv'), lines.join(eol) + eol + '\x1a', 'latin1');
  const alt = read('cons_alt.csv').replace(
    /\x1a$/,
    `99001,99901,"aka","EXAMPLE AEROSPACE TECH",-0- ${eol}\x1a`,
  );
  writeFileSync(join(dir, 'cons_alt.csv'), alt, 'latin1');
  for (const name of ['cons_add.csv', 'cons_comments.csv']) {
    copyFileSync(join(FIXTURE_2025_12_19, name), join(dir, name));
  }
  return dir;
}

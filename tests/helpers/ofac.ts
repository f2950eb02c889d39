/** OFAC consolidated list files for the importer tests: excerpts in tests/fixtures, and the
 * full files in ../shared (read at run time, never copied). */
import { fileURLToPath } from 'node:url';
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

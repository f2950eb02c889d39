import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../helpers/dataset.ts';
import { FIXTURE_2025_12_19, writeModifiedSet } from '../../helpers/ofac.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dl-import-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run data:import -- ...args`, as a maintainer runs it. */
function dataImport(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run data:import', () => {
  it('reports the 68 NS-CMIC companies of the 2025-12-19 excerpt and their agreement with data/', () => {
    const run = dataImport(FIXTURE_2025_12_19);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'OFAC consolidated non-SDN list, 2025-12-19 set:',
      '  cons_prim.csv: 71 records, 68 for NS-CMIC entries (windows-1252, CRLF, Ctrl-Z end mark)',
      '  cons_alt.csv: 117 alternate names, 110 for NS-CMIC entries (windows-1252, CRLF, Ctrl-Z end mark)',
      '  cons_add.csv: 80 addresses, 76 for NS-CMIC entries (windows-1252, CRLF, Ctrl-Z end mark)',
      '  cons_comments.csv: 2 continued remarks, 1 for NS-CMIC entries (windows-1252, CRLF, Ctrl-Z end mark)',
      'Found 68 NS-CMIC companies (program tag CMIC-EO13959).',
    ]);
    expect(lines).toContain('  matched: 68 of 68 (68 by ofac_ent_num, 0 by name)');
    expect(lines.at(-1)).toBe(
      'Result: the official list and data/ agree on all 68 NS-CMIC companies.',
    );
  });

  it('applies a changed set to a copy of data/ with --apply and --removed-on', () => {
    const data = join(tmp, 'data');
    cpSync(DATA_DIR, data, { recursive: true });
    const set = writeModifiedSet(join(tmp, 'ofac_consolidated_2026-01-20'));
    const run = dataImport(set, '--apply', '--removed-on', '2026-01-20', '--data', data);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  netposa-technologies-ltd: removed on 2026-01-20\n');
    expect(run.stdout).toContain(': dataset version 1 -> 2.\n');
    expect(JSON.parse(readFileSync(join(data, 'meta.json'), 'utf8')).dataset_version).toBe(2);
  });

  it('refuses options that make no sense, saying why', () => {
    expect(dataImport(FIXTURE_2025_12_19, '--removed-on', '2026-01-01')).toMatchObject({
      status: 1,
      stderr: '--removed-on only makes sense with --apply\n',
    });
    expect(dataImport(FIXTURE_2025_12_19, '--apply', '--as-of', '2026-02-30')).toMatchObject({
      status: 1,
      stderr: '--as-of: not a date (YYYY-MM-DD): 2026-02-30\n',
    });
    expect(dataImport()).toMatchObject({ status: 1 });
  });
});

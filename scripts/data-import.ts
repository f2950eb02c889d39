/**
 * npm run data:import -- <files or folder> [options]: imports OFAC's consolidated non-SDN
 * list files (cons_prim.csv, and cons_alt/cons_add/cons_comments.csv when given), reports the
 * NS-CMIC companies found and every difference with data/.
 *   --apply              write the differences into data/ and raise the dataset version
 *   --removed-on <date>  with --apply: record companies the list dropped as removed on <date>
 *   --as-of <date>       with --apply: also set the dataset's as-of date
 *   --set <label>        how sources name this set (default: the date in the folder's name)
 *   --encoding <name>    windows-1252 (default, OFAC's legacy files) or utf-8
 *   --data <dir>         the dataset folder (default: data/)
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../lib/data/dates.ts';
import { describeProblem, validateDataset } from '../lib/data/validate.ts';
import type { OfacEncoding } from '../lib/importer/decode.ts';
import { importNsCmic } from '../lib/importer/ofac-consolidated.ts';
import { reconcile } from '../lib/importer/reconcile.ts';
import { renderImportSummary, renderReconcileReport } from '../lib/importer/report.ts';
import { readDataDir } from './lib/dataset-files.ts';
import { readOfacSet, type OfacSet } from './lib/ofac-files.ts';
import { applyToDataDir } from './lib/apply-import.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    apply: { type: 'boolean', default: false },
    'removed-on': { type: 'string' },
    'as-of': { type: 'string' },
    set: { type: 'string' },
    encoding: { type: 'string' },
    data: { type: 'string', default: join(root, 'data') },
  },
});

if (!positionals.length)
  fail('usage: npm run data:import -- <cons_*.csv files or their folder> [--apply]');
const encoding = values.encoding;
if (encoding !== undefined && encoding !== 'windows-1252' && encoding !== 'utf-8') {
  fail(`--encoding: expected windows-1252 or utf-8, got ${encoding}`);
}
for (const flag of ['removed-on', 'as-of'] as const) {
  const date = values[flag];
  if (date !== undefined && !isIsoDate(date)) fail(`--${flag}: not a date (YYYY-MM-DD): ${date}`);
  if (date !== undefined && !values.apply) fail(`--${flag} only makes sense with --apply`);
}

let set: OfacSet;
try {
  set = readOfacSet(positionals, encoding as OfacEncoding | undefined, values.set);
} catch (err) {
  fail((err as Error).message);
}
const result = importNsCmic(set.files);
const primFile = set.files.find((f) => f.role === 'prim')!.name;

const checked = validateDataset(readDataDir(values.data!));
if (!checked.ok) {
  fail(`data/ is invalid:\n${checked.problems.map((p) => '  - ' + describeProblem(p)).join('\n')}`);
}
const report = reconcile(result.entries, checked.dataset, primFile);
console.log(
  [...renderImportSummary(result, set.label), '', ...renderReconcileReport(report)].join('\n'),
);

if (values.apply) {
  const applied = applyToDataDir(values.data!, report, {
    setLabel: set.label,
    primFile,
    ...(values['removed-on'] ? { removedOn: values['removed-on'] } : {}),
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
  });
  console.log(['', ...applied.lines].join('\n'));
  if (!applied.ok) process.exit(1);
}

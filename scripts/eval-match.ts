/**
 * npm run eval:match: runs the matcher over (1) the labelled fixture pages in
 * tests/fixtures/match (each with a .expected.json: the entity ids expected and passages that
 * must not match) and (2) the real pages in ../shared/pages, printing every hit with the text
 * around it so that a person can judge it.
 *
 *   npm run eval:match -- [--pages <dir>] [--context 60] [--summary]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compilePack } from '../lib/matcher/pack.ts';
import { loadMatcher } from '../lib/matcher/matcher.ts';
import { datasetFromDataDir } from './lib/dataset-files.ts';
import { evaluateFixtures, FIXTURE_DIR } from './lib/match-fixtures.ts';
import { readPages } from './lib/page-text.ts';
import { SHARED_PAGES } from './lib/shared-pages.ts';

const { values } = parseArgs({
  options: {
    pages: {
      type: 'string',
      default: SHARED_PAGES,
    },
    context: { type: 'string', default: '60' },
    summary: { type: 'boolean', default: false },
  },
});
const width = Number(values.context);

const data = datasetFromDataDir();
const pack = compilePack(data, { withSources: true });
const matcher = loadMatcher(pack);
const names = new Map(data.entities.map((e) => [e.id, e.name]));

console.log(`# Labelled fixtures (${FIXTURE_DIR})\n`);
const fixtures = evaluateFixtures(matcher, data);
let failures = 0;
for (const f of fixtures) {
  const ok = f.missing.length === 0 && f.unexpected.length === 0 && f.forbiddenHits.length === 0;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${f.file}: ${f.found.length} entities`);
  for (const id of f.missing) console.log(`     missing: ${id}`);
  for (const id of f.unexpected) console.log(`     unexpected: ${id}`);
  for (const h of f.forbiddenHits)
    console.log(`     matched inside a must-not-match passage: "${h}"`);
}

if (!existsSync(values.pages!)) {
  console.log(`\n(no pages at ${values.pages}; skipping the real-page report)`);
} else {
  console.log(`\n# Hits on the pages in ${values.pages}\n`);
  const pages = readPages(values.pages!);
  const byTerm = new Map<string, number>();
  let hits = 0;
  for (const page of pages) {
    const lines: string[] = [];
    for (const run of page.runs) {
      for (const m of matcher.find(run)) {
        hits++;
        const text = run.slice(m.start, m.end);
        byTerm.set(text, (byTerm.get(text) ?? 0) + 1);
        const before = run.slice(Math.max(0, m.start - width), m.start).replace(/\s+/g, ' ');
        const after = run.slice(m.end, m.end + width).replace(/\s+/g, ' ');
        const who = m.entities
          .map((e) => `${pack.entities[e]} (${names.get(pack.entities[e]!)})`)
          .join(' + ');
        lines.push(
          `  …${before}[[${text}]]${after}…\n      -> ${who}; term from: ${pack.terms.sources![m.term]!.join(' | ')}`,
        );
      }
    }
    if (lines.length && !values.summary)
      console.log(`## ${page.file} (${lines.length})\n${lines.join('\n')}\n`);
  }
  console.log(`\n${hits} hits on ${pages.length} pages. By matched text:`);
  for (const [text, n] of [...byTerm].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${text}`);
}
if (failures) {
  console.log(`\n${failures} labelled fixture(s) failed.`);
  process.exit(1);
}

/**
 * How long the toolbar lookup takes over the whole dataset, in Node: building the stored search
 * data (done once per installed dataset), loading it into an index (once per day in the worker)
 * and answering typical queries (each keystroke in the popup). Not a test: figures only.
 *
 *   npx tsx scripts/bench-lookup.ts [iterations per query, default 300]
 */
import { entityStatus } from '../lib/data/status.ts';
import { indexWithSeverities, search, searchData } from '../lib/data/search.ts';
import { datasetFromDataDir } from './lib/dataset-files.ts';

const ITERATIONS = Number(process.argv[2] ?? 300);
const dataset = datasetFromDataDir();
const today = new Date().toISOString().slice(0, 10);

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

const [data, buildMs] = time(() => searchData(dataset));
const severity = new Map(
  dataset.entities.map((e) => [e.id, entityStatus(e, dataset.programs, today).severity]),
);
const [index, loadMs] = time(() =>
  indexWithSeverities(data, (id) => severity.get(id) ?? 'history'),
);
console.log(
  `${dataset.entities.length} companies, ${data.names.length} names, ${data.identifiers.length} identifier spellings`,
);
console.log(
  `search data built in ${buildMs.toFixed(1)} ms; index loaded in ${loadMs.toFixed(1)} ms`,
);

const QUERIES = [
  'Hikvision',
  'China Mobile',
  'Grand China Aie',
  'Luokkung',
  'semiconductor manufacturing international',
  '小米',
  '中國移動',
  '1810.HK',
  'KYG9830T1067',
  'Zzyzx Widget Works',
  'hu',
];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
for (const q of QUERIES) {
  for (let i = 0; i < 20; i++) search(index, q); // warm up
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const [r, ms] = time(() => search(index, q));
    hits = r.length;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${JSON.stringify(q).padEnd(45)} ${String(hits).padStart(2)} hits  median ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  );
}

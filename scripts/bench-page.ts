/**
 * npm run bench:page: the content script's cost on real pages, in headless Chromium with the
 * test build (which exposes the content script's slice timings in its isolated world).
 *
 * For each page of ../shared/pages, measured in the same run and the same way (main-thread
 * time of the work itself, summed over its slices, not wall time with the waits between):
 *   (a) the floor: one TreeWalker pass that reads all text, in the page;
 *   (b) our initial scan and render (pack load, text runs, matching, ranges, highlights);
 *   (c) mark.js given the same terms, on a sample of pages that includes the largest, with a
 *       time limit per page (it wraps every match in an element; it runs after ours, with the
 *       extension paused).
 * And a storm page that adds 1,000 text nodes per second for 10 s: the extension's share of
 * main-thread time.
 *
 * Writes docs/perf/page.json and the page section of docs/performance.md.
 *
 *   npm run bench:page -- [--pages <dir>] [--sample 24] [--limit-s 20] [--only <n>]
 *     [--no-build] [--build <dir>]
 */
import { preferencesItem } from '../lib/settings/preferences.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { compilePack } from '../lib/matcher/pack.ts';
import { median, quantile, replaceSection } from './lib/bench-report.ts';
import { contentStats, waitForIdle } from './lib/content-stats.ts';
import { datasetFromDataDir } from './lib/dataset-files.ts';
import { launchExtension, type LoadedExtension } from './lib/launch-extension.ts';
import { startServer, type TestServer } from './lib/static-server.ts';
import { SHARED_PAGES } from './lib/shared-pages.ts';

const { values } = parseArgs({
  options: {
    pages: {
      type: 'string',
      default: SHARED_PAGES,
    },
    sample: { type: 'string', default: '24' },
    'limit-s': { type: 'string', default: '20' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    // A copy of the test build to load, so that rebuilding .output-test during a long run
    // cannot change the extension under measurement.
    build: { type: 'string' },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const MARKJS = join(root, 'node_modules/mark.js/dist/mark.min.js');

interface PageResult {
  file: string;
  bytes: number;
  floorMs: number;
  floorColdMs: number;
  oursMs: number;
  ratio: number;
  marks: number;
  maxSliceMs: number;
  markjsMs?: number;
  markjsComplete?: boolean;
  speedup?: number;
}

/**
 * The floor, in the page: read every text node once with a TreeWalker. The first pass runs
 * cold, like our own one scan per page; the median of five is the warm figure.
 */
async function floorMs(page: Page): Promise<{ cold: number; warm: number }> {
  const { samples } = await page.evaluate(() => {
    const out: number[] = [];
    let chars = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(
        document.body ?? document.documentElement,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      out.push(performance.now() - t0);
    }
    // Returning the count keeps the reads from being optimised away.
    return { samples: out, chars };
  });
  return { cold: samples[0]!, warm: median(samples) };
}

async function setPaused(ext: LoadedExtension, paused: boolean): Promise<void> {
  await ext.worker.evaluate(async (p) => {
    const stored = (await chrome.storage.sync.get('preferences')).preferences as
      { version: number; value: Record<string, unknown> } | undefined;
    if (!stored) throw new Error('no stored preferences to change');
    await chrome.storage.sync.set({
      preferences: { ...stored, value: { ...stored.value, paused: p } },
    });
  }, paused);
}

async function ensurePreferencesStored(ext: LoadedExtension): Promise<void> {
  // The stored record the options page would write: the defaults, at the current version.
  const record = { version: preferencesItem.version, value: preferencesItem.defaults() };
  await ext.worker.evaluate(async (preferences) => {
    if ((await chrome.storage.sync.get('preferences')).preferences) return;
    await chrome.storage.sync.set({ preferences });
  }, record);
}

/** mark.js over the whole body with the same terms; synchronous, so wall time is its work. */
async function markjsMs(
  page: Page,
  terms: readonly string[],
  limitMs: number,
): Promise<{ ms: number; complete: boolean }> {
  await page.addScriptTag({ path: MARKJS });
  return page.evaluate(
    ({ terms, limitMs }) => {
      const MarkCtor = (
        window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } }
      ).Mark;
      const instance = new MarkCtor(document.body);
      const t0 = performance.now();
      for (const term of terms) {
        // One call per term is how mark.js handles an array; doing it here lets the limit apply.
        instance.mark(term, {
          separateWordSearch: false,
          accuracy: 'exactly',
          caseSensitive: false,
          diacritics: false,
        });
        if (performance.now() - t0 > limitMs)
          return { ms: performance.now() - t0, complete: false };
      }
      return { ms: performance.now() - t0, complete: true };
    },
    { terms, limitMs },
  );
}

async function measurePage(
  ext: LoadedExtension,
  server: TestServer,
  file: string,
): Promise<PageResult> {
  const page = await ext.newPage();
  try {
    await page.goto(server.url('/' + encodeURIComponent(file)), {
      waitUntil: 'load',
      timeout: 60_000,
    });
    const stats = await waitForIdle(page);
    const floor = await floorMs(page);
    return {
      file,
      bytes: statSync(join(values.pages!, file)).size,
      floorMs: floor.warm,
      floorColdMs: floor.cold,
      oursMs: stats.totalMs,
      ratio: stats.totalMs / floor.cold,
      marks: stats.marks,
      maxSliceMs: stats.maxMs,
    };
  } finally {
    await page.close();
  }
}

/** A page adding 1,000 text nodes per second for 10 s; our share of its main-thread time. */
async function storm(ext: LoadedExtension, server: TestServer): Promise<number> {
  server.route('/storm.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html><head><title>Storm</title></head><body>
<div id="feed"></div>
<script>
  const words = ['market', 'update', 'Xiaomi', 'price', 'Huawei', 'quarter', 'Apple', 'result', 'SMIC', 'volume'];
  let n = 0;
  const feed = document.getElementById('feed');
  const start = performance.now();
  const timer = setInterval(() => {
    // 10 nodes every 10 ms: 1,000 text nodes a second.
    for (let i = 0; i < 10; i++) {
      const span = document.createElement('span');
      span.textContent = words[n++ % words.length] + ' ';
      feed.append(span);
    }
    if (performance.now() - start >= 10000) { clearInterval(timer); window.__stormDone = true; }
  }, 10);
</script></body></html>`);
  });
  const page = await ext.newPage();
  await page.goto(server.url('/storm.html'));
  const before = (await contentStats(page))?.totalMs ?? 0;
  const t0 = Date.now();
  await page.waitForFunction(
    () => (window as unknown as { __stormDone?: boolean }).__stormDone === true,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const elapsed = Date.now() - t0;
  // Work queued by the last mutations still counts.
  await page.waitForTimeout(500);
  const after = (await contentStats(page))?.totalMs ?? 0;
  await page.close();
  return (after - before) / (elapsed + 500);
}

if (!values['no-build']) {
  console.log('Building the test build (npm run build:test)...');
  execFileSync('npm', ['run', '--silent', 'build:test', '--', 'chrome'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const files = readdirSync(values.pages!)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .slice(0, values.only ? Number(values.only) : undefined);
const server = await startServer(values.pages!, 0, {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
});
const ext = await launchExtension({ build: values.build });
await ensurePreferencesStored(ext);

console.log(`Measuring ${files.length} pages...`);
const results: PageResult[] = [];
for (const file of files) {
  try {
    const r = await measurePage(ext, server, file);
    results.push(r);
    console.log(
      `${file.padEnd(48)} floor ${r.floorColdMs.toFixed(3).padStart(7)} ms (warm ${r.floorMs.toFixed(3)})  ours ${r.oursMs.toFixed(2).padStart(7)} ms  ratio ${r.ratio.toFixed(2).padStart(6)}  marks ${r.marks}`,
    );
  } catch (err) {
    console.log(`${file}: skipped (${(err as Error).message.split('\n')[0]})`);
  }
}

// (c) mark.js with the same terms, extension paused, on a sample including the largest pages.
const terms = [
  ...new Set(compilePack(datasetFromDataDir(), { withSources: true }).terms.sources!.flat()),
];
const sampleSize = Math.max(20, Number(values.sample));
const bySize = [...results].sort((a, b) => b.bytes - a.bytes);
const step = Math.max(1, Math.floor((bySize.length - 4) / (sampleSize - 4)));
const sample = [...bySize.slice(0, 4), ...bySize.slice(4).filter((_, i) => i % step === 0)].slice(
  0,
  sampleSize,
);
await setPaused(ext, true);
const limitMs = Number(values['limit-s']) * 1000;
for (const r of sample) {
  const page = await ext.newPage();
  try {
    await page.goto(server.url('/' + encodeURIComponent(r.file)), {
      waitUntil: 'load',
      timeout: 60_000,
    });
    const m = await markjsMs(page, terms, limitMs);
    r.markjsMs = m.ms;
    r.markjsComplete = m.complete;
    r.speedup = m.ms / r.oursMs;
    console.log(
      `mark.js ${r.file.padEnd(40)} ${m.ms.toFixed(0).padStart(7)} ms${m.complete ? '' : ' (time limit)'}  ${r.speedup.toFixed(0)}x ours`,
    );
  } finally {
    await page.close();
  }
}
await setPaused(ext, false);

const stormShare = await storm(ext, server);
console.log(`storm: the extension's share of main-thread time ${stormShare.toFixed(4)}`);
await ext.close();
await server.close();

const ratios = results.map((r) => r.ratio);
const zero = results.filter((r) => r.marks === 0).map((r) => r.ratio);
const speedups = sample.map((r) => r.speedup!).filter((x) => Number.isFinite(x));
const cpu = cpus();
const report = {
  machine: `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Chromium headless`,
  date: new Date().toISOString().slice(0, 10),
  pages: results.length,
  markjs_sample_pages: sample.length,
  median_ratio_to_floor: Number(median(ratios).toFixed(2)),
  p95_ratio_to_floor: Number(quantile(ratios, 0.95).toFixed(2)),
  max_ratio_to_floor: Number(Math.max(...ratios).toFixed(2)),
  zero_match_median_ratio_to_floor: Number(median(zero).toFixed(2)),
  median_speedup_vs_markjs: Number(median(speedups).toFixed(1)),
  max_slice_ms: Number(Math.max(...results.map((r) => r.maxSliceMs)).toFixed(2)),
  storm_main_thread_share: Number(stormShare.toFixed(4)),
};
const perfDir = join(root, 'docs/perf');
mkdirSync(perfDir, { recursive: true });
writeFileSync(join(perfDir, 'page.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(
  join(perfDir, 'page-details.json'),
  JSON.stringify(
    results.map((r) => ({
      ...r,
      floorMs: +r.floorMs.toFixed(3),
      oursMs: +r.oursMs.toFixed(3),
      ratio: +r.ratio.toFixed(3),
    })),
    null,
    1,
  ) + '\n',
);

const ok = (cond: boolean) => (cond ? 'met' : '**missed**');
const worst = [...results].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
await replaceSection(
  'page',
  `Measured ${report.date} on ${report.machine}: ${results.length} pages (${zero.length} with no match).

| figure | value | target |
| --- | ---: | --- |
| (b)/(a), median over pages | ${report.median_ratio_to_floor} | at most 2 (${ok(report.median_ratio_to_floor <= 2)}) |
| (b)/(a), 95th percentile | ${report.p95_ratio_to_floor} | |
| (b)/(a), maximum | ${report.max_ratio_to_floor} | |
| (b)/(a), median over pages with no match | ${report.zero_match_median_ratio_to_floor} | at most 1.5 (${ok(report.zero_match_median_ratio_to_floor <= 1.5)}) |
| (c)/(b), median over ${sample.length} pages | ${report.median_speedup_vs_markjs} | at least 20 (${ok(report.median_speedup_vs_markjs >= 20)}) |
| longest single slice of our work | ${report.max_slice_ms} ms | at most 50 ms (${ok(report.max_slice_ms <= 50)}) |
| storm page: our share of main-thread time | ${report.storm_main_thread_share} | under 0.05 (${ok(report.storm_main_thread_share < 0.05)}) |

Highest ratios: ${worst.map((r) => `${r.file} (${r.ratio.toFixed(2)}: ${r.oursMs.toFixed(1)} ms against ${r.floorMs.toFixed(1)} ms)`).join('; ')}.
Per-page figures: \`docs/perf/page-details.json\`.`,
);
console.log('Wrote docs/perf/page.json, docs/perf/page-details.json and docs/performance.md');

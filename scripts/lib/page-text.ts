/**
 * Page text in Node, the way the content script sees it: each HTML file is parsed with happy-dom
 * (no scripts, no network) and split into text runs by lib/page/text-runs.ts, the same code the
 * extension runs. Used by the matcher's evaluation and benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { textRuns } from '../../lib/page/text-runs.ts';

export interface PageText {
  file: string;
  runs: string[];
}

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
  },
};

export function htmlToRuns(html: string): string[] {
  const win = new Window({ url: 'http://127.0.0.1/', settings: SETTINGS });
  // text-runs.ts uses the DOM's globals; point them at this window while it runs.
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Node: g.Node, NodeFilter: g.NodeFilter };
  g.Node = win.Node;
  g.NodeFilter = win.NodeFilter;
  try {
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    const body = doc.body ?? doc.documentElement;
    // happy-dom hands out text as slices of the parsed source; V8 reads those an order of magnitude
    // slower than the flat strings a browser's Text.data gives. Copy them flat so that timings
    // reflect the matcher, not the DOM emulation.
    return [...textRuns(body as unknown as Node)].map(
      (r) => JSON.parse(JSON.stringify(r.text)) as string,
    );
  } finally {
    g.Node = saved.Node;
    g.NodeFilter = saved.NodeFilter;
    void win.happyDOM.close();
  }
}

export function readPages(dir: string): PageText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, runs: htmlToRuns(readFileSync(join(dir, file), 'utf8')) }));
}

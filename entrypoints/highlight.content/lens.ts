/**
 * The content script's work on one document:
 *
 *   match pack (from the background) -> scan text runs in slices -> marks -> highlights
 *   pointer rests on a mark -> entity cards (from the background) -> popover
 *   "datasetChanged" from the background -> new pack, cards forgotten, page re-marked
 *
 * Everything is released through `signal` (the content script context's lifetime): an
 * "Extension context invalidated" error after an update is a clean shutdown, not a crash.
 */
import { browser } from 'wxt/browser';
import { localIsoDate } from '../../lib/data/dates.ts';
import type { Entity } from '../../lib/data/schema.ts';
import type { Severity } from '../../lib/data/status.ts';
import { createI18n, langFor } from '../../lib/i18n/i18n.ts';
import { loadMatcher, type Matcher } from '../../lib/matcher/matcher.ts';
import {
  parseBroadcast,
  request,
  type DataInfo,
  type ProgramSummary,
} from '../../lib/messaging.ts';
import { paint, clearPaint } from '../../lib/page/highlights.ts';
import { watchHover } from '../../lib/page/hover.ts';
import { marksInRun, type Mark } from '../../lib/page/marks.ts';
import { browserSliceEnv, runSliced } from '../../lib/page/slices.ts';
import { textRuns } from '../../lib/page/text-runs.ts';
import { createPopoverHost } from './popover.tsx';

const send = (message: unknown) => browser.runtime.sendMessage(message);

interface Loaded {
  matcher: Matcher;
  severities: Severity[];
  info: DataInfo;
}

async function loadPack(): Promise<Loaded | null> {
  const reply = await request(send, { type: 'getMatchPack' });
  if (!reply.pack) return null;
  return { matcher: loadMatcher(reply.pack), severities: reply.severities, info: reply };
}

/** Every mark in the document, found in time slices. */
async function scanDocument(
  win: Window & typeof globalThis,
  matcher: Matcher,
  signal: AbortSignal,
): Promise<Mark[]> {
  const doc = win.document;
  const marks: Mark[] = [];
  const runs = textRuns(doc.body ?? doc.documentElement);
  await runSliced(
    () => {
      const next = runs.next();
      if (next.done) return false;
      marks.push(...marksInRun(next.value, matcher));
      return true;
    },
    browserSliceEnv(win),
    signal,
  );
  return marks;
}

function indexByNode(marks: readonly Mark[]): Map<Node, Mark[]> {
  const byNode = new Map<Node, Mark[]>();
  for (const mark of marks)
    for (const n of mark.nodes) byNode.set(n, [...(byNode.get(n) ?? []), mark]);
  return byNode;
}

export async function startLens(
  win: Window & typeof globalThis,
  signal: AbortSignal,
): Promise<void> {
  const doc = win.document;
  let loaded = await loadPack();
  if (signal.aborted || !loaded) return;
  let byNode = new Map<Node, Mark[]>();

  const mark = async () => {
    const current = loaded!;
    const marks = await scanDocument(win, current.matcher, signal);
    if (signal.aborted || current !== loaded) return;
    byNode = indexByNode(marks);
    paint(marks, current.severities);
  };
  await mark();
  signal.addEventListener('abort', clearPaint);

  // Entity cards are fetched on hover and kept until the dataset changes.
  const i18n = createI18n(langFor(win.navigator.language));
  const cards = new Map<string, Entity>();
  let programs: ProgramSummary[] = [];
  const load = async (m: Mark): Promise<Entity[]> => {
    const ids = m.entities.map((e) => loaded!.matcher.entities[e]!);
    const missing = ids.filter((id) => !cards.has(id));
    if (missing.length) {
      const reply = await request(send, { type: 'getEntities', ids: missing });
      for (const e of reply.entities) cards.set(e.id, e);
      programs = reply.programs;
      loaded!.info = reply;
    }
    return ids.map((id) => cards.get(id)).filter((e): e is Entity => e !== undefined);
  };

  const popover = createPopoverHost(doc, () => popover.hide());
  signal.addEventListener('abort', () => popover.destroy());
  watchHover(
    win,
    {
      marksByNode: () => byNode,
      prefetch: (m) => void load(m).catch(() => undefined),
      show: (m) => {
        void load(m).then((entities) => {
          if (signal.aborted) return;
          popover.show(
            {
              matchedText: m.text,
              entities,
              programs,
              info: loaded!.info,
              today: localIsoDate(new Date()),
              i18n,
            },
            m.range.getBoundingClientRect(),
          );
        });
      },
      hide: () => popover.hide(),
      isOwnUi: (target) => popover.contains(target),
    },
    signal,
  );

  // A sync installed a new dataset: new pack, fresh cards, the page marked again.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const broadcast = parseBroadcast(message);
    if (!broadcast || sender.id !== browser.runtime.id) return;
    if (broadcast.datasetVersion === loaded?.matcher.datasetVersion) return;
    void (async () => {
      const next = await loadPack();
      if (!next || signal.aborted) return;
      loaded = next;
      cards.clear();
      popover.hide();
      await mark();
    })().catch((err: unknown) => console.warn('Designation Lens: reload failed', err));
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The content script's work on one document:
 *
 *   match pack (once, from the background) -> scan text runs in slices -> marks -> highlights
 *   pointer rests on a mark -> entity cards (from the background) -> popover
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
import { request, type DataInfo, type ProgramSummary } from '../../lib/messaging.ts';
import { paint, clearPaint } from '../../lib/page/highlights.ts';
import { watchHover } from '../../lib/page/hover.ts';
import { marksInRun, type Mark } from '../../lib/page/marks.ts';
import { browserSliceEnv, runSliced } from '../../lib/page/slices.ts';
import { textRuns } from '../../lib/page/text-runs.ts';
import { createPopoverHost } from './popover.tsx';

const send = (message: unknown) => browser.runtime.sendMessage(message);

export async function startLens(
  win: Window & typeof globalThis,
  signal: AbortSignal,
): Promise<void> {
  const doc = win.document;
  const packReply = await request(send, { type: 'getMatchPack' });
  if (signal.aborted || !packReply.pack) return;
  const matcher: Matcher = loadMatcher(packReply.pack);
  const severities: Severity[] = packReply.severities;

  const marks: Mark[] = [];
  const byNode = new Map<Node, Mark[]>();
  const runs = textRuns(doc.body ?? doc.documentElement);
  await runSliced(
    () => {
      const next = runs.next();
      if (next.done) return false;
      for (const mark of marksInRun(next.value, matcher)) {
        marks.push(mark);
        for (const n of mark.nodes) byNode.set(n, [...(byNode.get(n) ?? []), mark]);
      }
      return true;
    },
    browserSliceEnv(win),
    signal,
  );
  if (signal.aborted) return;
  paint(marks, severities);
  signal.addEventListener('abort', clearPaint);

  // Entity cards are fetched on hover and kept for the page's lifetime.
  const i18n = createI18n(langFor(win.navigator.language));
  const cards = new Map<string, Entity>();
  let programs: ProgramSummary[] = [];
  let info: DataInfo = packReply;
  const load = async (mark: Mark): Promise<Entity[]> => {
    const ids = mark.entities.map((e) => matcher.entities[e]!);
    const missing = ids.filter((id) => !cards.has(id));
    if (missing.length) {
      const reply = await request(send, { type: 'getEntities', ids: missing });
      for (const e of reply.entities) cards.set(e.id, e);
      programs = reply.programs;
      info = reply;
    }
    return ids.map((id) => cards.get(id)).filter((e): e is Entity => e !== undefined);
  };

  const popover = createPopoverHost(doc, () => popover.hide());
  signal.addEventListener('abort', () => popover.destroy());
  watchHover(
    win,
    {
      marksByNode: () => byNode,
      prefetch: (mark) => void load(mark).catch(() => undefined),
      show: (mark) => {
        void load(mark).then((entities) => {
          if (signal.aborted) return;
          popover.show(
            {
              matchedText: mark.text,
              entities,
              programs,
              info,
              today: localIsoDate(new Date()),
              i18n,
            },
            mark.range.getBoundingClientRect(),
          );
        });
      },
      hide: () => popover.hide(),
      isOwnUi: (target) => popover.contains(target),
    },
    signal,
  );
}

/**
 * What each tab contains, frame by frame, as reported by the content scripts: the toolbar badge
 * (how many companies, coloured by the worst severity) and the popup's page panel read it.
 * Kept in storage.session too, so that a restarted service worker still knows.
 */
import { browser } from 'wxt/browser';
import type { Display } from '../../lib/messaging.ts';

export type FrameSummary = { id: string; count: number }[];

const BADGE_COLOUR: Record<Exclude<Display, 'hidden'>, string> = {
  ban: '#b42318',
  listed: '#b54708',
  history: '#475467',
};
const RANK: Record<Display, number> = { hidden: -1, history: 0, listed: 1, ban: 2 };

const tabs = new Map<number, Map<number, FrameSummary>>();
const sessionKey = (tabId: number) => `page:${tabId}`;

async function restore(tabId: number): Promise<Map<number, FrameSummary>> {
  let frames = tabs.get(tabId);
  if (frames) return frames;
  const stored = (await browser.storage.session.get(sessionKey(tabId)))[sessionKey(tabId)] as
    Record<string, FrameSummary> | undefined;
  frames = new Map(
    Object.entries(stored ?? {}).map(([frame, summary]) => [Number(frame), summary]),
  );
  tabs.set(tabId, frames);
  return frames;
}

/** Mentions per entity over all frames of a tab. */
export async function tabCounts(tabId: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const summary of (await restore(tabId)).values()) {
    for (const { id, count } of summary) counts.set(id, (counts.get(id) ?? 0) + count);
  }
  return counts;
}

async function updateBadge(
  tabId: number,
  display: (id: string) => Promise<Display>,
): Promise<void> {
  const counts = await tabCounts(tabId);
  let worst: Display = 'hidden';
  for (const id of counts.keys()) {
    const d = await display(id);
    if (RANK[d] > RANK[worst]) worst = d;
  }
  const text = counts.size ? String(counts.size) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (worst !== 'hidden')
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR[worst] });
}

export async function recordFrame(
  tabId: number,
  frameId: number,
  summary: FrameSummary,
  display: (id: string) => Promise<Display>,
): Promise<void> {
  const frames = await restore(tabId);
  if (summary.length) frames.set(frameId, summary);
  else frames.delete(frameId);
  await browser.storage.session.set({ [sessionKey(tabId)]: Object.fromEntries(frames) });
  await updateBadge(tabId, display);
}

export function forgetTabsOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document starts with nothing found; its content scripts report again.
    if (change.status !== 'loading') return;
    tabs.delete(tabId);
    void browser.storage.session.remove(sessionKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    void browser.storage.session.remove(sessionKey(tabId));
  });
}

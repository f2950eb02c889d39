/**
 * The content script's work on one document:
 *
 *   preferences + site choices (storage) -> should this page be marked?
 *   match pack (background) -> scanner (initial scan, then mutations, in slices) -> highlights
 *   pointer rests on a mark, or Alt+Shift+L -> entity cards (background) -> popover
 *   page subject is a designated security -> banner (top frame only)
 *   marks change -> page summary (background: badge, popup panel)
 *   "datasetChanged" -> new pack; storage changes -> restyle, refilter, stop or start
 *
 * Everything is released through `signal` (the content script context's lifetime): an
 * "Extension context invalidated" error after an update is a clean shutdown, not a crash.
 */
import { h } from 'preact';
import { browser } from 'wxt/browser';
import { Banner, bannerFor } from '../../components/Banner.tsx';
import { Popover } from '../../components/Popover.tsx';
import { localIsoDate } from '../../lib/data/dates.ts';
import type { Entity } from '../../lib/data/schema.ts';
import { chosenLang, createI18n, type I18n } from '../../lib/i18n/i18n.ts';
import { loadMatcher, type Matcher } from '../../lib/matcher/matcher.ts';
import {
  checkReply,
  parseBroadcast,
  request,
  type DataInfo,
  type PresenceReply,
  type ProgramSummary,
} from '../../lib/messaging.ts';
import { createPainter, type Display } from '../../lib/page/highlights.ts';
import { watchHover } from '../../lib/page/hover.ts';
import type { Mark } from '../../lib/page/marks.ts';
import { inDocumentOrder, stepMark } from '../../lib/page/navigation.ts';
import { createScanner, type Scanner } from '../../lib/page/scanner.ts';
import { browserSliceEnv } from '../../lib/page/slices.ts';
import { pageSubjects } from '../../lib/page/subject.ts';
import type { Preferences } from '../../lib/settings/preferences.ts';
import { siteAllowed, siteKey, type Sites } from '../../lib/settings/sites.ts';
import { entityFingerprint } from '../../lib/data/fingerprint.ts';
import { contentSettings } from './settings.ts';
import { count, recordMarks, recordSlice } from './stats.ts';
import { createUiHost } from './ui-host.tsx';

const send = (message: unknown) => browser.runtime.sendMessage(message);

function languageOf(prefs: Preferences, win: Window): I18n {
  return createI18n(chosenLang(prefs.language, win.navigator.language));
}

function shouldRun(prefs: Preferences, sites: Sites, host: string): boolean {
  return !prefs.paused && siteAllowed(sites, host, prefs.siteMode);
}

/** What the page panel shows about this page: marked, or why not. */
function presence(prefs: Preferences, sites: Sites, host: string, reading: boolean): PresenceReply {
  if (shouldRun(prefs, sites, host)) return { kind: 'scanned', host, reading };
  const reason = prefs.paused
    ? 'paused'
    : prefs.siteMode === 'chosen'
      ? 'not-chosen'
      : 'site-disabled';
  return { kind: 'off', host, reason };
}

/** Is this the keyboard shortcut for the next mark (Alt+Shift+L)? */
export function isNextMarkKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';
}

export async function startLens(
  win: Window & typeof globalThis,
  signal: AbortSignal,
): Promise<void> {
  const doc = win.document;
  const host = siteKey(win.location.hostname);
  const isTop = win === win.top;
  const settings = await contentSettings(signal);
  let { prefs, sites } = settings;
  let i18n = languageOf(prefs, win);
  const ui = createUiHost(doc);
  const painter = createPainter(prefs.highlightStyle, prefs.palette);
  signal.addEventListener('abort', () => {
    painter.clear();
    ui.destroy();
  });

  let session: AbortController | null = null;
  let engine: Engine | null = null;

  interface Engine {
    scanner: Scanner;
    matcher: Matcher;
    /** New display for every entity (after a preference change), and a fresh scan. */
    refresh(): Promise<void>;
    next(direction: 1 | -1): void;
    /** Scroll to the first mark of an entity and open its popover; false if there is none. */
    show(id: string): boolean;
    /** Whether the first scan of the page has finished (and its summary was sent). */
    scannedOnce(): boolean;
  }

  const stop = () => {
    session?.abort();
    session = null;
    engine = null;
    painter.clear();
    ui.hidePopover();
    ui.hideBanner();
    void request(send, { type: 'pageSummary', entities: [] }).catch(() => undefined);
  };

  const start = async () => {
    if (session || !shouldRun(prefs, sites, host)) return;
    const controller = new AbortController();
    session = controller;
    signal.addEventListener('abort', () => controller.abort());
    engine = await startEngine(controller.signal);
  };

  async function startEngine(run: AbortSignal): Promise<Engine | null> {
    const raw = await send({ type: 'getMatchPack' });
    if (run.aborted) return null;
    // Checking and loading the pack is work on the page's main thread too: it counts.
    const t0 = performance.now();
    const first = checkReply('getMatchPack', raw);
    if (!first.pack) return null;
    const matcher = loadMatcher(first.pack);
    recordSlice(performance.now() - t0);
    let display: Display[] = first.display;
    let info: DataInfo = first;
    const notThat = () => new Set(sites.notThat[host] ?? []);
    const cards = new Map<string, Entity>();
    let programs: ProgramSummary[] = [];
    let summaryTimer = 0;
    let keyboardMark: Mark | null = null;

    const load = async (ids: string[]): Promise<Entity[]> => {
      const missing = ids.filter((id) => !cards.has(id));
      if (missing.length) {
        const reply = await request(send, { type: 'getEntities', ids: missing });
        for (const e of reply.entities) cards.set(e.id, e);
        programs = reply.programs;
        info = reply;
      }
      return ids.map((id) => cards.get(id)).filter((e): e is Entity => e !== undefined);
    };
    const idsOf = (mark: Mark) => mark.entities.map((e) => matcher.entities[e]!);

    const openPopover = async (
      mark: Mark,
      focus: boolean,
      position?: { index: number; count: number },
    ) => {
      const entities = await load(idsOf(mark));
      if (run.aborted) return;
      ui.showPopover(
        h(Popover, {
          matchedText: mark.text,
          entities,
          programs,
          info,
          today: localIsoDate(new Date()),
          i18n,
          ...(position ? { position } : {}),
          onClose: () => ui.hidePopover(),
          onDisableSite: () => void settings.disableSite(host),
          onNotThat: (ids) => void settings.notThat(host, ids),
        }),
        mark.range.getBoundingClientRect(),
        focus,
      );
    };

    const sendSummary = () => {
      count('summaries');
      const counts = new Map<string, number>();
      for (const m of scanner.marks())
        for (const id of idsOf(m)) counts.set(id, (counts.get(id) ?? 0) + 1);
      void request(send, {
        type: 'pageSummary',
        entities: [...counts].map(([id, count]) => ({ id, count })),
      }).catch(() => undefined);
    };

    let bannerShown = '';
    const updateBanner = async () => {
      try {
        await decideBanner();
      } finally {
        count('bannerChecks');
      }
    };
    const decideBanner = async () => {
      if (!isTop || !prefs.brokerageBanner) return ui.hideBanner();
      const subjects = [...pageSubjects(doc, matcher, scanner.marks())]
        .filter((e) => display[e] !== 'hidden' && !notThat().has(matcher.entities[e]!))
        .map((e) => matcher.entities[e]!);
      if (!subjects.length) return ui.hideBanner();
      const entities = await load(subjects);
      const today = localIsoDate(new Date());
      const dismissed = sites.bannerDismissed[host] ?? {};
      const shown = entities
        .map((e) => ({ e, c: bannerFor(e, programs, today, i18n) }))
        .filter((x) => x.c && dismissed[x.e.id] !== entityFingerprint(x.e));
      const key = shown.map((x) => x.e.id).join();
      if (!shown.length) {
        bannerShown = '';
        return ui.hideBanner();
      }
      if (key === bannerShown) return;
      bannerShown = key;
      ui.showBanner(
        h(Banner, {
          cases: shown.map((x) => x.c!),
          i18n,
          onDetails: () => {
            const mark = scanner
              .marks()
              .find((m) => idsOf(m).some((id) => shown.some((x) => x.e.id === id)));
            if (mark) void openPopover(mark, true);
          },
          onDismiss: () => {
            bannerShown = '';
            ui.hideBanner();
            void settings.dismissBanner(
              host,
              Object.fromEntries(shown.map((x) => [x.e.id, entityFingerprint(x.e)])),
            );
          },
        }),
      );
    };

    let scannedOnce = false;
    /** What follows a change of marks: the page summary, then the banner decision. */
    const report = () => {
      sendSummary();
      void updateBanner().catch(() => undefined);
    };
    const scanner = createScanner({
      doc,
      matcher,
      env: browserSliceEnv(win),
      signal: run,
      keep: (entities) => {
        const skip = notThat();
        return entities.filter((e) => display[e] !== 'hidden' && !skip.has(matcher.entities[e]!));
      },
      isOwn: (node) => ui.isOwn(node),
      onSlice: recordSlice,
      onIdle: () => {
        recordMarks(scanner.marks().length);
        count('idle');
        if (!scannedOnce) {
          // The first scan is done: the page panel may be waiting for it, so report at once
          // (a page with nothing found has nothing to report: the background starts empty).
          scannedOnce = true;
          if (scanner.marks().length) {
            win.clearTimeout(summaryTimer);
            report();
          }
        }
      },
      onChange: () => {
        painter.paint(scanner.marks(), display);
        win.clearTimeout(summaryTimer);
        summaryTimer = win.setTimeout(report, 300);
      },
    });
    run.addEventListener('abort', () => win.clearTimeout(summaryTimer));
    scanner.rescanAll();

    watchHover(
      win,
      {
        marksByNode: () => scanner.byNode,
        prefetch: (m) => void load(idsOf(m)).catch(() => undefined),
        show: (m) => void openPopover(m, false),
        hide: () => ui.hidePopover(),
        isOwnUi: (target) => ui.isOwn(target),
      },
      run,
    );

    /** Scrolls to a mark, announces it and opens its popover with focus. */
    const goTo = (mark: Mark) => {
      keyboardMark = mark;
      const ordered = inDocumentOrder(scanner.marks());
      const position = { index: ordered.indexOf(mark) + 1, count: ordered.length };
      mark.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      ui.announce(`${mark.text}. ${i18n.t('popover.position', position)}`);
      void openPopover(mark, true, position);
    };

    const next = (direction: 1 | -1) => {
      const marks = scanner.marks();
      const mark = stepMark(
        marks,
        keyboardMark && marks.includes(keyboardMark) ? keyboardMark : null,
        direction,
      );
      if (mark) goTo(mark);
    };
    // Escape closes a popover however it was opened (the hover logic closes its own too).
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape' || !ui.popoverOpen()) return;
        ui.hidePopover();
        keyboardMark = null;
      },
      { capture: true, signal: run },
    );

    // The shortcut as a key handler too: a page can receive Alt+Shift+L when the browser
    // does not route it to the extension command (and tests drive the page directly).
    doc.addEventListener(
      'keydown',
      (e) => {
        if (!isNextMarkKey(e)) return;
        e.preventDefault();
        e.stopPropagation();
        next(1);
      },
      { capture: true, signal: run },
    );

    return {
      scanner,
      matcher,
      async refresh() {
        const reply = await request(send, { type: 'getMatchPack', have: matcher.datasetVersion });
        if (run.aborted) return;
        display = reply.display;
        bannerShown = '';
        scanner.rescanAll();
      },
      next,
      show(id) {
        const mark = inDocumentOrder(scanner.marks()).find((m) => idsOf(m).includes(id));
        if (mark) goTo(mark);
        return mark !== undefined;
      },
      scannedOnce: () => scannedOnce,
    };
  }

  await start();

  settings.onChange(async (change) => {
    const before = { prefs, sites };
    ({ prefs, sites } = change);
    if (prefs.language !== before.prefs.language) i18n = languageOf(prefs, win);
    painter.setStyle(prefs.highlightStyle, prefs.palette);
    const should = shouldRun(prefs, sites, host);
    if (!should) return stop();
    if (!session) return start();
    const refilter =
      JSON.stringify([
        before.prefs.lists,
        before.prefs.showHistory,
        before.sites.notThat[host],
        before.prefs.brokerageBanner,
      ]) !==
      JSON.stringify([prefs.lists, prefs.showHistory, sites.notThat[host], prefs.brokerageBanner]);
    if (refilter) {
      ui.hidePopover();
      await engine?.refresh();
    }
  });

  // Messages from the background: a new dataset, or the keyboard command.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const broadcast = parseBroadcast(message);
    if (!broadcast || sender.id !== browser.runtime.id) return;
    if (broadcast.type === 'presence') {
      // The popup's page panel asks through the background; the answer is the reply.
      const reading = !engine?.scannedOnce();
      return isTop ? Promise.resolve(presence(prefs, sites, host, reading)) : undefined;
    }
    if (broadcast.type === 'nextMark') {
      if (isTop || doc.hasFocus()) engine?.next(1);
      return;
    }
    if (broadcast.type === 'showEntity') {
      // Every frame hears it; a frame without a mark of this company does nothing.
      engine?.show(broadcast.id);
      return;
    }
    if (broadcast.datasetVersion === engine?.matcher.datasetVersion) return;
    // A new dataset: start over with its pack (cards, display and marks all change).
    stop();
    void start().catch((err: unknown) => console.warn('Designation Lens: reload failed', err));
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The popup's page panel: what the current tab contains. Each company with its lists, severity
 * and number of mentions; clicking one scrolls the page to it and opens its popover. On a page
 * the extension does not read, it says why, and offers the way back where there is one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { ListId } from '../../lib/data/schema.ts';
import { LISTS_IN_ORDER } from '../../lib/data/status.ts';
import type { OffReason, PageSummaryEntry, PageSummaryResponse } from '../../lib/messaging.ts';
import './panel.css';

/** What the panel asks of the browser (main.tsx wires it; tests may fake it). */
export interface PanelApi {
  /** The tab to describe: `?tab=ID`, else the active tab; null if there is none. */
  targetTab(): Promise<number | null>;
  summary(tabId: number): Promise<PageSummaryResponse>;
  /** Calls `changed` whenever what the tab contains may have changed; returns the unsubscribe. */
  watch(tabId: number, changed: () => void): () => void;
  show(tabId: number, entityId: string): Promise<void>;
  turnOn(reason: OffReason, host: string): Promise<void>;
  reload(tabId: number): Promise<void>;
  /** Opens the panel for this tab in a window of its own; absent when it already is one. */
  detach?: (tabId: number) => Promise<void>;
}

export interface PagePanelProps {
  i18n: I18n;
  api: PanelApi;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'error' }
  | { kind: 'ready'; tabId: number; summary: PageSummaryResponse };

export function PagePanel({ i18n, api }: PagePanelProps) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    const fail = (e: unknown) => {
      // The words are ours; the cause goes to the console for a bug report.
      console.warn('Designation Lens: page summary failed', e);
      if (live) setState({ kind: 'error' });
    };
    void api.targetTab().then((tabId) => {
      if (!live) return;
      if (tabId === null) return setState({ kind: 'no-tab' });
      const load = (): Promise<void> =>
        api.summary(tabId).then((summary) => {
          if (!live) return;
          setState({ kind: 'ready', tabId, summary });
          // The page's first scan is still running: ask again shortly rather than show a
          // half-finished list (or "nothing found") as the answer.
          if (summary.page.kind === 'scanned' && summary.page.reading)
            setTimeout(() => void load(), 300);
        }, fail);
      unwatch = api.watch(tabId, () => void load());
      void load();
    }, fail);
    return () => {
      live = false;
      unwatch();
    };
  }, [api]);

  if (state.kind === 'loading') return <p class="dl-panel-note">{i18n.t('panel.loading')}</p>;
  if (state.kind === 'no-tab') return <p class="dl-panel-note">{i18n.t('panel.noTab')}</p>;
  if (state.kind === 'error')
    return (
      <p class="dl-panel-note" role="alert">
        {i18n.t('panel.error')}
      </p>
    );

  const { tabId, summary } = state;
  const page = summary.page;
  if (page.kind === 'restricted')
    return (
      <p class="dl-panel-note" data-page="restricted">
        {i18n.t('panel.restricted')}
      </p>
    );
  if (page.kind === 'gone')
    return (
      <p class="dl-panel-note" data-page="gone">
        {i18n.t('panel.gone')}
      </p>
    );
  if (page.kind === 'unreachable')
    return (
      <div class="dl-panel-note" data-page="unreachable">
        <p>{i18n.t('panel.unreachable')}</p>
        <button
          type="button"
          class="dl-button"
          // A tab closed meanwhile cannot be reloaded; the panel then says it is gone.
          onClick={() =>
            void api
              .reload(tabId)
              .catch(() =>
                setState({ kind: 'ready', tabId, summary: { ...summary, page: { kind: 'gone' } } }),
              )
          }
        >
          {i18n.t('panel.reload')}
        </button>
      </div>
    );
  if (page.kind === 'off')
    return (
      <div class="dl-panel-note" data-page="off">
        <p>{i18n.t(`panel.off.${page.reason}`, { host: page.host })}</p>
        <button
          type="button"
          class="dl-button"
          onClick={() => void api.turnOn(page.reason, page.host)}
        >
          {i18n.t(`panel.turnOn.${page.reason}`, { host: page.host })}
        </button>
      </div>
    );

  if (page.kind === 'scanned' && page.reading)
    return (
      <p class="dl-panel-note" data-page="reading" role="status">
        {i18n.t('panel.loading')}
      </p>
    );

  const { entities } = summary;
  const names = (lists: readonly ListId[]) => i18n.list(lists.map((l) => i18n.t(`list.${l}`)));
  const off = LISTS_IN_ORDER.filter((l) => !summary.searched.includes(l));
  return (
    <div class="dl-page-panel" data-page="scanned">
      {entities.length > 0 ? (
        <p class="dl-panel-head" role="status">
          {i18n.t('panel.found', { count: entities.length, host: page.host })}
        </p>
      ) : (
        <div class="dl-panel-head dl-panel-none" role="status">
          <p>
            {summary.searched.length
              ? i18n.t('panel.none', {
                  lists: names(summary.searched),
                  host: page.host,
                  date: i18n.date(summary.asOf),
                })
              : i18n.t('panel.noLists', { host: page.host })}
          </p>
          {off.length > 0 && <p>{i18n.t('panel.listsOff', { lists: names(off) })}</p>}
          {!summary.showHistory && <p>{i18n.t('panel.historyOff')}</p>}
          <p>{i18n.t('panel.notCovered')}</p>
        </div>
      )}
      {entities.length > 0 && (
        <ul class="dl-panel-list" aria-label={i18n.t('panel.listLabel')}>
          {entities.map((e) => (
            <PanelEntry key={e.id} entry={e} i18n={i18n} onShow={() => api.show(tabId, e.id)} />
          ))}
        </ul>
      )}
      <p class="dl-panel-foot">{i18n.t('panel.dataAsOf', { date: i18n.date(summary.asOf) })}</p>
      {api.detach && (
        <button
          type="button"
          class="dl-link-button"
          data-action="detach"
          onClick={() => void api.detach?.(tabId)}
        >
          {i18n.t('panel.detach')}
        </button>
      )}
    </div>
  );
}

function PanelEntry(props: { entry: PageSummaryEntry; i18n: I18n; onShow: () => Promise<void> }) {
  const { entry, i18n } = props;
  return (
    <li class="dl-panel-entry" data-entity={entry.id} data-display={entry.display}>
      <button
        type="button"
        onClick={() => void props.onShow()}
        title={i18n.t('panel.showHint', { name: entry.name })}
      >
        <span class={`dl-dot dl-dot-${entry.display}`} aria-hidden="true" />
        <span class="dl-panel-name">{entry.name}</span>
        <span class="dl-panel-count" aria-hidden="true">
          {i18n.t('panel.mentions', { count: entry.count })}
        </span>
        <span class="dl-visually-hidden">
          {i18n.t('panel.mentionsSpoken', { count: entry.count })}
        </span>
        <span class="dl-panel-lists">
          {entry.lists.map((l) => (
            <span key={l.list} class={`dl-chip dl-chip-${l.severity}`} data-list={l.list}>
              {i18n.t(`panel.list.${l.list}`)}
              <span class="dl-visually-hidden"> ({i18n.t(`panel.severity.${l.severity}`)})</span>
            </span>
          ))}
        </span>
      </button>
    </li>
  );
}

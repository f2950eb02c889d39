/**
 * Sync results, errors and change log lines in words, in the user's language. The background
 * and the sync code deal in codes (lib/data/sync-state.ts, lib/data/change-items.ts); only the
 * pages and the notification turn them into sentences.
 */
import type { ChangeItem } from '../data/change-items.ts';
import type { EntityRef } from '../data/diff.ts';
import type { SyncError, SyncResult } from '../data/sync-state.ts';
import { eventLabel, listName } from './describe.ts';
import type { MessageKey } from './en.ts';
import type { I18n } from './i18n.ts';

export function syncErrorLine(i18n: I18n, error: SyncError): string {
  return i18n.t(`sync.error.${error.code}` as MessageKey, {
    status: error.status ?? '',
    feedVersion: error.feedVersion ?? '',
    haveVersion: error.haveVersion ?? '',
  });
}

export function syncResultLine(i18n: I18n, result: SyncResult): string {
  switch (result.kind) {
    case 'updated':
      return i18n.t('sync.result.updated', { version: result.to, date: i18n.date(result.asOf) });
    case 'up-to-date': {
      const line = i18n.t('sync.result.upToDate', {
        version: result.version,
        date: i18n.date(result.asOf),
      });
      return result.heldBack === undefined
        ? line
        : `${line} ${i18n.t('sync.result.heldBack', { heldBack: result.heldBack })}`;
    }
    case 'failed':
      return syncErrorLine(i18n, result);
  }
}

export function changeItemLine(i18n: I18n, item: ChangeItem): string {
  const name = item.name;
  switch (item.kind) {
    case 'company-added':
      return i18n.t('changes.company-added', {
        name,
        lists: item.lists.map((l) => listName(i18n, l)).join(', '),
      });
    case 'company-removed':
    case 'names-changed':
      return i18n.t(`changes.${item.kind}`, { name });
    case 'listing-added':
    case 'listing-removed':
      return i18n.t(`changes.${item.kind}`, {
        name,
        list: listName(i18n, item.list),
        date: i18n.date(item.date),
      });
    case 'event-added':
    case 'event-removed':
      return i18n.t(`changes.${item.kind}`, {
        name,
        list: listName(i18n, item.list),
        event: eventLabel(i18n, item.event),
        date: i18n.date(item.date),
      });
    case 'date-changed':
      return i18n.t('changes.date-changed', {
        name,
        list: listName(i18n, item.list),
        event: eventLabel(i18n, item.event),
        from: i18n.date(item.from),
        to: i18n.date(item.to),
      });
  }
}

/** The notification for an update that changed companies on the watchlist. */
export function watchlistNotification(
  i18n: I18n,
  version: number,
  companies: readonly EntityRef[],
): { title: string; message: string } {
  const shown = companies.slice(0, 3).map((c) => c.name);
  const list = shown.join(i18n.lang === 'en' ? '; ' : '；');
  const names =
    companies.length > shown.length
      ? i18n.t('notify.andMore', { names: list, count: companies.length - shown.length })
      : list;
  return { title: i18n.t('notify.title'), message: i18n.t('notify.message', { version, names }) };
}

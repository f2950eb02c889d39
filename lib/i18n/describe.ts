/**
 * Status in words: turns the structured values of lib/data/status.ts into the sentences the
 * popover, popup and banner show, in the user's language.
 */
import type { Consequence, ListStatus } from '../data/status.ts';
import type { EventType, ListId } from '../data/schema.ts';
import type { MessageKey } from './en.ts';
import type { I18n } from './i18n.ts';

export function listName(i18n: I18n, list: ListId): string {
  return i18n.t(`list.${list}`);
}

export function prohibits(i18n: I18n, list: ListId): string {
  return i18n.t(`prohibits.${list}`);
}

export function stateLine(i18n: I18n, status: ListStatus): string {
  return i18n.t(`state.${status.state}`, { date: i18n.date(status.since.date) });
}

export function eventLabel(i18n: I18n, type: EventType): string {
  return i18n.t(`event.${type}`);
}

function blocker(i18n: I18n, ref: { type: EventType; date: string }): string {
  const key = `blocked.${ref.type}` as MessageKey;
  return i18n.t(key, { date: i18n.date(ref.date) });
}

export function consequenceLine(i18n: I18n, c: Consequence): string {
  const date = i18n.date(c.date);
  let key: MessageKey;
  const params: Record<string, string> = { date };
  if (c.outcome === 'never' && c.blockedBy) {
    key = `c.${c.kind}.never`;
    params.blocker = blocker(i18n, c.blockedBy);
  } else if (c.outcome === 'pending') {
    key = `c.${c.kind}.pending`;
    params.when = i18n.relative(c.days);
  } else if (c.endedBy && c.kind !== 'divestment-deadline') {
    key = `c.${c.kind}.ended`;
    params.blocker = blocker(i18n, c.endedBy);
  } else {
    key = `c.${c.kind}.took-effect`;
  }
  const line = i18n.t(key, params);
  return c.computed ? `${line} (${i18n.t('c.computed')})` : line;
}

/**
 * How an entity shows on pages under the user's preferences: lists switched off do not count,
 * and a company whose remaining listings are all history is hidden when history is off.
 */
import type { Entity } from './schema.ts';
import { entityStatus, worstSeverity, type ProgramRulesView } from './status.ts';
import type { Display } from '../messaging.ts';
import type { Preferences } from '../settings/preferences.ts';

export type DisplayPreferences = Pick<Preferences, 'lists' | 'showHistory'>;

export function entityDisplay(
  entity: Entity,
  programs: readonly ProgramRulesView[],
  today: string,
  prefs: DisplayPreferences,
): Display {
  const lists = entityStatus(entity, programs, today).lists.filter((l) => prefs.lists[l.list]);
  if (!lists.length) return 'hidden';
  const severity = worstSeverity(lists.map((l) => l.severity));
  return severity === 'history' && !prefs.showHistory ? 'hidden' : severity;
}

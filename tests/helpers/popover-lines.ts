/**
 * What a popover must say about a company today, derived from the status function and the same
 * words the extension uses (lib/i18n/describe.ts): per list, its name, its state, what it
 * prohibits and each consequence of its current listing. Shared by the Chromium and Firefox
 * popover tests, so both browsers are held to one expectation.
 */
import { localIsoDate } from '../../lib/data/dates.ts';
import { entityStatus, type EntityStatus } from '../../lib/data/status.ts';
import { consequenceLine, listName, prohibits, stateLine } from '../../lib/i18n/describe.ts';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { entity, realDataset } from './dataset.ts';

export function popoverLines(entityId: string): { status: EntityStatus; lines: string[] } {
  const i18n = createI18n('en');
  const status = entityStatus(entity(entityId), realDataset().programs, localIsoDate(new Date()));
  const lines = status.lists.flatMap((l) => [
    listName(i18n, l.list),
    stateLine(i18n, l),
    prohibits(i18n, l.list),
    ...l.current.consequences.map((c) => consequenceLine(i18n, c)),
  ]);
  return { status, lines };
}

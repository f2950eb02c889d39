/**
 * Which companies on the user's watchlist an update changed: the ones a notification names.
 */
import type { ChangeRecord } from './db.ts';
import type { EntityRef } from './diff.ts';

export function watchedChanges(
  change: Pick<ChangeRecord, 'diff' | 'affected'>,
  watchedIds: readonly string[],
): EntityRef[] {
  const watched = new Set(watchedIds);
  const names = new Map<string, string>();
  const d = change.diff;
  for (const e of [...d.entitiesAdded, ...d.entitiesRemoved]) names.set(e.id, e.name);
  for (const x of [
    ...d.listingsAdded,
    ...d.listingsRemoved,
    ...d.listingChanges,
    ...d.entityChanges,
  ])
    names.set(x.entity.id, x.entity.name);
  return change.affected
    .filter((id) => watched.has(id))
    .map((id) => ({ id, name: names.get(id) ?? id }));
}

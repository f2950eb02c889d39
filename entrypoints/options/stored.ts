/**
 * Stored settings as Preact state: read once, written through the versioned store, and
 * followed through storage change events so that a change made elsewhere (the popup, a
 * popover's "Disable on this site", another options tab) shows here too.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  readItem,
  updateItem,
  type StorageAreaLike,
  type VersionedItem,
} from '../../lib/settings/store.ts';

export interface SettingsStorage {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Calls `listener` with the keys that changed in an area; returns the way to stop. */
  watch(listener: (area: 'sync' | 'local', keys: string[]) => void): () => void;
}

export function useStored<T>(
  storage: SettingsStorage,
  area: 'sync' | 'local',
  item: VersionedItem<T>,
): [T | null, (change: (old: T) => T) => Promise<void>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readItem(storage[area], item).then((r) => {
        if (live) setValue(r.value);
      });
    read();
    const stop = storage.watch((changedArea, keys) => {
      if (changedArea === area && keys.includes(item.key)) read();
    });
    return () => {
      live = false;
      stop();
    };
  }, [storage, area, item]);
  const update = useCallback(
    async (change: (old: T) => T) => {
      setValue(await updateItem(storage[area], item, change));
    },
    [storage, area, item],
  );
  return [value, update];
}

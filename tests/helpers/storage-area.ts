/**
 * An extension storage area in memory, for the settings code's unit tests: values go in and come
 * out as copies, as with browser.storage. `failSet` makes every write fail the way a full quota
 * does.
 */
import type { StorageAreaLike } from '../../lib/settings/store.ts';

export function fakeArea(
  initial: Record<string, unknown> = {},
  failSet = false,
): StorageAreaLike & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys])
        if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items) {
      if (failSet) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(data, structuredClone(items));
    },
  };
}

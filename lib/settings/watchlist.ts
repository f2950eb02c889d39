/**
 * The watchlist: designated companies the user holds or follows, kept in storage.local only.
 * A sync that changes one of them raises a notification.
 */
import * as v from 'valibot';
import type { VersionedItem } from './store.ts';

export const WatchlistSchema = v.strictObject({
  items: v.array(
    v.strictObject({
      /** The entity id in the dataset. */
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      /** What the user entered or imported (a ticker, an ISIN, a name). */
      label: v.pipe(v.string(), v.maxLength(300)),
      /** ISO instant. */
      addedAt: v.string(),
    }),
  ),
});

export type Watchlist = v.InferOutput<typeof WatchlistSchema>;

export const watchlistItem: VersionedItem<Watchlist> = {
  key: 'watchlist',
  version: 1,
  schema: WatchlistSchema,
  defaults: () => ({ items: [] }),
  migrations: {},
};

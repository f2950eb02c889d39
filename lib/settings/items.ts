/** Every stored item and where it lives: the one list the migration tests walk. */
import { feedItem } from './feed.ts';
import { preferencesItem } from './preferences.ts';
import { sitesItem } from './sites.ts';
import type { VersionedItem } from './store.ts';
import { watchlistItem } from './watchlist.ts';

export const STORED_ITEMS: { area: 'sync' | 'local'; item: VersionedItem<unknown> }[] = [
  { area: 'sync', item: preferencesItem as VersionedItem<unknown> },
  { area: 'local', item: sitesItem as VersionedItem<unknown> },
  { area: 'local', item: watchlistItem as VersionedItem<unknown> },
  { area: 'local', item: feedItem as VersionedItem<unknown> },
];

/**
 * Plain preferences, kept in storage.sync (they may follow the user to other browsers; nothing
 * here says which sites they visit). Site lists and the watchlist live in storage.local.
 */
import * as v from 'valibot';
import type { VersionedItem } from './store.ts';

export const PreferencesSchema = v.strictObject({
  /** Which lists mark pages. */
  lists: v.strictObject({
    'ofac-ns-cmic': v.boolean(),
    'dod-1260h': v.boolean(),
    'dod-1237': v.boolean(),
  }),
  /** Show listings that ended (removed, vacated, superseded, unclear), styled as history. */
  showHistory: v.boolean(),
  highlightStyle: v.picklist(['underline', 'background']),
  /**
   * Mark colours, as palettes designed to read on light and dark pages alike (the page's own
   * colours are unknown): standard red/amber/grey, one for colour-blind readers, and a
   * stronger high-contrast one. See entrypoints/highlight.content/style.css.
   */
  palette: v.picklist(['standard', 'colour-blind', 'high-contrast']),
  language: v.picklist(['auto', 'en', 'zh-CN']),
  /** Stop marking everywhere until turned back on. */
  paused: v.boolean(),
  /** all: every site except those disabled; chosen: only the sites the user enabled. */
  siteMode: v.picklist(['all', 'chosen']),
  /** The warning banner on pages whose subject is a designated security. */
  brokerageBanner: v.boolean(),
  /** Browser notifications when something on the watchlist changes. */
  notifications: v.boolean(),
  syncIntervalHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(168)),
});

export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const preferencesItem: VersionedItem<Preferences> = {
  key: 'preferences',
  version: 1,
  schema: PreferencesSchema,
  defaults: () => ({
    lists: { 'ofac-ns-cmic': true, 'dod-1260h': true, 'dod-1237': true },
    showHistory: true,
    highlightStyle: 'underline',
    palette: 'standard',
    language: 'auto',
    paused: false,
    siteMode: 'all',
    brokerageBanner: true,
    notifications: true,
    syncIntervalHours: 12,
  }),
  migrations: {},
};

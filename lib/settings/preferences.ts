/**
 * Plain preferences, kept in storage.sync (they may follow the user to other browsers; nothing
 * here says which sites they visit). Site lists and the watchlist live in storage.local.
 */
import * as v from 'valibot';
import type { VersionedItem } from './store.ts';

const Colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'is not a colour like #d92d20'));

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
  colours: v.strictObject({ ban: Colour, listed: Colour, history: Colour }),
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

export const DEFAULT_COLOURS = { ban: '#d92d20', listed: '#dc8a00', history: '#7a8699' } as const;

export const preferencesItem: VersionedItem<Preferences> = {
  key: 'preferences',
  version: 1,
  schema: PreferencesSchema,
  defaults: () => ({
    lists: { 'ofac-ns-cmic': true, 'dod-1260h': true, 'dod-1237': true },
    showHistory: true,
    highlightStyle: 'underline',
    colours: { ...DEFAULT_COLOURS },
    language: 'auto',
    paused: false,
    siteMode: 'all',
    brokerageBanner: true,
    notifications: true,
    syncIntervalHours: 12,
  }),
  migrations: {},
};

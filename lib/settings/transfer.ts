/**
 * The settings file: preferences, site choices and the watchlist in one JSON file a user can
 * keep and load again, here or in another browser. Each item travels as stored (`{ version,
 * value }`), so a file written by an older extension is migrated on import like stored data.
 *
 * Importing is all or nothing: every item in the file is read and validated before anything is
 * written, and a file with any problem changes nothing. Items the file does not carry are left
 * as they are. The feed address is not part of it: a mirror needs a permission granted in the
 * browser itself.
 */
import * as v from 'valibot';
import { localIsoDate } from '../data/dates.ts';
import { preferencesItem, type Preferences } from './preferences.ts';
import { sitesItem, type Sites } from './sites.ts';
import { readItem, upgrade, type StorageAreaLike, type VersionedItem } from './store.ts';
import { watchlistItem, type Watchlist } from './watchlist.ts';

export const SETTINGS_FORMAT = 'designation-lens-settings';
export const SETTINGS_FORMAT_VERSION = 1;
/** Far more than any real settings file; a larger file is not one of ours. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export interface SettingsValues {
  preferences: Preferences;
  sites: Sites;
  watchlist: Watchlist;
}

export type TransferItemKey = keyof SettingsValues;

/** The items a settings file carries, and where each is kept. */
export const TRANSFER_ITEMS: { [K in TransferItemKey]: VersionedItem<SettingsValues[K]> } = {
  preferences: preferencesItem,
  sites: sitesItem,
  watchlist: watchlistItem,
};

export const TRANSFER_AREAS: Record<TransferItemKey, 'sync' | 'local'> = {
  preferences: 'sync',
  sites: 'local',
  watchlist: 'local',
};

const ITEM_KEYS = Object.keys(TRANSFER_ITEMS) as TransferItemKey[];

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  formatVersion: number;
  exportedAt: string;
  items: { [K in TransferItemKey]?: { version: number; value: SettingsValues[K] } };
}

/** The file's text for the current values (pretty-printed: people open these files). */
export function exportSettings(values: SettingsValues, now: Date): string {
  const file: SettingsFile = {
    format: SETTINGS_FORMAT,
    formatVersion: SETTINGS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    items: {
      preferences: { version: preferencesItem.version, value: values.preferences },
      sites: { version: sitesItem.version, value: values.sites },
      watchlist: { version: watchlistItem.version, value: values.watchlist },
    },
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * A file name with the date, e.g. designation-lens-settings-2026-10-02.json: the user's own
 * calendar date, not UTC's, which is a day off for part of the day outside UTC.
 */
export function settingsFileName(now: Date): string {
  return `${SETTINGS_FORMAT}-${localIsoDate(now)}.json`;
}

export type ImportProblem =
  | { code: 'too-large' }
  | { code: 'unreadable' }
  | { code: 'not-json' }
  | { code: 'not-settings' }
  | { code: 'newer-format'; version: number }
  | { code: 'empty' }
  | { code: 'newer-item'; item: TransferItemKey; version: number }
  /**
   * `path` says which value is wrong (`items.0.id`) when one is; the validator's own words
   * are English prose, so they stay out of what the page shows.
   */
  | { code: 'invalid-item'; item: TransferItemKey; path?: string };

export type ImportResult =
  | { ok: true; values: Partial<SettingsValues>; exportedAt: string }
  | { ok: false; problem: ImportProblem };

const Envelope = v.object({
  format: v.literal(SETTINGS_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string(), ''),
  items: v.record(v.string(), v.unknown()),
});

/**
 * Reads a settings file: every item migrated to the current version and validated, or the
 * first problem found (and then nothing to apply).
 */
export function parseSettingsFile(text: string): ImportResult {
  const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES)
    return fail({ code: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success) return fail({ code: 'not-settings' });
  const file = envelope.output;
  if (file.formatVersion > SETTINGS_FORMAT_VERSION)
    return fail({ code: 'newer-format', version: file.formatVersion });
  const unknownItem = Object.keys(file.items).find((k) => !(ITEM_KEYS as string[]).includes(k));
  if (unknownItem !== undefined) return fail({ code: 'not-settings' });

  const values: Partial<Record<TransferItemKey, unknown>> = {};
  for (const key of ITEM_KEYS) {
    if (!(key in file.items)) continue;
    const item = TRANSFER_ITEMS[key] as VersionedItem<unknown>;
    const stored = file.items[key];
    const version = (stored as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > item.version)
      return fail({ code: 'newer-item', item: key, version });
    const read = upgrade(item, stored);
    if (read.problem)
      return fail({
        code: 'invalid-item',
        item: key,
        ...(read.problemPath ? { path: read.problemPath } : {}),
      });
    values[key] = read.value;
  }
  if (!Object.keys(values).length) return fail({ code: 'empty' });
  return { ok: true, values: values as Partial<SettingsValues>, exportedAt: file.exportedAt };
}

/**
 * Reads a file the user chose: one larger than any settings file is refused from its size,
 * before any of it is read.
 */
export async function readSettingsFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    // Moved or deleted since it was chosen, or not readable by the browser.
    return { ok: false, problem: { code: 'unreadable' } };
  }
  return parseSettingsFile(text);
}

/** Reads the current values of every item a settings file carries. */
export async function currentSettings(areas: {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}): Promise<SettingsValues> {
  const [preferences, sites, watchlist] = await Promise.all([
    readItem(areas.sync, preferencesItem),
    readItem(areas.local, sitesItem),
    readItem(areas.local, watchlistItem),
  ]);
  return { preferences: preferences.value, sites: sites.value, watchlist: watchlist.value };
}

/**
 * Writes imported values: the local items in one write (one storage operation, all or
 * nothing), then the preferences. If the preferences cannot be written (storage.sync has
 * quotas), the local items are put back as they were, so a failed import changes nothing.
 */
export async function applySettings(
  areas: { sync: StorageAreaLike; local: StorageAreaLike },
  values: Partial<SettingsValues>,
): Promise<void> {
  const record = <K extends TransferItemKey>(key: K) => ({
    version: TRANSFER_ITEMS[key].version,
    value: v.parse(TRANSFER_ITEMS[key].schema, values[key]),
  });
  const local: Record<string, unknown> = {};
  const sync: Record<string, unknown> = {};
  for (const key of ITEM_KEYS) {
    if (values[key] === undefined) continue;
    (TRANSFER_AREAS[key] === 'sync' ? sync : local)[TRANSFER_ITEMS[key].key] = record(key);
  }
  const localKeys = Object.keys(local);
  const before = localKeys.length ? await areas.local.get(localKeys) : {};
  if (localKeys.length) await areas.local.set(local);
  if (!Object.keys(sync).length) return;
  try {
    await areas.sync.set(sync);
  } catch (e) {
    if (localKeys.length) {
      const restore = Object.fromEntries(localKeys.map((k) => [k, before[k]]));
      // A key that was absent before comes back as its defaults when read: same meaning.
      for (const k of localKeys)
        if (restore[k] === undefined) {
          const item = Object.values(TRANSFER_ITEMS).find((i) => i.key === k)!;
          restore[k] = { version: item.version, value: item.defaults() };
        }
      await areas.local.set(restore);
    }
    throw e;
  }
}

/**
 * The settings file: what is exported comes back unchanged, files from older versions are
 * migrated, and a bad file is refused with its reason and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preferencesItem } from '../../../lib/settings/preferences.ts';
import { sitesItem } from '../../../lib/settings/sites.ts';
import {
  applySettings,
  currentSettings,
  exportSettings,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  readSettingsFile,
  SETTINGS_FORMAT,
  settingsFileName,
  TRANSFER_ITEMS,
  type SettingsValues,
} from '../../../lib/settings/transfer.ts';
import { watchlistItem } from '../../../lib/settings/watchlist.ts';
import { fakeArea } from '../../helpers/storage-area.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(FIXTURES + name, 'utf8'));

const chosen: SettingsValues = {
  preferences: fixture('preferences.v1.json').value,
  sites: fixture('sites.v1.json').value,
  watchlist: fixture('watchlist.v1.json').value,
};

// Midday in UTC: 2 October on every clock from UTC-9 to UTC+14.
const NOW = new Date('2026-10-02T09:30:00Z');

function fileWith(items: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: SETTINGS_FORMAT,
    formatVersion: 1,
    exportedAt: NOW.toISOString(),
    items,
    ...extra,
  });
}

describe('exporting settings', () => {
  it('writes a tagged, versioned file with every item as stored', () => {
    const file = JSON.parse(exportSettings(chosen, NOW));
    expect(file.format).toBe('designation-lens-settings');
    expect(file.formatVersion).toBe(1);
    expect(file.exportedAt).toBe('2026-10-02T09:30:00.000Z');
    expect(file.items.preferences).toEqual({
      version: preferencesItem.version,
      value: chosen.preferences,
    });
    expect(file.items.sites).toEqual({ version: sitesItem.version, value: chosen.sites });
    expect(file.items.watchlist).toEqual({
      version: watchlistItem.version,
      value: chosen.watchlist,
    });
    expect(Object.keys(file.items).sort()).toEqual(Object.keys(TRANSFER_ITEMS).sort());
  });

  it('names the file with the date', () => {
    expect(settingsFileName(NOW)).toBe('designation-lens-settings-2026-10-02.json');
  });

  it('names the file with the local date, not the UTC one', () => {
    const tz = process.env.TZ;
    try {
      // 02:30 on 3 October in Shanghai is still 2 October in UTC.
      process.env.TZ = 'Asia/Shanghai';
      expect(settingsFileName(new Date('2026-10-02T18:30:00Z'))).toBe(
        'designation-lens-settings-2026-10-03.json',
      );
      // 20:00 on 1 October in California is already 2 October in UTC.
      process.env.TZ = 'America/Los_Angeles';
      expect(settingsFileName(new Date('2026-10-02T03:00:00Z'))).toBe(
        'designation-lens-settings-2026-10-01.json',
      );
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('round trips: what is exported imports back unchanged', async () => {
    const sync = fakeArea({ preferences: fixture('preferences.v1.json') });
    const local = fakeArea({
      sites: fixture('sites.v1.json'),
      watchlist: fixture('watchlist.v1.json'),
    });
    const text = exportSettings(await currentSettings({ sync, local }), NOW);
    const parsed = parseSettingsFile(text);
    expect(parsed).toEqual({ ok: true, values: chosen, exportedAt: NOW.toISOString() });

    // Into a fresh browser: everything arrives.
    const fresh = { sync: fakeArea(), local: fakeArea() };
    if (!parsed.ok) throw new Error('not ok');
    await applySettings(fresh, parsed.values);
    expect(await currentSettings(fresh)).toEqual(chosen);
    expect(fresh.sync.data.preferences).toEqual(fixture('preferences.v1.json'));
    // Site lists and the watchlist never go to storage.sync.
    expect(Object.keys(fresh.sync.data)).toEqual(['preferences']);
    expect(Object.keys(fresh.local.data).sort()).toEqual(['sites', 'watchlist']);
  });
});

describe('importing a settings file', () => {
  it('migrates every stored example of an older version, like stored data', () => {
    // Each item's oldest example; when an item's version goes up, its v1 file is still here.
    const parsed = parseSettingsFile(
      fileWith({
        preferences: fixture('preferences.v1.json'),
        sites: fixture('sites.v1.json'),
        watchlist: fixture('watchlist.v1.json'),
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.values.preferences?.palette).toBe('colour-blind');
    expect(parsed.values.sites?.enabled).toEqual(['broker.example', 'quotes.example']);
    expect(parsed.values.watchlist?.items.map((i) => i.id)).toEqual([
      'xiaomi-corporation',
      'hangzhou-hikvision-digital-technology-co-ltd',
    ]);
  });

  it('runs an item through its migrations to the current version', () => {
    // A pretend version 2 of the preferences with a migration from version 1: the file's
    // version 1 value arrives changed.
    const item = TRANSFER_ITEMS.preferences as unknown as {
      version: number;
      migrations: Record<number, (old: unknown) => unknown>;
      schema: unknown;
    };
    const saved = { version: item.version, migrations: item.migrations };
    item.version = 2;
    item.migrations = {
      2: (old) => ({ ...(old as object), palette: 'high-contrast' }),
    };
    try {
      const parsed = parseSettingsFile(fileWith({ preferences: fixture('preferences.v1.json') }));
      expect(parsed.ok && parsed.values.preferences?.palette).toBe('high-contrast');
    } finally {
      item.version = saved.version;
      item.migrations = saved.migrations;
    }
  });

  it('applies only the items the file carries, leaving the others as they are', async () => {
    const areas = {
      sync: fakeArea(),
      local: fakeArea({ watchlist: fixture('watchlist.v1.json') }),
    };
    const parsed = parseSettingsFile(fileWith({ sites: fixture('sites.v1.json') }));
    expect(parsed.ok && Object.keys(parsed.values)).toEqual(['sites']);
    if (!parsed.ok) return;
    await applySettings(areas, parsed.values);
    const now = await currentSettings(areas);
    expect(now.sites).toEqual(chosen.sites);
    expect(now.watchlist).toEqual(chosen.watchlist);
    expect(now.preferences).toEqual(preferencesItem.defaults());
    expect(areas.sync.data).toEqual({});
  });

  const bad: [string, string, unknown][] = [
    ['not JSON', '{"format": "designation-lens-settings",', { code: 'not-json' }],
    [
      'another JSON file',
      JSON.stringify({ name: 'package', version: '1.0.0' }),
      { code: 'not-settings' },
    ],
    ['a JSON array', '[1, 2, 3]', { code: 'not-settings' }],
    [
      'the wrong format tag',
      fileWith({}, { format: 'other-extension-settings' }),
      { code: 'not-settings' },
    ],
    ['a newer format', fileWith({}, { formatVersion: 2 }), { code: 'newer-format', version: 2 }],
    [
      'an item this extension does not know',
      fileWith({ bookmarks: { version: 1, value: {} } }),
      { code: 'not-settings' },
    ],
    ['no items', fileWith({}), { code: 'empty' }],
    [
      'an item from a newer extension',
      fileWith({ preferences: { version: 9, value: {} } }),
      { code: 'newer-item', item: 'preferences', version: 9 },
    ],
    [
      'an item that is not a versioned record',
      fileWith({ sites: { disabled: [] } }),
      { code: 'invalid-item', item: 'sites' },
    ],
  ];
  for (const [what, text, problem] of bad) {
    it(`refuses ${what}`, () => {
      expect(parseSettingsFile(text)).toEqual({ ok: false, problem });
    });
  }

  it('says which value of which item is wrong', () => {
    const prefs = fixture('preferences.v1.json');
    prefs.value.highlightStyle = 'blink';
    const parsed = parseSettingsFile(
      fileWith({ preferences: prefs, sites: fixture('sites.v1.json') }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // The field's path, not the validator's English words about it.
    expect(parsed.problem).toEqual({
      code: 'invalid-item',
      item: 'preferences',
      path: 'highlightStyle',
    });
  });

  it('refuses a file far larger than any settings file', () => {
    const huge = fileWith({ sites: fixture('sites.v1.json') }, { padding: 'x'.repeat(1_100_000) });
    expect(parseSettingsFile(huge)).toEqual({ ok: false, problem: { code: 'too-large' } });
  });

  it('refuses a chosen file over the limit from its size, without reading it', async () => {
    let read = false;
    const file = {
      size: MAX_SETTINGS_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    expect(await readSettingsFile(file)).toEqual({ ok: false, problem: { code: 'too-large' } });
    expect(read).toBe(false);
  });

  it('reads a chosen file within the limit', async () => {
    const text = fileWith({ sites: fixture('sites.v1.json') });
    const parsed = await readSettingsFile(new Blob([text]));
    expect(parsed.ok && parsed.values.sites).toEqual(chosen.sites);
  });

  it('says so when a chosen file cannot be read', async () => {
    const file = {
      size: 10,
      text: () => Promise.reject(new DOMException('gone', 'NotFoundError')),
    };
    expect(await readSettingsFile(file)).toEqual({ ok: false, problem: { code: 'unreadable' } });
  });

  it('changes nothing when one part of a good file is bad', async () => {
    const before = {
      sync: fakeArea({ preferences: fixture('preferences.v1.json') }),
      local: fakeArea({ sites: fixture('sites.v1.json') }),
    };
    const snapshot = structuredClone([before.sync.data, before.local.data]);
    const watchlist = fixture('watchlist.v1.json');
    watchlist.value.items[0].id = '';
    const parsed = parseSettingsFile(
      fileWith({
        preferences: { version: 1, value: preferencesItem.defaults() },
        sites: { version: 1, value: sitesItem.defaults() },
        watchlist,
      }),
    );
    expect(parsed).toMatchObject({
      ok: false,
      problem: { code: 'invalid-item', item: 'watchlist' },
    });
    // The caller only applies a good result; storage is as it was.
    expect([before.sync.data, before.local.data]).toEqual(snapshot);
  });

  it('puts the local items back when the preferences cannot be stored', async () => {
    const sync = fakeArea({ preferences: fixture('preferences.v1.json') }, true);
    const local = fakeArea({ sites: fixture('sites.v1.json') });
    const parsed = parseSettingsFile(
      fileWith({
        preferences: { version: 1, value: preferencesItem.defaults() },
        sites: { version: 1, value: sitesItem.defaults() },
        watchlist: fixture('watchlist.v1.json'),
      }),
    );
    if (!parsed.ok) throw new Error('expected a good file');
    await expect(applySettings({ sync, local }, parsed.values)).rejects.toThrow(/quota/);
    expect(local.data.sites).toEqual(fixture('sites.v1.json'));
    // The watchlist was absent before: it reads as empty again.
    expect((await currentSettings({ sync, local })).watchlist).toEqual({ items: [] });
    expect(sync.data.preferences).toEqual(fixture('preferences.v1.json'));
  });
});

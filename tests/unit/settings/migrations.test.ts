/**
 * Stored settings: example data of every version of every item migrates to the current
 * version with nothing lost; unreadable data is kept aside, never silently dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { STORED_ITEMS } from '../../../lib/settings/items.ts';
import {
  readItem,
  upgrade,
  updateItem,
  writeItem,
  type VersionedItem,
} from '../../../lib/settings/store.ts';
import { fakeArea } from '../../helpers/storage-area.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));

describe('every stored item', () => {
  for (const { item } of STORED_ITEMS) {
    describe(item.key, () => {
      const files = readdirSync(FIXTURES).filter((f) => f.startsWith(`${item.key}.v`));

      it('has example data for every version up to the current one', () => {
        const versions = files
          .map((f) => Number(/\.v(\d+)\.json$/.exec(f)![1]))
          .sort((a, b) => a - b);
        expect(versions).toEqual(Array.from({ length: item.version }, (_, i) => i + 1));
      });

      for (const file of files) {
        it(`${file} migrates to version ${item.version} and reads back unchanged`, async () => {
          const stored = JSON.parse(readFileSync(FIXTURES + file, 'utf8'));
          const area = fakeArea({ [item.key]: stored });
          const read = await readItem(area, item);
          expect(read.problem).toBeUndefined();
          // Current-version examples must come back exactly as stored.
          if (stored.version === item.version) expect(read.value).toEqual(stored.value);
          expect(area.data[item.key]).toEqual({ version: item.version, value: read.value });
        });
      }

      it('defaults are valid', () => {
        expect(v.safeParse(item.schema, item.defaults()).success).toBe(true);
      });
    });
  }
});

describe('the versioned store', () => {
  interface V3 {
    colour: string;
    sites: string[];
  }
  const item: VersionedItem<V3> = {
    key: 'demo',
    version: 3,
    schema: v.strictObject({ colour: v.string(), sites: v.array(v.string()) }),
    defaults: () => ({ colour: 'red', sites: [] }),
    migrations: {
      // v1 -> v2: a comma-separated string became a list.
      2: (old) => ({
        ...(old as object),
        sites: String((old as { sites: string }).sites)
          .split(',')
          .filter(Boolean),
      }),
      // v2 -> v3: "color" was renamed "colour".
      3: (old) => {
        const { color, ...rest } = old as { color: string };
        return { ...rest, colour: color };
      },
    },
  };

  it('walks a value through every migration in order', () => {
    expect(
      upgrade(item, { version: 1, value: { color: 'blue', sites: 'a.example,b.example' } }),
    ).toEqual({
      value: { colour: 'blue', sites: ['a.example', 'b.example'] },
      migrated: true,
    });
  });

  it('keeps an unreadable value aside and says why', async () => {
    const area = fakeArea({ demo: { version: 3, value: { colour: 7, sites: [] } } });
    const read = await readItem(area, item);
    expect(read).toEqual({
      value: item.defaults(),
      problem: 'demo: colour: Invalid type: Expected string but received 7',
    });
    expect(area.data['demo.unreadable']).toEqual({ version: 3, value: { colour: 7, sites: [] } });
  });

  it('refuses a version from a newer extension without destroying it', async () => {
    const newer = { version: 9, value: { anything: true } };
    const area = fakeArea({ demo: newer });
    const read = await readItem(area, item);
    expect(read.problem).toMatch(/version 9 is newer/);
    expect(area.data['demo.unreadable']).toEqual(newer);
  });

  it('writes only valid values, and updates read-modify-write', async () => {
    const area = fakeArea();
    await expect(writeItem(area, item, { colour: 3 } as unknown as V3)).rejects.toThrow();
    await updateItem(area, item, (old) => ({ ...old, sites: [...old.sites, 'x.example'] }));
    expect(area.data.demo).toEqual({ version: 3, value: { colour: 'red', sites: ['x.example'] } });
  });
});

/**
 * Versioned items in extension storage. Each item is stored as `{ version, value }`; reading
 * walks an older value through every migration up to the current version, validates it, and
 * writes the result back. Nothing is lost on bad input: a value that cannot be read is kept
 * under a "<key>.unreadable" key for inspection before the defaults take its place.
 *
 * The storage area is passed in (browser.storage.sync / .local, or a fake in tests), so this
 * module has no browser dependency.
 */
import * as v from 'valibot';

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface VersionedItem<T> {
  key: string;
  version: number;
  schema: v.GenericSchema<unknown, T>;
  defaults: () => T;
  /** migrations[n] turns a version n-1 value into a version n value. */
  migrations: Record<number, (old: unknown) => unknown>;
}

interface Stored {
  version: number;
  value: unknown;
}

function isStored(x: unknown): x is Stored {
  return (
    typeof x === 'object' && x !== null && typeof (x as Stored).version === 'number' && 'value' in x
  );
}

export interface ReadResult<T> {
  value: T;
  /** Why the stored value was replaced by defaults, if it was. */
  problem?: string;
  /**
   * Where in the value the problem is, when it is one value that is wrong: a path of field
   * names and indexes (`items.0.id`), the same in every language.
   */
  problemPath?: string;
}

/** Migrates and validates a stored record; pure, for tests and for readItem. */
export function upgrade<T>(
  item: VersionedItem<T>,
  stored: unknown,
): ReadResult<T> & { migrated: boolean } {
  if (stored === undefined) return { value: item.defaults(), migrated: false };
  if (!isStored(stored))
    return {
      value: item.defaults(),
      migrated: false,
      problem: `${item.key}: not a versioned record`,
    };
  if (stored.version > item.version) {
    return {
      value: item.defaults(),
      migrated: false,
      problem: `${item.key}: version ${stored.version} is newer than this extension understands (${item.version})`,
    };
  }
  let value = stored.value;
  for (let n = stored.version + 1; n <= item.version; n++) {
    const step = item.migrations[n];
    if (!step)
      return {
        value: item.defaults(),
        migrated: false,
        problem: `${item.key}: no migration to version ${n}`,
      };
    value = step(value);
  }
  const parsed = v.safeParse(item.schema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.');
    return {
      value: item.defaults(),
      migrated: false,
      problem: `${item.key}: ${path || '(value)'}: ${issue.message}`,
      ...(path ? { problemPath: path } : {}),
    };
  }
  return { value: parsed.output, migrated: stored.version !== item.version };
}

export async function readItem<T>(
  area: StorageAreaLike,
  item: VersionedItem<T>,
): Promise<ReadResult<T>> {
  const raw = (await area.get(item.key))[item.key];
  const result = upgrade(item, raw);
  if (result.problem && raw !== undefined) {
    // Keep what could not be read, then start over from the defaults.
    await area.set({
      [`${item.key}.unreadable`]: raw,
      [item.key]: { version: item.version, value: result.value },
    });
  } else if (result.migrated) {
    await area.set({ [item.key]: { version: item.version, value: result.value } });
  }
  return result.problem
    ? { value: result.value, problem: result.problem }
    : { value: result.value };
}

export async function writeItem<T>(
  area: StorageAreaLike,
  item: VersionedItem<T>,
  value: T,
): Promise<void> {
  const parsed = v.parse(item.schema, value);
  await area.set({ [item.key]: { version: item.version, value: parsed } });
}

/** Read-modify-write of one item. Not atomic across contexts; each item has one writer at a time in practice. */
export async function updateItem<T>(
  area: StorageAreaLike,
  item: VersionedItem<T>,
  change: (old: T) => T,
): Promise<T> {
  const next = change((await readItem(area, item)).value);
  await writeItem(area, item, next);
  return next;
}

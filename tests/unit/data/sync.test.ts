/**
 * One sync against a real HTTP server on 127.0.0.1 (Node's fetch), into IndexedDB
 * (fake-indexeddb): a newer signed feed is installed whole, with its change log entry and sync
 * state; 304 changes nothing; every way a download or a file can be wrong keeps the last good
 * data and records the reason as a code.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  changeLog,
  currentDataset,
  entitiesById,
  openLensDb,
  previousDataset,
  storedPack,
  syncState,
  type Db,
} from '../../../lib/data/db.ts';
import { rollbackDataset } from '../../../lib/data/rollback.ts';
import { seedFromBundled } from '../../../lib/data/seed.ts';
import { entityStatus } from '../../../lib/data/status.ts';
import { DEFAULT_LIMITS, syncFeed, type SyncEnv } from '../../../lib/data/sync.ts';
import type { SyncResult } from '../../../lib/data/sync-state.ts';
import { serializeEnvelope, wrapUnsigned } from '../../../lib/feed/envelope.ts';
import { signPayload } from '../../../scripts/lib/feed-sign.ts';
import {
  startFeedServer,
  etagOf,
  type FeedBehaviour,
  type FeedServer,
} from '../../helpers/feed-server.ts';
import {
  datasetVersion,
  feedText,
  otherKey,
  removeListing,
  TEST_KEY,
  TEST_TRUST,
} from '../../helpers/feeds.ts';

const HIKVISION = 'hangzhou-hikvision-digital-technology-co-ltd';
const NOW = new Date('2026-11-21T10:00:00Z');
const LIMITS = { timeoutMs: 1_000, maxBytes: 2 * 1024 * 1024 };

/** Version 2: Hikvision removed from the NS-CMIC list on 20 Nov 2026. */
const v2 = datasetVersion(2, (d) => removeListing(d, HIKVISION, 'ofac-ns-cmic', '2026-11-20'));
const V2_FEED = feedText(v2);
const snapshotV1 = serializeEnvelope(wrapUnsigned(JSON.stringify(datasetVersion(1))));

let server: FeedServer;
let db: Db;
let clock: number;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDb();
  await seedFromBundled(db, async () => snapshotV1, NOW);
  server.requests.length = 0;
  clock = NOW.getTime();
});

function env(overrides: Partial<SyncEnv> = {}): SyncEnv {
  return {
    db,
    fetch: (url, init) => fetch(url, init),
    // Each reading of the clock is a minute later, so that times show the order of events.
    now: () => new Date((clock += 60_000)),
    feedUrl: server.url,
    keys: TEST_TRUST,
    limits: LIMITS,
    ...overrides,
  };
}

/** Everything a failed sync must leave as it was. */
async function dataSnapshot() {
  return {
    current: await currentDataset(db),
    previous: await previousDataset(db),
    entities: await db.count('entities'),
    packs: await db.getAllKeys('packs'),
    search: await db.getAllKeys('search'),
    changes: await db.count('changes'),
  };
}

describe('a newer feed', () => {
  it('is installed whole: dataset, entities, pack, search entries, change log, sync state', async () => {
    server.serve({ kind: 'feed', text: V2_FEED });
    const outcome = await syncFeed(env());
    expect(outcome.result).toEqual({ kind: 'updated', from: 1, to: 2, asOf: '2026-11-20' });

    const current = await currentDataset(db);
    expect(current).toMatchObject({ version: 2, asOf: '2026-11-20', source: 'feed' });
    expect((await previousDataset(db))?.version).toBe(1);
    const [hikvision] = await entitiesById(db, [HIKVISION]);
    const nsCmic = entityStatus(hikvision!, current!.programs, '2026-11-21').lists.find(
      (l) => l.list === 'ofac-ns-cmic',
    );
    expect(nsCmic?.state).toBe('removed');
    expect(await db.count('entities')).toBe(v2.entities.length);
    expect(await storedPack(db, 2)).toBeDefined();
    expect(await db.getAllKeys('packs')).toEqual([2]);
    expect(await db.getAllKeys('search')).toEqual([2]);

    const [change] = await changeLog(db);
    expect(change).toMatchObject({ source: 'feed', affected: [HIKVISION] });
    expect(change!.diff.from).toEqual({ version: 1, asOf: '2026-08-22' });
    expect(change!.diff.listingChanges).toEqual([
      expect.objectContaining({
        entity: { id: HIKVISION, name: 'Hangzhou Hikvision Digital Technology Co., Ltd.' },
        list: 'ofac-ns-cmic',
        eventsAdded: [{ type: 'removed', date: '2026-11-20' }],
      }),
    ]);
    const { id, ...logged } = change!;
    expect(id).toBeTypeOf('number');
    expect(outcome.change).toEqual(logged);

    const state = await syncState(db);
    expect(state).toEqual(outcome.state);
    expect(state.lastSuccess?.result).toEqual(outcome.result);
    expect(state.lastAttempt?.result).toEqual(outcome.result);
    expect(state.lastAttempt!.finishedAt! > state.lastAttempt!.startedAt).toBe(true);
    expect(state.validators).toEqual({
      url: server.url,
      version: 2,
      etag: etagOf(V2_FEED),
      lastModified: 'Fri, 20 Nov 2026 08:00:00 GMT',
    });
    expect(state.lastError).toBeUndefined();
    // The first request had nothing to be conditional on.
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
  });

  it('304 Not Modified changes nothing but the time of the last check', async () => {
    server.serve({ kind: 'feed', text: V2_FEED });
    await syncFeed(env());
    const before = await dataSnapshot();
    const outcome = await syncFeed(env());
    expect(server.requests[1]!.headers['if-none-match']).toBe(etagOf(V2_FEED));
    expect(server.requests[1]!.headers['if-modified-since']).toBe('Fri, 20 Nov 2026 08:00:00 GMT');
    expect(outcome.result).toEqual({ kind: 'up-to-date', version: 2, asOf: '2026-11-20' });
    expect(await dataSnapshot()).toEqual(before);
    expect(outcome.state.lastSuccess?.result.kind).toBe('up-to-date');
  });

  it('the same version again (a server without ETags) is "already up to date"', async () => {
    server.serve({ kind: 'feed', text: V2_FEED, validators: false });
    await syncFeed(env());
    const before = await dataSnapshot();
    expect((await syncFeed(env())).result).toEqual({
      kind: 'up-to-date',
      version: 2,
      asOf: '2026-11-20',
    });
    expect(server.requests[1]!.headers['if-none-match']).toBeUndefined();
    expect(await dataSnapshot()).toEqual(before);
  });

  it('validators are sent only to the URL they came from', async () => {
    server.serve({ kind: 'feed', text: V2_FEED });
    await syncFeed(env());
    await syncFeed(env({ feedUrl: server.url + '?mirror' }));
    expect(server.requests[1]!.headers['if-none-match']).toBeUndefined();
  });
});

const bigFeed = () => {
  // A valid, signed feed that is larger than the limit (padding in a name's reason).
  const d = datasetVersion(2);
  d.entities[0]!.names[0]!.reason = 'x'.repeat(LIMITS.maxBytes);
  return feedText(d);
};

const FAILURES: [string, () => FeedBehaviour, Partial<SyncResult>][] = [
  ['a server error (500)', () => ({ kind: 'status', status: 500 }), { code: 'http', status: 500 }],
  ['not found (404)', () => ({ kind: 'status', status: 404 }), { code: 'http', status: 404 }],
  ['a connection reset', () => ({ kind: 'reset' }), { code: 'network' }],
  ['no answer (timeout)', () => ({ kind: 'hang' }), { code: 'timeout' }],
  [
    'a body cut short',
    () => ({ kind: 'truncate', text: V2_FEED, bytes: 100_000 }),
    { code: 'truncated' },
  ],
  [
    'a body that is not JSON',
    () => ({ kind: 'feed', text: '<html>busy</html>' }),
    { code: 'not-json' },
  ],
  [
    'JSON that is not a feed',
    () => ({ kind: 'feed', text: JSON.stringify({ hello: 'world' }) }),
    { code: 'bad-envelope' },
  ],
  [
    'a signed payload that is not JSON',
    () => ({
      kind: 'feed',
      text: serializeEnvelope(signPayload('{"dataset_version": 2,', TEST_KEY)),
    }),
    { code: 'bad-payload' },
  ],
  [
    'schema-invalid data',
    () => ({
      kind: 'feed',
      text: feedText(datasetVersion(2, (d) => void (d.as_of = '2026-13-01'))),
    }),
    { code: 'invalid-data' },
  ],
  [
    'a bad signature (payload changed after signing)',
    () => ({ kind: 'feed', text: V2_FEED.replace('2026-11-20', '2026-11-19') }),
    { code: 'bad-signature' },
  ],
  [
    'a signature by another key under our key id',
    () => {
      const forged = signPayload(JSON.stringify(v2), otherKey());
      return { kind: 'feed', text: serializeEnvelope({ ...forged, key_id: TEST_KEY.id }) };
    },
    { code: 'bad-signature' },
  ],
  [
    'a key this build does not trust',
    () => ({ kind: 'feed', text: feedText(v2, otherKey()) }),
    { code: 'unknown-key' },
  ],
  [
    'an unsigned feed',
    () => ({ kind: 'feed', text: serializeEnvelope(wrapUnsigned(JSON.stringify(v2))) }),
    { code: 'unsigned' },
  ],
  [
    'an older version',
    () => ({ kind: 'feed', text: feedText(datasetVersion(1)) }),
    { code: 'older', feedVersion: 1, haveVersion: 2 },
  ],
  [
    'an oversized body, announced',
    () => ({ kind: 'oversized', bytes: LIMITS.maxBytes + 1, declare: true }),
    { code: 'too-large' },
  ],
  [
    'an oversized body, streamed without a length',
    () => ({ kind: 'oversized', bytes: 3 * LIMITS.maxBytes, declare: false }),
    { code: 'too-large' },
  ],
  [
    'an oversized valid feed',
    () => ({ kind: 'feed', text: bigFeed(), chunked: true }),
    { code: 'too-large' },
  ],
  [
    'a redirect to another address',
    () => ({ kind: 'redirect', location: 'http://127.0.0.1:9/feed.json' }),
    { code: 'redirected' },
  ],
];

describe('every failure keeps the last good data and says why', () => {
  it.each(FAILURES)('%s', async (_name, behaviour, expected) => {
    // Start from an installed feed update, so that "previous" and the change log exist too.
    server.serve({ kind: 'feed', text: V2_FEED });
    const good = await syncFeed(env());
    const before = await dataSnapshot();

    server.serve(behaviour());
    const outcome = await syncFeed(env());
    expect(outcome.result).toMatchObject({ kind: 'failed', ...expected });
    expect(await dataSnapshot()).toEqual(before);

    const state = await syncState(db);
    expect(state.lastAttempt?.result).toEqual(outcome.result);
    expect(state.lastError?.error).toMatchObject(expected);
    expect(state.lastError?.at).toBe(state.lastAttempt?.finishedAt);
    expect(state.lastSuccess).toEqual(good.state.lastSuccess);
    // The rejected file's ETag is not kept: the next sync downloads it again.
    expect(state.validators).toEqual(good.state.validators);

    // And the next sync, with the server fixed, works.
    const v3 = feedText(datasetVersion(3));
    server.serve({ kind: 'feed', text: v3 });
    expect((await syncFeed(env())).result).toMatchObject({ kind: 'updated', from: 2, to: 3 });
  });

  it('a mirror without permission is not contacted', async () => {
    server.serve({ kind: 'feed', text: V2_FEED });
    const outcome = await syncFeed(env({ allowed: async () => false }));
    expect(outcome.result).toMatchObject({ kind: 'failed', code: 'no-permission' });
    expect(server.requests).toEqual([]);
  });

  it('a download broken off by our side midway keeps the data; the next sync works', async () => {
    // As when the worker's fetch is dropped (the e2e tests stop the real worker).
    const before = await dataSnapshot();
    server.serve({ kind: 'slow', text: V2_FEED, chunkBytes: 64 * 1024, intervalMs: 20 });
    const abandoned = new AbortController();
    const stopped = syncFeed(
      env({
        fetch: (url, init) => fetch(url, { ...init, signal: abandoned.signal }),
        limits: { ...LIMITS, timeoutMs: 60_000 },
      }),
    );
    await expect.poll(() => server.requests.length).toBe(1);
    abandoned.abort();
    expect((await stopped).result).toMatchObject({ kind: 'failed', code: 'truncated' });
    expect(await dataSnapshot()).toEqual(before);

    server.serve({ kind: 'feed', text: V2_FEED });
    expect((await syncFeed(env())).result).toMatchObject({ kind: 'updated', to: 2 });
  });
});

describe('rolling back', () => {
  it('restores the previous dataset, logs it, and skips the version rolled back from', async () => {
    server.serve({ kind: 'feed', text: V2_FEED });
    await syncFeed(env());
    expect(await rollbackDataset(db, NOW)).toEqual({ kind: 'rolled-back', from: 2, to: 1 });
    expect(await currentDataset(db)).toMatchObject({ version: 1, source: 'bundled' });
    expect(await db.getAllKeys('packs')).toEqual([1]);
    expect((await entitiesById(db, [HIKVISION]))[0]).toEqual(
      datasetVersion(1).entities.find((e) => e.id === HIKVISION),
    );
    const [rollback] = await changeLog(db);
    expect(rollback).toMatchObject({ source: 'rollback', affected: [HIKVISION] });

    // The feed still serves version 2: it is not installed again.
    expect((await syncFeed(env())).result).toEqual({
      kind: 'up-to-date',
      version: 1,
      asOf: '2026-08-22',
      heldBack: 2,
    });
    expect((await currentDataset(db))?.version).toBe(1);
    // A newer version is.
    server.serve({ kind: 'feed', text: feedText(datasetVersion(3)) });
    expect((await syncFeed(env())).result).toMatchObject({ kind: 'updated', from: 1, to: 3 });
    expect((await syncState(db)).skipUpTo).toBeUndefined();
  });

  it('has nothing to roll back to on a fresh install', async () => {
    expect(await rollbackDataset(db, NOW)).toEqual({ kind: 'nothing-to-roll-back-to' });
  });
});

describe('limits', () => {
  it('the default limits are 30 s and 8 MiB', () => {
    expect(DEFAULT_LIMITS).toEqual({ timeoutMs: 30_000, maxBytes: 8 * 1024 * 1024 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseRequest, request, senderRole, SENDERS } from '../../lib/messaging.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('senderRole', () => {
  it.each([
    [{ id: ID, url: `${BASE}popup.html` }, 'page'],
    [{ id: ID, url: `${BASE}popup.html?tab=3`, tab: { id: 9 } }, 'page'],
    [{ id: ID, url: 'https://news.example/article', tab: { id: 3 } }, 'content'],
    [{ id: 'another-extension', url: 'https://news.example/', tab: { id: 3 } }, null],
    [{ url: 'https://news.example/', tab: { id: 3 } }, null],
    [{ id: ID }, null],
  ])('%o -> %s', (sender, role) => {
    expect(senderRole(sender, ID, BASE)).toBe(role);
  });

  it('only our pages may search; content scripts may fetch the pack and cards', () => {
    expect(SENDERS.search).toEqual(['page']);
    expect(SENDERS.getMatchPack).toEqual(['content']);
  });
});

describe('parseRequest', () => {
  it('accepts well-formed requests', () => {
    expect(parseRequest({ type: 'getEntities', ids: ['xiaomi-corporation'] })).toEqual({
      type: 'getEntities',
      ids: ['xiaomi-corporation'],
    });
  });

  it.each([
    [null],
    ['getMatchPack'],
    [{ type: 'unknown' }],
    [{ type: 'getEntities', ids: 'xiaomi' }],
    [{ type: 'getEntities', ids: [], extra: 1 }],
    [{ type: 'search', query: 'x'.repeat(301) }],
    [{ type: 'getEntities', ids: Array.from({ length: 501 }, (_, i) => String(i)) }],
  ])('refuses %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('request', () => {
  it('returns a valid reply and rejects a malformed one or an error', async () => {
    const info = { datasetVersion: 1, asOf: '2026-08-22', lastSync: null };
    const good = { ...info, query: 'x', hits: [] };
    await expect(
      request(async () => ({ ok: true, value: good }), { type: 'search', query: 'x' }),
    ).resolves.toEqual(good);
    await expect(
      request(async () => ({ ok: true, value: { ...info, query: 'x', hits: [{ id: 1 }] } }), {
        type: 'search',
        query: 'x',
      }),
    ).rejects.toThrow(/malformed reply to search/);
    await expect(
      request(async () => ({ ok: false, error: 'nope' }), { type: 'search', query: 'x' }),
    ).rejects.toThrow('nope');
    await expect(request(async () => undefined, { type: 'search', query: 'x' })).rejects.toThrow(
      'no reply to search',
    );
  });
});

describe('the protocol and the match pack agree', () => {
  it('a compiled pack passes the getMatchPack reply schema', async () => {
    const { compilePack } = await import('../../lib/matcher/pack.ts');
    const { realDataset } = await import('../helpers/dataset.ts');
    const data = realDataset();
    const value = {
      datasetVersion: 1,
      asOf: '2026-08-22',
      lastSync: null,
      pack: compilePack(data),
      display: data.entities.map(() => 'ban'),
    };
    await expect(
      request(async () => ({ ok: true, value }), { type: 'getMatchPack' }),
    ).resolves.toBe(value);
  });
});

describe('sync requests', () => {
  it('come from our pages only', () => {
    for (const type of [
      'getSyncState',
      'syncNow',
      'getChangeLog',
      'setFeedUrl',
      'rollbackDataset',
    ] as const)
      expect(SENDERS[type]).toEqual(['page']);
  });

  it('setFeedUrl takes an http(s) address or null, nothing else', () => {
    expect(parseRequest({ type: 'setFeedUrl', url: 'https://mirror.example/feed.json' })).toEqual({
      type: 'setFeedUrl',
      url: 'https://mirror.example/feed.json',
    });
    expect(parseRequest({ type: 'setFeedUrl', url: null })).toEqual({
      type: 'setFeedUrl',
      url: null,
    });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://mirror.example/feed.json',
      'not a url',
      'https://x.example/' + 'a'.repeat(2000),
      42,
    ])
      expect(parseRequest({ type: 'setFeedUrl', url }), String(url)).toBeNull();
    expect(parseRequest({ type: 'setFeedUrl' })).toBeNull();
  });

  it('getChangeLog takes an optional limit of 1 to 50', () => {
    expect(parseRequest({ type: 'getChangeLog' })).toEqual({ type: 'getChangeLog' });
    expect(parseRequest({ type: 'getChangeLog', limit: 10 })).toEqual({
      type: 'getChangeLog',
      limit: 10,
    });
    expect(parseRequest({ type: 'getChangeLog', limit: 51 })).toBeNull();
    expect(parseRequest({ type: 'syncNow', force: true })).toBeNull();
  });

  it('a sync status reply is checked like any other', async () => {
    const status = {
      dataset: { version: 2, asOf: '2026-11-20', source: 'feed', installedAt: 'x' },
      previous: { version: 1, asOf: '2026-08-22' },
      feed: {
        url: 'https://a.example/feed.json',
        defaultUrl: 'https://a.example/feed.json',
        custom: false,
      },
      running: false,
      intervalHours: 12,
      lastAttempt: { startedAt: 'x' },
      lastSuccess: { at: 'x', result: { kind: 'updated', from: 1, to: 2, asOf: '2026-11-20' } },
      lastError: { at: 'x', error: { code: 'http', status: 500 } },
      result: { kind: 'failed', code: 'timeout' },
    };
    await expect(
      request(async () => ({ ok: true, value: status }), { type: 'syncNow' }),
    ).resolves.toEqual(status);
    await expect(
      request(
        async () => ({
          ok: true,
          value: { ...status, lastError: { at: 'x', error: { code: 'gremlins' } } },
        }),
        { type: 'getSyncState' },
      ),
    ).rejects.toThrow(/malformed reply to getSyncState/);
  });
});

/** The `screen` request: our pages only, bounded, and its reply checked like any other. */
import { describe, expect, it } from 'vitest';
import { parseRequest, request, SENDERS } from '../../../lib/messaging.ts';
import { MAX_HOLDINGS } from '../../../lib/watchlist/portfolio.ts';

describe('screen', () => {
  it('is sent by our pages only: a web page never sees or sends holdings', () => {
    expect(SENDERS.screen).toEqual(['page']);
  });

  it('takes holdings with bounded fields, and no more than the limit', () => {
    const ok = { type: 'screen', holdings: [{ symbol: 'BABA', name: 'ALIBABA' }, { query: 'x' }] };
    expect(parseRequest(ok)).toEqual(ok);
    expect(parseRequest({ type: 'screen', holdings: [{ ticker: 'BABA' }] })).toBeNull();
    expect(parseRequest({ type: 'screen', holdings: [{ name: 'x'.repeat(301) }] })).toBeNull();
    const many = Array.from({ length: MAX_HOLDINGS + 1 }, () => ({ query: 'BABA' }));
    expect(parseRequest({ type: 'screen', holdings: many })).toBeNull();
  });

  it('checks the reply', async () => {
    const value = {
      datasetVersion: 3,
      asOf: '2026-08-22',
      lastSync: null,
      results: [
        { kind: 'none' },
        { kind: 'possible', candidates: [] },
        // Why a ticker is only possible reaches the screen.
        {
          kind: 'possible',
          candidates: [{ id: 'x', by: 'ticker', matched: 'NYSE:CHL', status: 'delisted' }],
        },
      ],
      entities: [],
      programs: [],
    };
    const send = (v: unknown) => () => Promise.resolve({ ok: true, value: v });
    await expect(request(send(value), { type: 'screen', holdings: [] })).resolves.toEqual(value);
    await expect(
      request(send({ ...value, results: [{ kind: 'designated' }] }), {
        type: 'screen',
        holdings: [],
      }),
    ).rejects.toThrow(/malformed reply to screen/);
  });
});

/**
 * Screening a portfolio against the stored dataset: the index of ISINs, tickers and names is
 * built once per dataset version (about 40 ms) and kept while the worker lives.
 */
import { readPayload } from '../../lib/feed/read.ts';
import type { Holding } from '../../lib/watchlist/portfolio.ts';
import {
  buildScreenIndex,
  resolvedIds,
  resolveHoldings,
  type ScreenIndex,
} from '../../lib/watchlist/resolve.ts';
import type { ScreenResponse } from '../../lib/messaging.ts';
import type { DatasetService } from './dataset-service.ts';

let cached: { version: number; index: ScreenIndex } | undefined;

export async function screenHoldings(
  service: DatasetService,
  holdings: readonly Omit<Holding, 'line'>[],
): Promise<ScreenResponse> {
  const stored = await service.current();
  if (cached?.version !== stored.version) {
    cached = { version: stored.version, index: buildScreenIndex(readPayload(stored.payload)) };
  }
  const results = resolveHoldings(cached.index, holdings);
  const cards = await service.entities(resolvedIds(results));
  return { ...cards, results };
}

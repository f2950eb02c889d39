/**
 * What `npm run feed` produces from data/, without writing it: the bundled snapshot and the
 * changelog. Both are pure functions of data/, the committed snapshot and the committed
 * changelog (no clock, no key), so a fresh clone rebuilds them byte for byte.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dataset } from '../../lib/data/schema.ts';
import { validateDataset, type DataProblem } from '../../lib/data/validate.ts';
import { serializeEnvelope, wrapUnsigned } from '../../lib/feed/envelope.ts';
import { parseEnvelope, readPayload } from '../../lib/feed/read.ts';
import { updateChangelog } from './changelog.ts';
import { readDataDir } from './dataset-files.ts';

export interface FeedPaths {
  data: string;
  snapshot: string;
  changelog: string;
}

export type FeedBuild =
  | {
      ok: true;
      dataset: Dataset;
      /** The dataset as the JSON string that the envelope carries (and a signature covers). */
      payload: string;
      snapshot: string;
      changelog: string;
      /** Why the previous snapshot could not be compared with, if it could not. */
      note?: string;
    }
  | { ok: false; problems: DataProblem[] };

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

export function buildFeed(paths: FeedPaths): FeedBuild {
  const result = validateDataset(readDataDir(paths.data));
  if (!result.ok) return result;
  const dataset = result.dataset;
  const payload = JSON.stringify(dataset);
  const snapshot = serializeEnvelope(wrapUnsigned(payload));

  let prev: Dataset | undefined;
  let note: string | undefined;
  const committed = readIfExists(paths.snapshot);
  if (committed !== undefined) {
    try {
      prev = readPayload(parseEnvelope(committed).payload);
    } catch (err) {
      // A snapshot from an older schema cannot be diffed; the section says so instead.
      note = `the previous snapshot could not be read (${(err as Error).message})`;
    }
  }
  const changelog = updateChangelog(readIfExists(paths.changelog), prev, dataset);
  return { ok: true, dataset, payload, snapshot, changelog, ...(note ? { note } : {}) };
}

/** Writes what buildFeed produced. */
export function writeFeed(paths: FeedPaths, build: { snapshot: string; changelog: string }): void {
  mkdirSync(dirname(paths.snapshot), { recursive: true });
  writeFileSync(paths.snapshot, build.snapshot);
  writeFileSync(paths.changelog, build.changelog);
}

/** Which committed outputs differ from what buildFeed produced (for --check). */
export function staleOutputs(paths: FeedPaths, build: { snapshot: string; changelog: string }) {
  const stale: string[] = [];
  if (readIfExists(paths.snapshot) !== build.snapshot) stale.push(paths.snapshot);
  if (readIfExists(paths.changelog) !== build.changelog) stale.push(paths.changelog);
  return stale;
}

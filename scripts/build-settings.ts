/**
 * Build-time settings, read from the environment in one place.
 *
 * - DL_FEED_URL: where the background fetches the signed feed. The default is the project's
 *   published feed; tests build with a loopback URL so CI never reaches another address.
 * - DL_OUT_DIR: where builds go (default .output); the test build goes to .output-test.
 * - DL_EXPOSE_STATS=1: the content script publishes its slice timings in its isolated world
 *   (test and benchmark builds).
 * - DL_NO_MINIFY=1: keep function names, for profiling the content script.
 * - DL_TRUST_TEST_KEY=1: also trust the test signing key in tests/fixtures/keys (test builds
 *   only; release builds trust only the keys in keys/feed-public-keys.json).
 * - DL_SYNC_TIMEOUT_MS: how long one feed download may take (default 30 s); the test build
 *   shortens it so that the "server hangs" test does not wait half a minute.
 * - DL_FIRST_SYNC_MINUTES: how long after install the first sync runs (default 2 minutes). The
 *   test build puts it a day away: its tests start every sync themselves.
 * - DL_WELCOME=0: do not open the first-run page when the extension is installed. Release builds
 *   open it; the test build does not, so that every test's browser starts with the tabs it
 *   expects (tests/e2e/first-run.test.ts opens the page itself).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTrustedKeys, type TrustedKey } from '../lib/feed/keys.ts';

export const DEFAULT_FEED_URL = 'https://designation-lens.github.io/feed/v1/feed.json';

export type FeedKey = TrustedKey;

export interface BuildSettings {
  outDir: string;
  exposeStats: boolean;
  minify: boolean;
  feedUrl: string;
  feedOrigin: string;
  feedKeys: FeedKey[];
  syncTimeoutMs: number;
  firstSyncMinutes: number;
  /** Open the first-run page on install. */
  welcome: boolean;
}

const root = fileURLToPath(new URL('..', import.meta.url));

function readKeys(path: string): FeedKey[] {
  return parseTrustedKeys(JSON.parse(readFileSync(root + path, 'utf8')), path);
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number) {
  const raw = env[name];
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number: ${raw}`);
  return n;
}

export function buildSettings(env: Record<string, string | undefined>): BuildSettings {
  const feedUrl = env.DL_FEED_URL || DEFAULT_FEED_URL;
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    throw new Error(`DL_FEED_URL is not a URL: ${feedUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DL_FEED_URL must be an http(s) URL: ${feedUrl}`);
  const feedKeys = readKeys('keys/feed-public-keys.json');
  if (env.DL_TRUST_TEST_KEY === '1')
    feedKeys.push(...readKeys('tests/fixtures/keys/test-public-key.json'));
  return {
    outDir: env.DL_OUT_DIR || '.output',
    exposeStats: env.DL_EXPOSE_STATS === '1',
    minify: env.DL_NO_MINIFY !== '1',
    feedUrl,
    feedOrigin: url.origin,
    feedKeys,
    syncTimeoutMs: positive(env, 'DL_SYNC_TIMEOUT_MS', 30_000),
    firstSyncMinutes: positive(env, 'DL_FIRST_SYNC_MINUTES', 2),
    welcome: env.DL_WELCOME !== '0',
  };
}

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
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_FEED_URL = 'https://designation-lens.github.io/feed/v1/feed.json';

export interface FeedKey {
  id: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

export interface BuildSettings {
  outDir: string;
  exposeStats: boolean;
  minify: boolean;
  feedUrl: string;
  feedOrigin: string;
  feedKeys: FeedKey[];
}

const root = fileURLToPath(new URL('..', import.meta.url));

function readKeys(path: string): FeedKey[] {
  return JSON.parse(readFileSync(root + path, 'utf8')) as FeedKey[];
}

export function buildSettings(env: Record<string, string | undefined>): BuildSettings {
  const feedUrl = env.DL_FEED_URL || DEFAULT_FEED_URL;
  let origin: string;
  try {
    origin = new URL(feedUrl).origin;
  } catch {
    throw new Error(`DL_FEED_URL is not a URL: ${feedUrl}`);
  }
  const feedKeys = readKeys('keys/feed-public-keys.json');
  if (env.DL_TRUST_TEST_KEY === '1')
    feedKeys.push(...readKeys('tests/fixtures/keys/test-public-key.json'));
  return {
    outDir: env.DL_OUT_DIR || '.output',
    exposeStats: env.DL_EXPOSE_STATS === '1',
    minify: env.DL_NO_MINIFY !== '1',
    feedUrl,
    feedOrigin: origin,
    feedKeys,
  };
}

/**
 * The builds the end-to-end tests load, for Chromium and Firefox, in .output-test: the feed on
 * 127.0.0.1, the test signing key trusted, slice timings exposed, a 3 s download timeout (so
 * the "server hangs" test is quick), the first sync a day away (tests start syncs
 * themselves) and no first-run tab on install. See scripts/build-settings.ts for what each
 * variable does.
 *
 * `npm run build:test -- firefox` builds one browser only.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TEST_ENV = {
  DL_OUT_DIR: '.output-test',
  DL_FEED_URL: 'http://127.0.0.1:47291/feed.json',
  DL_TRUST_TEST_KEY: '1',
  DL_EXPOSE_STATS: '1',
  DL_SYNC_TIMEOUT_MS: '3000',
  DL_FIRST_SYNC_MINUTES: '1440',
  DL_WELCOME: '0',
};

const BROWSERS = ['chrome', 'firefox'] as const;
const asked = process.argv.slice(2);
for (const b of asked) {
  if (!(BROWSERS as readonly string[]).includes(b)) {
    console.error(`Unknown browser "${b}": expected ${BROWSERS.join(' or ')}.`);
    process.exit(2);
  }
}
const root = fileURLToPath(new URL('..', import.meta.url));
for (const browser of asked.length ? asked : BROWSERS) {
  execFileSync(`${root}node_modules/.bin/wxt`, ['build', '-b', browser], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...TEST_ENV },
  });
}

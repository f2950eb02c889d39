import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildSettings } from './scripts/build-settings.ts';

// Build-time settings (feed URL, trusted feed keys) are read from the environment in one
// place so that tests can build against a loopback feed; see scripts/build-settings.ts.
const settings = buildSettings(process.env);

export default defineConfig({
  outDir: settings.outDir,
  // Manifest V3 everywhere: Firefox (140+) runs it with an event page, so both browsers share
  // one API surface (`browser.action`, `storage.session`, host permissions) and one restart
  // model (a background that is stopped when idle and must rebuild its state).
  manifestVersion: 3,
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: {
      __DL_FEED_URL__: JSON.stringify(settings.feedUrl),
      __DL_FEED_KEYS__: JSON.stringify(settings.feedKeys),
      __DL_EXPOSE_STATS__: JSON.stringify(settings.exposeStats),
      __DL_SYNC_TIMEOUT_MS__: JSON.stringify(settings.syncTimeoutMs),
      __DL_FIRST_SYNC_MINUTES__: JSON.stringify(settings.firstSyncMinutes),
      __DL_WELCOME__: JSON.stringify(settings.welcome),
    },
    build: {
      // Content scripts run on every page: keep them readable in stack traces but small.
      sourcemap: false,
      // Readable function names in profiles (DL_NO_MINIFY=1; see scripts/build-settings.ts).
      minify: settings.minify ? undefined : false,
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    // Only the feed's origin: the one network request the extension makes.
    host_permissions: [settings.feedOrigin + '/*'],
    // A user who points the extension at their own mirror is asked for that origin only.
    // Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandNextMark__',
      },
    },
    // 137: the first Chrome with Ed25519 in WebCrypto, which verifies the feed's signature.
    ...(browser === 'chrome' ? { minimum_chrome_version: '137' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{2c1e82a7-3730-42cb-a4ae-abdcc0a26888}',
              // 140: the first Firefox with the CSS Custom Highlight API the marks are drawn with.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on. Android is
            // not tested (README, "Browsers"); this only keeps the declaration honest there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

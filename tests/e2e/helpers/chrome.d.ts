// Code that tests run inside the extension's service worker (worker.evaluate) uses the
// extension API under its Chromium name.
declare const chrome: typeof import('wxt/browser').browser;

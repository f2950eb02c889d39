// Code that tests run inside the extension's service worker (worker.evaluate) uses the
// extension API under its Chromium name.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}

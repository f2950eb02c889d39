/**
 * Launches a real Firefox (Debian's ESR) with a built extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi: no geckodriver needed. Used by the Firefox
 * end-to-end tests. The quirks below were found on this kind of machine; see
 * docs/testing.md ("Firefox").
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { ensureFirefox } from './firefox.ts';

export const FIREFOX_TEST_BUILD = fileURLToPath(
  new URL('../../.output-test/firefox-mv3', import.meta.url),
);

/**
 * Firefox gives each installation a random internal UUID, which is the host of its pages
 * (moz-extension://<uuid>/). The `extensions.webextensions.uuids` preference pins it, so tests
 * know where the popup lives.
 */
const FIXED_UUID = '5b0e1f4c-1d2a-4c7e-9a53-0d1e2f3a4b5c';

/** A port nothing listens on: every proxied request fails at once. */
const DEAD_PROXY_PORT = 9;

export interface FirefoxExtension {
  browser: Browser;
  geckoId: string;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Opens one of the extension's own pages (popup, options) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(build = FIREFOX_TEST_BUILD): Promise<FirefoxExtension> {
  const manifestPath = join(build, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${build}: run \`npm run build:test\` first.`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no gecko id.`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      // Nothing but loopback is reachable: every other request goes to a proxy that is not
      // there (Firefox never proxies 127.0.0.1 and localhost).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': DEAD_PROXY_PORT,
      'network.proxy.share_proxy_settings': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  try {
    await browser.installExtension(build);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const extensionUrl = (path: string) => `moz-extension://${FIXED_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    geckoId,
    extensionUrl,
    newPage: () => browser.newPage(),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      // page.goto() on a moz-extension URL never resolves under BiDi: start the navigation and
      // poll for the document instead. A poll can land while the navigation swaps the page's
      // realm, which Firefox's BiDi answers with an internal error: that poll counts as "not yet"
      // (waitForFunction gives up on it). A real failure still surfaces as the deadline.
      page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const loaded = await page
          .evaluate(
            (expected: string) => location.href === expected && document.readyState === 'complete',
            url,
          )
          .catch(() => false);
        if (loaded) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}

/**
 * The closed shadow root of `host`. Page scripts cannot reach a closed root, and neither can
 * puppeteer's selectors; WebDriver BiDi serializes it anyway (with its mode), and a handle made
 * from that serialization can be evaluated like any node. Puppeteer keeps the realm of a handle
 * internal, hence the narrow casts.
 */
export async function closedShadowRoot(host: ElementHandle): Promise<ElementHandle<ShadowRoot>> {
  interface BidiNode {
    value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } };
  }
  interface BidiHandle {
    remoteValue(): BidiNode;
    realm: { createHandle(value: { type: 'node'; sharedId: string }): ElementHandle<ShadowRoot> };
  }
  const internal = host as unknown as BidiHandle;
  const root = internal.remoteValue().value?.shadowRoot;
  if (!root?.sharedId) throw new Error('The element has no shadow root.');
  if (root.value?.mode !== 'closed')
    throw new Error(`The shadow root is ${root.value?.mode}, not closed.`);
  return internal.realm.createHandle({ type: 'node', sharedId: root.sharedId });
}

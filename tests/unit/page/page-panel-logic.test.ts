/** The page panel's pure parts: which addresses are closed to extensions, turning a site on. */
import { describe, expect, it } from 'vitest';
import { restrictedUrl } from '../../../lib/page/restricted.ts';
import { sitesItem, turnOnSite } from '../../../lib/settings/sites.ts';

describe('restrictedUrl', () => {
  it.each([
    'chrome://settings/',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://newtab/',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x/y',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://microsoftedge.microsoft.com/addons/',
  ])('%s is closed to extensions', (url) => expect(restrictedUrl(url)).toBe(true));

  it.each([
    'https://www.reuters.com/markets/',
    'http://127.0.0.1:8080/page.html',
    'file:///home/me/report.html',
    'https://chrome.google.com/other',
    'not a url',
  ])('%s is not', (url) => expect(restrictedUrl(url)).toBe(false));
});

describe('turnOnSite', () => {
  const base = sitesItem.defaults();
  it('takes the site off the disabled list in "all" mode', () => {
    const sites = { ...base, disabled: ['example.com', 'other.org'] };
    expect(turnOnSite(sites, 'www.Example.com', 'all').disabled).toEqual(['other.org']);
  });
  it('adds the site to the chosen ones once in "chosen" mode', () => {
    const once = turnOnSite(base, 'www.example.com', 'chosen');
    expect(once.enabled).toEqual(['example.com']);
    expect(turnOnSite(once, 'example.com', 'chosen').enabled).toEqual(['example.com']);
  });
});

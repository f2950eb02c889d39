/** What a user types as a site becomes the key pages are matched by, or is refused. */
import { describe, expect, it } from 'vitest';
import { parseSiteInput } from '../../../lib/settings/site-input.ts';
import { siteAllowed, sitesItem } from '../../../lib/settings/sites.ts';

describe('a site typed in the options', () => {
  const accepted: [string, string][] = [
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.ft.com/content/abc?x=1#top', 'ft.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['finance.yahoo.com/quote/1810.HK', 'finance.yahoo.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['localhost', 'localhost'],
    ['127.0.0.1:8000', '127.0.0.1'],
    ['example.com.', 'example.com'],
  ];
  for (const [input, host] of accepted)
    it(`"${input}" is ${host}`, () => expect(parseSiteInput(input)).toEqual({ ok: true, host }));

  const refused: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['example', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['ftp://example.com', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['-bad-.example.com', 'invalid'],
    ['http://', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['a'.repeat(64) + '.com', 'invalid'],
  ];
  for (const [input, problem] of refused)
    it(`"${input}" is refused (${problem})`, () =>
      expect(parseSiteInput(input)).toEqual({ ok: false, problem }));

  it('gives the key the content script looks sites up by', () => {
    const parsed = parseSiteInput('https://www.Example.com/a');
    if (!parsed.ok) throw new Error('refused');
    const sites = { ...sitesItem.defaults(), enabled: [parsed.host] };
    expect(siteAllowed(sites, 'www.example.com', 'chosen')).toBe(true);
    expect(siteAllowed(sites, 'other.example', 'chosen')).toBe(false);
  });
});

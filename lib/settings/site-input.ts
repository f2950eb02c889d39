/**
 * What a user types as a site ("example.com", "https://www.example.com/news", "localhost:8080")
 * turned into the key sites are remembered by (see siteKey), or the reason it cannot be one.
 */
import { siteKey } from './sites.ts';

export type SiteInputProblem = 'empty' | 'invalid';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function parseSiteInput(
  input: string,
): { ok: true; host: string } | { ok: false; problem: SiteInputProblem } {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let url: URL;
  try {
    // The URL parser lower-cases, turns international names into punycode and drops a port.
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'invalid' };
  const host = url.hostname.replace(/\.$/, '');
  if (!host || host.length > 253) return { ok: false, problem: 'invalid' };
  const valid =
    host === 'localhost' ||
    (host.startsWith('[') && host.endsWith(']')) ||
    (IPV4.test(host) && host.split('.').every((n) => Number(n) <= 255)) ||
    (host.includes('.') &&
      host.split('.').every((label) => LABEL.test(label)) &&
      !/^\d+$/.test(host.split('.').at(-1)!));
  return valid ? { ok: true, host: siteKey(host) } : { ok: false, problem: 'invalid' };
}

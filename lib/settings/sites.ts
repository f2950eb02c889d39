/**
 * Per-site choices, kept in storage.local only (a list of sites is private: it is never synced
 * to a browser account).
 */
import * as v from 'valibot';
import type { VersionedItem } from './store.ts';

const Host = v.pipe(v.string(), v.minLength(1), v.maxLength(253));
const Ids = v.array(v.pipe(v.string(), v.maxLength(200)));

export const SitesSchema = v.strictObject({
  /** Sites where the extension does nothing (siteMode "all"). */
  disabled: v.array(Host),
  /** Sites where it runs (siteMode "chosen"). */
  enabled: v.array(Host),
  /** "This is not that company": entity ids not to mark on a site. */
  notThat: v.record(Host, Ids),
  /** Dismissed brokerage banners: site -> entity id -> the data fingerprint dismissed. */
  bannerDismissed: v.record(Host, v.record(v.string(), v.string())),
});

export type Sites = v.InferOutput<typeof SitesSchema>;

export const sitesItem: VersionedItem<Sites> = {
  key: 'sites',
  version: 1,
  schema: SitesSchema,
  defaults: () => ({ disabled: [], enabled: [], notThat: {}, bannerDismissed: {} }),
  migrations: {},
};

/** The key a site is remembered by: its host name without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the extension should mark pages on `host`. */
export function siteAllowed(sites: Sites, host: string, mode: 'all' | 'chosen'): boolean {
  const key = siteKey(host);
  return mode === 'chosen' ? sites.enabled.includes(key) : !sites.disabled.includes(key);
}

/** The site choices after the user turns the extension back on for `host` from the page panel. */
export function turnOnSite(sites: Sites, host: string, mode: 'all' | 'chosen'): Sites {
  const key = siteKey(host);
  return mode === 'chosen'
    ? { ...sites, enabled: [...new Set([...sites.enabled, key])] }
    : { ...sites, disabled: sites.disabled.filter((h) => h !== key) };
}

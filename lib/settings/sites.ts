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

/**
 * `site` (a site key) put on one list and taken off the other: a site is chosen (marked in
 * "only on sites I choose") or disabled (never marked), not both.
 */
export function putSite(sites: Sites, list: 'enabled' | 'disabled', site: string): Sites {
  const other = list === 'enabled' ? 'disabled' : 'enabled';
  return {
    ...sites,
    [list]: [...new Set([...sites[list], site])],
    [other]: sites[other].filter((h) => h !== site),
  };
}

/** `site` taken off one list. */
export function dropSite(sites: Sites, list: 'enabled' | 'disabled', site: string): Sites {
  return { ...sites, [list]: sites[list].filter((h) => h !== site) };
}

/** The site choices after the user turns the extension back on for `host` from the page panel. */
export function turnOnSite(sites: Sites, host: string, mode: 'all' | 'chosen'): Sites {
  const key = siteKey(host);
  return mode === 'chosen' ? putSite(sites, 'enabled', key) : dropSite(sites, 'disabled', key);
}

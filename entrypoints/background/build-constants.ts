/**
 * Build-time settings, replaced by the bundler (wxt.config.ts `define`, from
 * scripts/build-settings.ts): the feed address, the trusted signing keys and the sync timings, and
 * whether the first-run page opens on install.
 */
import type { TrustedKey } from '../../lib/feed/keys.ts';

declare const __DL_FEED_URL__: string;
declare const __DL_FEED_KEYS__: TrustedKey[];
declare const __DL_SYNC_TIMEOUT_MS__: number;
declare const __DL_FIRST_SYNC_MINUTES__: number;
declare const __DL_WELCOME__: boolean;

export const FEED_URL: string = __DL_FEED_URL__;
export const FEED_KEYS: readonly TrustedKey[] = __DL_FEED_KEYS__;
export const SYNC_TIMEOUT_MS: number = __DL_SYNC_TIMEOUT_MS__;
export const FIRST_SYNC_MINUTES: number = __DL_FIRST_SYNC_MINUTES__;
export const OPEN_WELCOME: boolean = __DL_WELCOME__;

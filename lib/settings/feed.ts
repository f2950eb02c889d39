/**
 * The feed address the user chose: null for the build's default (the project's published feed),
 * or a mirror. Kept in storage.local: the permission to contact a mirror is granted in this
 * browser only, so the choice must not follow the user to another one.
 */
import * as v from 'valibot';
import type { VersionedItem } from './store.ts';

/** Why `url` cannot be a feed address, or null if it can. */
export function feedUrlProblem(url: string): 'not-a-url' | 'not-http' | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-url';
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? null : 'not-http';
}

export const FeedUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((url) => feedUrlProblem(url) === null, 'is not an http(s) address'),
);

export const FeedSettingsSchema = v.strictObject({
  /** A mirror's address; null: the default feed. */
  url: v.nullable(FeedUrlSchema),
});

export type FeedSettings = v.InferOutput<typeof FeedSettingsSchema>;

export const feedItem: VersionedItem<FeedSettings> = {
  key: 'feed',
  version: 1,
  schema: FeedSettingsSchema,
  defaults: () => ({ url: null }),
  migrations: {},
};

/** The host permission pattern for a feed address: its origin, nothing more. */
export function originPattern(url: string): string {
  return new URL(url).origin + '/*';
}

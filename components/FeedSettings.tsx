/**
 * The feed address: the default (the project's published feed) or a mirror the user enters.
 * The page that renders it asks for the mirror's permission and saves it.
 */
import { useState } from 'preact/hooks';
import type { I18n } from '../lib/i18n/i18n.ts';
import type { SyncStatusResponse } from '../lib/messaging.ts';

export interface FeedSettingsProps {
  feed: SyncStatusResponse['feed'];
  i18n: I18n;
  busy: boolean;
  /** What the last change did, in words (saved, denied, invalid), or null. */
  message: string | null;
  onSet: (url: string) => void;
  onReset: () => void;
}

export function FeedSettings({ feed, i18n, busy, message, onSet, onReset }: FeedSettingsProps) {
  const [draft, setDraft] = useState('');
  return (
    <div class="dl-feed">
      <p data-sync="feed">
        {i18n.t('feed.label')}: <code>{feed.url}</code>{' '}
        <span class="dl-muted">
          ({feed.custom ? i18n.t('feed.mirror') : i18n.t('feed.default')})
        </span>
      </p>
      <form
        class="dl-feed-form"
        // Our own check says what is wrong, in the page's language.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSet(draft.trim());
        }}
      >
        <label for="dl-feed-url">{i18n.t('feed.input')}</label>
        <input
          id="dl-feed-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy || !draft.trim()}>
          {i18n.t('feed.set')}
        </button>
        {feed.custom && (
          <button type="button" class="dl-secondary" disabled={busy} onClick={onReset}>
            {i18n.t('feed.reset')}
          </button>
        )}
      </form>
      <p class="dl-muted">{i18n.t('feed.help')}</p>
      {message && (
        <p role="status" data-sync="feed-message">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * The first-run page: what the extension does, why it reads every site, that nothing leaves
 * the browser but the feed download, and how to limit it to chosen sites (right here, or in
 * the options).
 */
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import { preferencesItem, type Preferences } from '../../lib/settings/preferences.ts';
import { readItem, updateItem, type StorageAreaLike } from '../../lib/settings/store.ts';
import { writeFailure, type WriteFailure } from '../../lib/settings/write-error.ts';

export interface WelcomeProps {
  i18n: I18n;
  /** storage.sync, where the preferences are. */
  sync: StorageAreaLike;
  optionsUrl: string;
}

export function WelcomeApp({ i18n, sync, optionsUrl }: WelcomeProps) {
  const [mode, setMode] = useState<Preferences['siteMode'] | null>(null);
  // Set once the user has chosen here: only then does the page say what changed.
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<WriteFailure | null>(null);

  useEffect(() => {
    void readItem(sync, preferencesItem).then((r) => setMode(r.value.siteMode));
  }, [sync]);

  const choose = (siteMode: Preferences['siteMode']) => {
    setError(null);
    updateItem(sync, preferencesItem, (p) => ({ ...p, siteMode }))
      .then((p) => {
        setMode(p.siteMode);
        setChanged(true);
      })
      .catch((e: unknown) => {
        // The browser's own words, for a bug report; the page says it in the user's language.
        console.warn(e);
        setError(writeFailure(e));
      });
  };

  return (
    <main class="dl-root dl-full-page dl-welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <section aria-labelledby="dl-w-what">
        <h2 id="dl-w-what">{i18n.t('welcome.what.title')}</h2>
        <p>{i18n.t('welcome.what')}</p>
      </section>
      <section aria-labelledby="dl-w-why">
        <h2 id="dl-w-why">{i18n.t('welcome.why.title')}</h2>
        <p>{i18n.t('welcome.why')}</p>
      </section>
      <section aria-labelledby="dl-w-private">
        <h2 id="dl-w-private">{i18n.t('welcome.private.title')}</h2>
        <p>{i18n.t('welcome.private')}</p>
      </section>
      <section aria-labelledby="dl-w-limit">
        <h2 id="dl-w-limit">{i18n.t('welcome.limit.title')}</h2>
        <p>{i18n.t('welcome.limit')}</p>
        <div class="dl-actions">
          {/* One button whose words follow the choice, not one button swapped for another:
              the element that has the keyboard focus stays in the page, and so does the focus. */}
          {mode !== null && (
            <button
              type="button"
              class={mode === 'chosen' ? 'dl-secondary' : undefined}
              data-welcome="limit"
              onClick={() => choose(mode === 'all' ? 'chosen' : 'all')}
            >
              {mode === 'all' ? i18n.t('welcome.limit.button') : i18n.t('welcome.limit.undo')}
            </button>
          )}
          <a href={optionsUrl}>{i18n.t('welcome.options')}</a>
        </div>
        <p role="status" data-welcome="status">
          {changed &&
            (mode === 'chosen' ? i18n.t('welcome.limit.done') : i18n.t('welcome.limit.all'))}
        </p>
        {error && <p role="alert">{i18n.t(`save.error.${error}`)}</p>}
      </section>
      <p class="dl-muted">{i18n.t('disclaimer')}</p>
    </main>
  );
}

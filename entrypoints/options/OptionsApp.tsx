/**
 * The options page: a list of sections, each a heading and its own component. Preferences
 * (storage.sync) and site lists (storage.local) are read here and handed to the sections that
 * show them; "Data and sync" talks to the background itself through `send`. Browser calls
 * beyond messaging and storage (permissions, saving a file) come in as props.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { SendMessage } from '../../lib/messaging.ts';
import { preferencesItem, type Preferences } from '../../lib/settings/preferences.ts';
import { sitesItem, type Sites } from '../../lib/settings/sites.ts';
import { writeFailure, type WriteFailure } from '../../lib/settings/write-error.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { DataSyncSection, type Permissions } from './DataSyncSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { ListsSection } from './ListsSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';
import { SettingsFileSection } from './SettingsFileSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { useStored, type SettingsStorage } from './stored.ts';

export interface OptionsProps {
  i18n: I18n;
  send: SendMessage;
  permissions: Permissions;
  storage: SettingsStorage;
  /** Offers a file to save (the settings export). */
  save: (name: string, text: string) => void;
  /** The browser's language, for "same as the browser". */
  browserLocale: string;
}

interface Section {
  id: string;
  title: string;
  body: ComponentChildren;
}

export function OptionsApp(props: OptionsProps) {
  const { i18n, storage } = props;
  const [prefs, updatePrefs] = useStored(storage, 'sync', preferencesItem);
  const [sites, updateSites] = useStored(storage, 'local', sitesItem);
  // A change that could not be stored (storage.sync allows so many bytes, and so many writes a
  // minute and an hour): said on the page until a later change is stored. The control shows
  // the stored value again, since the page re-renders from what is stored.
  const [saveError, setSaveError] = useState<WriteFailure | null>(null);
  const saved = useCallback(() => setSaveError(null), []);
  const failed = useCallback((e: unknown) => {
    // The browser's own words, for a bug report; the page says it in the user's language.
    console.warn(e);
    setSaveError(writeFailure(e));
  }, []);
  const setPrefs = useCallback(
    (change: (old: Preferences) => Preferences) => void updatePrefs(change).then(saved, failed),
    [updatePrefs, saved, failed],
  );
  const setSites = useCallback(
    (change: (old: Sites) => Sites) => void updateSites(change).then(saved, failed),
    [updateSites, saved, failed],
  );

  const sections: Section[] = [];
  if (prefs && sites) {
    const p = { i18n, prefs, setPrefs };
    sections.push(
      { id: 'lists', title: i18n.t('prefs.lists.title'), body: <ListsSection {...p} /> },
      {
        id: 'appearance',
        title: i18n.t('prefs.appearance.title'),
        body: <AppearanceSection {...p} />,
      },
      {
        id: 'sites',
        title: i18n.t('prefs.sites.title'),
        body: <SitesSection {...p} sites={sites} setSites={setSites} />,
      },
      {
        id: 'language',
        title: i18n.t('prefs.language.title'),
        body: <LanguageSection {...p} browserLocale={props.browserLocale} />,
      },
      {
        id: 'notifications',
        title: i18n.t('prefs.notifications.title'),
        body: <NotificationsSection {...p} />,
      },
    );
  }
  sections.push(
    {
      id: 'data',
      title: i18n.t('options.data'),
      body: <DataSyncSection {...props} intervalHours={prefs?.syncIntervalHours} />,
    },
    {
      id: 'file',
      title: i18n.t('prefs.file.title'),
      body: <SettingsFileSection i18n={i18n} storage={storage} save={props.save} />,
    },
  );
  return (
    <main class="dl-root dl-full-page dl-options">
      <h1>{i18n.t('options.title')}</h1>
      {saveError && (
        <p role="alert" class="dl-save-error" data-options="save-error">
          {i18n.t(`save.error.${saveError}`)}
        </p>
      )}
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`dl-h-${s.id}`}>
          <h2 id={`dl-h-${s.id}`}>{s.title}</h2>
          {s.body}
        </section>
      ))}
    </main>
  );
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { I18n } from '../../lib/i18n/i18n.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { pageI18n } from '../../utils/ui-i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import type { SettingsStorage } from './stored.ts';
import '../../components/card.css';
import '../../components/page.css';
// The mark styles of pages, for the preview in "Marks".
import '../highlight.content/style.css';
import './options.css';

const storage: SettingsStorage = {
  sync: browser.storage.sync,
  local: browser.storage.local,
  watch(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' || area === 'local') listener(area, Object.keys(changes));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

/** Offers a file to save, through the browser's own download of a link. */
function save(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Made once: a render in another language must hand the sections the same functions, or they
// would take it as a new connection and ask the background for everything again.
const send = (m: unknown) => browser.runtime.sendMessage(m);
const permissions = {
  request: (origins: string[]) => browser.permissions.request({ origins }),
  remove: (origins: string[]) => browser.permissions.remove({ origins }),
};

function show(i18n: I18n): void {
  document.title = i18n.t('options.title');
  render(
    <OptionsApp
      i18n={i18n}
      send={send}
      permissions={permissions}
      storage={storage}
      save={save}
      browserLocale={navigator.language}
    />,
    document.getElementById('app')!,
  );
}

let shown: I18n | null = null;
const showInChosenLanguage = async () => {
  const i18n = await pageI18n();
  // Other preferences change often (every checkbox): render again only for a new language.
  if (shown?.lang === i18n.lang) return;
  shown = i18n;
  show(i18n);
};

void showInChosenLanguage();
// The language is chosen on this page (or imported, or changed in another tab): the page
// follows without a reload, keeping what each section holds.
storage.watch((area, keys) => {
  if (area === 'sync' && keys.includes(preferencesItem.key)) void showInChosenLanguage();
});

/**
 * The language of an extension page (popup, options, first run): the user's choice in the
 * options, else the browser's. Sets the document's `lang` so screen readers and fonts follow.
 */
import { browser } from 'wxt/browser';
import { chosenLang, createI18n, type I18n } from '../lib/i18n/i18n.ts';
import { preferencesItem } from '../lib/settings/preferences.ts';
import { readItem } from '../lib/settings/store.ts';

export async function pageI18n(): Promise<I18n> {
  const prefs = (await readItem(browser.storage.sync, preferencesItem)).value;
  const i18n = createI18n(chosenLang(prefs.language, navigator.language));
  document.documentElement.lang = i18n.lang;
  return i18n;
}

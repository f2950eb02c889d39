import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createI18n, langFor } from '../../lib/i18n/i18n.ts';
import { PopupApp } from './PopupApp.tsx';
import '../../components/card.css';
import './popup.css';

const i18n = createI18n(langFor(navigator.language));
document.documentElement.lang = i18n.lang;
document.title = i18n.t('appName');
render(
  <PopupApp i18n={i18n} send={(m) => browser.runtime.sendMessage(m)} />,
  document.getElementById('app')!,
);

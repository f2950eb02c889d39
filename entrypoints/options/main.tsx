import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createI18n, langFor } from '../../lib/i18n/i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import '../../components/card.css';
import './options.css';

const i18n = createI18n(langFor(navigator.language));
document.documentElement.lang = i18n.lang;
document.title = i18n.t('options.title');
render(
  <OptionsApp
    i18n={i18n}
    send={(m) => browser.runtime.sendMessage(m)}
    permissions={{
      request: (origins) => browser.permissions.request({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    }}
  />,
  document.getElementById('app')!,
);

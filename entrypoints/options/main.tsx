import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageI18n } from '../../utils/ui-i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import '../../components/card.css';
import './options.css';

void pageI18n().then((i18n) => {
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
});

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageI18n } from '../../utils/ui-i18n.ts';
import { WelcomeApp } from './WelcomeApp.tsx';
import '../../components/card.css';
import '../../components/page.css';
import './welcome.css';

void pageI18n().then((i18n) => {
  document.title = i18n.t('welcome.title');
  render(
    <WelcomeApp
      i18n={i18n}
      sync={browser.storage.sync}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />,
    document.getElementById('app')!,
  );
});

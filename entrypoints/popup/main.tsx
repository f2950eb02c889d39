import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageI18n } from '../../utils/ui-i18n.ts';
import { browserPanelApi } from './panel-api.ts';
import { PopupApp, type PopupTab } from './PopupApp.tsx';
import '../../components/card.css';
import '../../components/page.css';
import './popup.css';

const params = new URLSearchParams(location.search);
const tabParam = Number(params.get('tab'));
const tabId = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : null;
const asked = params.get('view');
const initial: PopupTab =
  asked === 'lookup' || asked === 'page' || asked === 'watchlist'
    ? asked
    : tabId !== null
      ? 'page'
      : 'lookup';

void pageI18n().then((i18n) => {
  document.title = i18n.t('appName');
  const send = (m: unknown) => browser.runtime.sendMessage(m);
  render(
    <PopupApp i18n={i18n} send={send} panel={browserPanelApi(send, tabId)} initial={initial} />,
    document.getElementById('app')!,
  );
});

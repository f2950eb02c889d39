/**
 * The toolbar popup: three tabs. "Look up" finds a company by any name, ticker or ISIN; "This
 * page" lists what the current tab contains; "Watchlist" screens holdings. Opened as
 * `popup.html?tab=ID` it shows the page panel of that tab, so it can live in its own window.
 */
import { useState } from 'preact/hooks';
import { Tabs } from '../../components/Tabs.tsx';
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { SendMessage } from '../../lib/messaging.ts';
import { LookupTab } from './LookupTab.tsx';
import { PagePanel, type PanelApi } from './PagePanel.tsx';
import { WatchlistTab } from './WatchlistTab.tsx';

export type PopupTab = 'lookup' | 'page' | 'watchlist';

export interface PopupProps {
  i18n: I18n;
  send: SendMessage;
  /** The page panel's view of the browser (the tab it describes: `?tab=ID` or the active one). */
  panel: PanelApi;
  initial: PopupTab;
}

export function PopupApp({ i18n, send, panel, initial }: PopupProps) {
  const [selected, setSelected] = useState<PopupTab>(initial);
  const tabs = [
    { key: 'lookup', label: i18n.t('popup.tab.lookup') },
    { key: 'page', label: i18n.t('popup.tab.page') },
    { key: 'watchlist', label: i18n.t('popup.tab.watchlist') },
  ] as const;
  return (
    <main class="dl-root dl-popup">
      <Tabs
        idPrefix="dl-popup"
        label={i18n.t('appName')}
        tabs={tabs}
        selected={selected}
        onSelect={setSelected}
        panels={{
          lookup: <LookupTab i18n={i18n} send={send} />,
          page: <PagePanel i18n={i18n} api={panel} />,
          watchlist: <WatchlistTab i18n={i18n} send={send} />,
        }}
      />
    </main>
  );
}

/** The popup's page panel: what the current tab contains. */
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { SendMessage } from '../../lib/messaging.ts';

export interface PagePanelProps {
  i18n: I18n;
  send: SendMessage;
  /** The tab to describe: from `?tab=ID`, else the active tab. */
  tabId: number | null;
}

export function PagePanel(props: PagePanelProps) {
  return <div class="dl-page-panel" data-tab={props.tabId ?? undefined} />;
}

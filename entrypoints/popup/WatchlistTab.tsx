/** The popup's watchlist and portfolio screen. */
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { SendMessage } from '../../lib/messaging.ts';

export function WatchlistTab(props: { i18n: I18n; send: SendMessage }) {
  return <div class="dl-watchlist" lang={props.i18n.lang} />;
}

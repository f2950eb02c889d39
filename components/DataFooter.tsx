/** The data's date and sync state, and the one quiet disclaimer. */
import type { I18n } from '../lib/i18n/i18n.ts';
import type { DataInfo } from '../lib/messaging.ts';

export function DataFooter({ info, i18n }: { info: DataInfo; i18n: I18n }) {
  return (
    <footer class="dl-footer">
      <span>{i18n.t('card.dataAsOf', { date: i18n.date(info.asOf) })}</span>
      {' · '}
      <span>
        {info.lastSync
          ? i18n.t('card.lastSync', { date: i18n.dateTime(info.lastSync) })
          : i18n.t('card.neverSynced')}
      </span>
      {' · '}
      <span>{i18n.t('disclaimer')}</span>
    </footer>
  );
}

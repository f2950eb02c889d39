/** The change log: each installed update, newest first, with what it changed. */
import type { I18n } from '../lib/i18n/i18n.ts';
import { changeItemLine } from '../lib/i18n/sync-words.ts';
import type { ChangeLogEntry } from '../lib/messaging.ts';

export function ChangeLog({ entries, i18n }: { entries: ChangeLogEntry[]; i18n: I18n }) {
  if (entries.length === 0) return <p class="dl-muted">{i18n.t('changes.none')}</p>;
  return (
    <ol class="dl-changes">
      {entries.map((entry) => {
        const notes = [
          ...(entry.detailsChanged
            ? [i18n.t('changes.details', { count: entry.detailsChanged })]
            : []),
          ...(entry.programsChanged.length ? [i18n.t('changes.programs')] : []),
          ...(entry.matchingChanged ? [i18n.t('changes.matching')] : []),
        ];
        return (
          <li key={entry.id} data-change={entry.to.version}>
            <p class="dl-change-head">
              {i18n.t('changes.entry', {
                from: entry.from.version,
                to: entry.to.version,
                date: i18n.date(entry.to.asOf),
                how: i18n.t(`changes.how.${entry.source}`),
                time: i18n.dateTime(entry.at),
              })}
            </p>
            {entry.items.length > 0 ? (
              <ul>
                {entry.items.map((item, i) => (
                  <li key={i}>{changeItemLine(i18n, item)}</li>
                ))}
                {entry.more > 0 && <li>{i18n.t('changes.more', { count: entry.more })}</li>}
              </ul>
            ) : (
              notes.length === 0 && <p class="dl-muted">{i18n.t('changes.nothing')}</p>
            )}
            {notes.map((n) => (
              <p key={n} class="dl-muted">
                {n}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

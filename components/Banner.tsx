/**
 * The brokerage warning: one line at the top of the viewport when the page's subject is a
 * designated security. Red while an NS-CMIC listing is active; amber when only a 1260H listing
 * is; no banner when every listing is history.
 */
import type { Entity, Program } from '../lib/data/schema.ts';
import { entityStatus, type ListStatus } from '../lib/data/status.ts';
import type { I18n } from '../lib/i18n/i18n.ts';

export interface BannerCase {
  severity: 'ban' | 'listed';
  text: string;
}

/** The banner an entity warrants today, or null. */
export function bannerFor(
  entity: Entity,
  programs: readonly Pick<Program, 'id' | 'rules'>[],
  today: string,
  i18n: I18n,
): BannerCase | null {
  const status = entityStatus(entity, programs, today);
  const live = (list: string): ListStatus | undefined =>
    status.lists.find((l) => l.list === list && (l.state === 'active' || l.state === 'pending'));
  const nsCmic = live('ofac-ns-cmic');
  if (nsCmic) {
    const ban = nsCmic.current.consequences.find((c) => c.kind === 'purchase-ban');
    if (ban && ban.outcome === 'pending') {
      return {
        severity: 'ban',
        text: i18n.t('banner.banPending', {
          name: entity.name,
          date: i18n.date(ban.date),
          when: i18n.relative(ban.days),
        }),
      };
    }
    return {
      severity: 'ban',
      text: i18n.t('banner.ban', {
        name: entity.name,
        date: i18n.date(ban?.date ?? nsCmic.since.date),
      }),
    };
  }
  const l1260h = live('dod-1260h');
  if (l1260h) {
    const date = (kind: string) => l1260h.current.consequences.find((c) => c.kind === kind)?.date;
    return {
      severity: 'listed',
      text: i18n.t('banner.listed', {
        name: entity.name,
        direct: i18n.date(date('procurement-direct') ?? '2026-06-30'),
        indirect: i18n.date(date('procurement-indirect') ?? '2027-06-30'),
      }),
    };
  }
  return null;
}

export interface BannerProps {
  cases: readonly BannerCase[];
  i18n: I18n;
  onDetails: () => void;
  onDismiss: () => void;
}

export function Banner({ cases, i18n, onDetails, onDismiss }: BannerProps) {
  const severity = cases.some((c) => c.severity === 'ban') ? 'ban' : 'listed';
  return (
    <div class={`dl-banner dl-banner-${severity}`} role="alert" aria-label={i18n.t('banner.label')}>
      <div class="dl-banner-text">
        {cases.map((c) => (
          <p key={c.text}>{c.text}</p>
        ))}
      </div>
      <button type="button" class="dl-banner-button" onClick={onDetails}>
        {i18n.t('banner.details')}
      </button>
      <button type="button" class="dl-banner-button" onClick={onDismiss}>
        {i18n.t('banner.dismiss')}
      </button>
    </div>
  );
}

// @vitest-environment happy-dom
/** The sync status and change log as a user reads them (rendered with Preact in happy-dom). */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../components/ChangeLog.tsx';
import { SyncStatus } from '../../../components/SyncStatus.tsx';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import type { SyncStatusResponse } from '../../../lib/messaging.ts';

const en = createI18n('en');
const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.replaceChildren();
});

const base: SyncStatusResponse = {
  dataset: { version: 2, asOf: '2026-11-20', source: 'feed', installedAt: '2026-11-21T10:00:00Z' },
  previous: { version: 1, asOf: '2026-08-22' },
  feed: {
    url: 'https://a.example/feed.json',
    defaultUrl: 'https://a.example/feed.json',
    custom: false,
  },
  running: false,
  intervalHours: 12,
  lastAttempt: null,
  lastSuccess: null,
  lastError: null,
};

function text(status: SyncStatusResponse): Record<string, string> {
  const el = root();
  render(
    <SyncStatus
      status={status}
      i18n={en}
      busy={false}
      onSyncNow={() => {}}
      onRollback={() => {}}
    />,
    el,
  );
  const out: Record<string, string> = {};
  for (const p of el.querySelectorAll('[data-sync]'))
    out[p.getAttribute('data-sync')!] = p.textContent ?? '';
  out.buttons = [...el.querySelectorAll('button')].map((b) => b.textContent).join(' | ');
  return out;
}

describe('SyncStatus', () => {
  it('bundled data never synced', () => {
    const shown = text({
      ...base,
      dataset: { ...base.dataset, version: 1, source: 'bundled' },
      previous: null,
    });
    expect(shown.dataset).toBe('Data: version 1, as of 20 Nov 2026 · bundled with the extension');
    expect(shown['last-success']).toBe(
      'Last successful sync: none yet (the data bundled with the extension is in use)',
    );
    expect(shown['last-attempt']).toBeUndefined();
    expect(shown['last-error']).toBe('No errors.');
    expect(shown.buttons).toBe('Sync now');
  });

  it('an attempt without a result, with no sync running, was interrupted', () => {
    const shown = text({ ...base, lastAttempt: { startedAt: '2026-11-21T10:00:00Z' } });
    expect(shown['last-attempt']).toContain('The sync was interrupted before it finished');
    expect(
      text({ ...base, running: true, lastAttempt: { startedAt: '2026-11-21T10:00:00Z' } })[
        'last-attempt'
      ],
    ).toContain('Syncing…');
  });

  it('a failure after a success: both are shown, with the error in words', () => {
    const shown = text({
      ...base,
      lastAttempt: {
        startedAt: '2026-11-21T11:00:00Z',
        finishedAt: '2026-11-21T11:00:03Z',
        result: { kind: 'failed', code: 'timeout' },
      },
      lastSuccess: {
        at: '2026-11-21T10:00:00Z',
        result: { kind: 'updated', from: 1, to: 2, asOf: '2026-11-20' },
      },
      lastError: { at: '2026-11-21T11:00:03Z', error: { code: 'timeout' } },
    });
    expect(shown['last-attempt']).toContain(
      'The feed server did not answer in time: the data you have is kept.',
    );
    expect(shown['last-error']).toMatch(
      /^Last error \(.+\): The feed server did not answer in time: the data you have is kept\.$/,
    );
    expect(shown['last-success']).toMatch(/^Last successful sync: /);
    expect(shown.buttons).toBe('Sync now | Go back to the previous data (version 1)');
  });
});

describe('ChangeLog', () => {
  it('says when there are no updates yet', () => {
    const el = root();
    render(<ChangeLog entries={[]} i18n={en} />, el);
    expect(el.textContent).toBe(
      'No updates yet: the data is the version bundled with the extension.',
    );
  });

  it('lists an update with its lines', () => {
    const el = root();
    render(
      <ChangeLog
        i18n={en}
        entries={[
          {
            id: 1,
            at: '2026-11-21T10:00:00Z',
            source: 'feed',
            from: { version: 1, asOf: '2026-08-22' },
            to: { version: 2, asOf: '2026-11-20' },
            items: [{ kind: 'company-removed', id: 'x', name: 'Xiaomi Corporation' }],
            more: 2,
            detailsChanged: 3,
            programsChanged: [],
            matchingChanged: false,
          },
        ]}
      />,
      el,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('Dataset 1 → 2 (as of 20 Nov 2026), from the feed,');
    expect(text).toContain('Xiaomi Corporation: taken out of the data');
    expect(text).toContain('… and 2 more');
    expect(text).toContain('Sources or notes changed for 3 companies.');
  });
});

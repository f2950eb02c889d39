/**
 * Where pages are marked: everywhere but the disabled sites, or only on the sites the user
 * chose; the two lists, and a pause for everything. Site lists live in storage.local.
 */
import { useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import { parseSiteInput } from '../../lib/settings/site-input.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { Preferences } from '../../lib/settings/preferences.ts';
import { dropSite, putSite, type Sites } from '../../lib/settings/sites.ts';
import type { PrefsProps } from './prefs.ts';
import { RadioGroup } from './RadioGroup.tsx';

export interface SitesProps extends PrefsProps {
  sites: Sites;
  setSites: (change: (old: Sites) => Sites) => void;
}

export function SitesSection({ i18n, prefs, setPrefs, sites, setSites }: SitesProps) {
  return (
    <div class="dl-prefs">
      <label class="dl-choice">
        <input
          type="checkbox"
          checked={prefs.paused}
          onChange={(e) => {
            const paused = e.currentTarget.checked;
            setPrefs((p) => ({ ...p, paused }));
          }}
        />
        {i18n.t('prefs.paused')}
      </label>
      <RadioGroup
        name="siteMode"
        legend={i18n.t('prefs.siteMode.legend')}
        value={prefs.siteMode}
        choices={[
          { value: 'all', label: i18n.t('prefs.siteMode.all') },
          { value: 'chosen', label: i18n.t('prefs.siteMode.chosen') },
        ]}
        onChange={(siteMode) => setPrefs((p) => ({ ...p, siteMode }))}
      />

      <SiteListBlock
        i18n={i18n}
        list="enabled"
        mode={prefs.siteMode}
        sites={sites}
        setSites={setSites}
      />
      <SiteListBlock
        i18n={i18n}
        list="disabled"
        mode={prefs.siteMode}
        sites={sites}
        setSites={setSites}
      />
      <p class="dl-muted">{i18n.t('prefs.sites.private')}</p>
    </div>
  );
}

type SiteListKey = 'enabled' | 'disabled';

/** What tells the two lists apart: their words, and the mode in which each one is in use. */
const SITE_LISTS = {
  enabled: {
    kind: 'chosen',
    inUse: 'chosen',
    title: 'prefs.sites.chosen',
    inactive: 'prefs.sites.inactiveChosen',
    none: 'prefs.sites.chosenNone',
    emptyWarning: 'prefs.sites.chosenEmpty',
  },
  disabled: {
    kind: 'disabled',
    inUse: 'all',
    title: 'prefs.sites.disabled',
    inactive: 'prefs.sites.inactive',
    none: 'prefs.sites.disabledNone',
    emptyWarning: null,
  },
} as const satisfies Record<
  SiteListKey,
  {
    kind: 'chosen' | 'disabled';
    inUse: Preferences['siteMode'];
    title: MessageKey;
    inactive: MessageKey;
    none: MessageKey;
    /** Said when the list is in use and empty. */
    emptyWarning: MessageKey | null;
  }
>;

/** One site list (`sites.enabled` or `sites.disabled`): its heading, its sites, a field to add one. */
function SiteListBlock({
  i18n,
  list,
  mode,
  sites,
  setSites,
}: {
  i18n: I18n;
  list: SiteListKey;
  mode: Preferences['siteMode'];
  sites: Sites;
  setSites: (change: (old: Sites) => Sites) => void;
}) {
  const { kind, inUse, title, inactive, none, emptyWarning } = SITE_LISTS[list];
  const hosts = sites[list];
  return (
    <>
      <h3 id={`dl-${kind}-title`}>{i18n.t(title)}</h3>
      {mode !== inUse && <p class="dl-muted">{i18n.t(inactive)}</p>}
      {mode === inUse && emptyWarning && !hosts.length && (
        <p class="dl-warning" data-sites={`${kind}-empty`}>
          {i18n.t(emptyWarning)}
        </p>
      )}
      <SiteList
        i18n={i18n}
        kind={kind}
        hosts={hosts}
        none={i18n.t(none)}
        onRemove={(host) => setSites((s) => dropSite(s, list, host))}
      />
      <AddSite
        i18n={i18n}
        kind={kind}
        has={(host) => hosts.includes(host)}
        // A site is on one list at most (see putSite), as "Disable on this site" does too.
        onAdd={(host) => setSites((s) => putSite(s, list, host))}
      />
    </>
  );
}

function SiteList({
  i18n,
  kind,
  hosts,
  none,
  onRemove,
}: {
  i18n: I18n;
  kind: 'chosen' | 'disabled';
  hosts: readonly string[];
  none: string;
  onRemove: (host: string) => void;
}) {
  if (!hosts.length) return <p data-sites={`${kind}-none`}>{none}</p>;
  return (
    <ul class="dl-site-list" aria-labelledby={`dl-${kind}-title`} data-sites={kind}>
      {hosts.map((host) => (
        <li key={host}>
          <span class="dl-site">{host}</span>
          <button
            type="button"
            class="dl-secondary"
            aria-label={i18n.t('prefs.sites.removeLabel', { site: host })}
            onClick={() => onRemove(host)}
          >
            {i18n.t('prefs.sites.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddSite({
  i18n,
  kind,
  has,
  onAdd,
}: {
  i18n: I18n;
  kind: 'chosen' | 'disabled';
  has: (host: string) => boolean;
  onAdd: (host: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = () => {
    const parsed = parseSiteInput(draft);
    if (!parsed.ok) {
      setMessage({
        text:
          parsed.problem === 'empty'
            ? i18n.t('prefs.sites.empty')
            : i18n.t('prefs.sites.invalid', { input: draft.trim() }),
        error: true,
      });
      return;
    }
    if (has(parsed.host)) {
      setMessage({ text: i18n.t('prefs.sites.already', { site: parsed.host }), error: false });
      return;
    }
    onAdd(parsed.host);
    setDraft('');
    setMessage({ text: i18n.t('prefs.sites.added', { site: parsed.host }), error: false });
  };
  return (
    <form
      class="dl-site-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for={`dl-${kind}-input`}>{i18n.t(`prefs.sites.${kind}.input`)}</label>
      <input
        id={`dl-${kind}-input`}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        placeholder="example.com"
        value={draft}
        aria-invalid={message?.error ? 'true' : undefined}
        aria-describedby={`dl-${kind}-message`}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <button type="submit">{i18n.t(`prefs.sites.${kind}.add`)}</button>
      {/* Always present, so that screen readers hear what changes in it. */}
      <p
        id={`dl-${kind}-message`}
        role="status"
        class={message?.error ? 'dl-form-error' : 'dl-muted'}
        data-sites={`${kind}-message`}
      >
        {message?.text}
      </p>
    </form>
  );
}

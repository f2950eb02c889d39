/**
 * Where pages are marked: everywhere but the disabled sites, or only on the sites the user
 * chose; the two lists, and a pause for everything. Site lists live in storage.local.
 */
import { useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import { parseSiteInput } from '../../lib/settings/site-input.ts';
import type { Sites } from '../../lib/settings/sites.ts';
import type { PrefsProps } from './prefs.ts';
import { RadioGroup } from './RadioGroup.tsx';

export interface SitesProps extends PrefsProps {
  sites: Sites;
  setSites: (change: (old: Sites) => Sites) => void;
}

export function SitesSection({ i18n, prefs, setPrefs, sites, setSites }: SitesProps) {
  const chosenMode = prefs.siteMode === 'chosen';
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

      <h3 id="dl-chosen-title">{i18n.t('prefs.sites.chosen')}</h3>
      {!chosenMode && <p class="dl-muted">{i18n.t('prefs.sites.inactiveChosen')}</p>}
      {chosenMode && !sites.enabled.length && (
        <p class="dl-warning" data-sites="chosen-empty">
          {i18n.t('prefs.sites.chosenEmpty')}
        </p>
      )}
      <SiteList
        i18n={i18n}
        kind="chosen"
        hosts={sites.enabled}
        none={i18n.t('prefs.sites.chosenNone')}
        onRemove={(host) =>
          setSites((s) => ({ ...s, enabled: s.enabled.filter((h) => h !== host) }))
        }
      />
      <AddSite
        i18n={i18n}
        kind="chosen"
        has={(host) => sites.enabled.includes(host)}
        onAdd={(host) =>
          setSites((s) => ({
            ...s,
            enabled: [...new Set([...s.enabled, host])],
            // A chosen site is one the user wants marked: it cannot stay disabled too.
            disabled: s.disabled.filter((h) => h !== host),
          }))
        }
      />

      <h3 id="dl-disabled-title">{i18n.t('prefs.sites.disabled')}</h3>
      {chosenMode && <p class="dl-muted">{i18n.t('prefs.sites.inactive')}</p>}
      <SiteList
        i18n={i18n}
        kind="disabled"
        hosts={sites.disabled}
        none={i18n.t('prefs.sites.disabledNone')}
        onRemove={(host) =>
          setSites((s) => ({ ...s, disabled: s.disabled.filter((h) => h !== host) }))
        }
      />
      <AddSite
        i18n={i18n}
        kind="disabled"
        has={(host) => sites.disabled.includes(host)}
        onAdd={(host) =>
          setSites((s) => ({
            ...s,
            disabled: [...new Set([...s.disabled, host])],
            // As "Disable on this site" does: a disabled site is no longer a chosen one.
            enabled: s.enabled.filter((h) => h !== host),
          }))
        }
      />
      <p class="dl-muted">{i18n.t('prefs.sites.private')}</p>
    </div>
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

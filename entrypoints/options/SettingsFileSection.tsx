/**
 * Settings export and import. Export writes preferences, site lists and the watchlist to a
 * JSON file; import reads one back, validated and migrated as a whole before anything is
 * stored (lib/settings/transfer.ts), and says in words what is wrong with a bad file.
 */
import { useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/i18n.ts';
import {
  applySettings,
  currentSettings,
  exportSettings,
  readSettingsFile,
  settingsFileName,
  type ImportProblem,
} from '../../lib/settings/transfer.ts';
import { writeFailure } from '../../lib/settings/write-error.ts';
import type { SettingsStorage } from './stored.ts';

export interface SettingsFileProps {
  i18n: I18n;
  storage: SettingsStorage;
  /** Offers `text` as a file to save. */
  save: (name: string, text: string) => void;
  now?: () => Date;
}

export function problemText(i18n: I18n, problem: ImportProblem): string {
  switch (problem.code) {
    case 'newer-format':
      return i18n.t('prefs.file.error.newer-format', { version: problem.version });
    case 'newer-item':
      return i18n.t('prefs.file.error.newer-item', {
        item: i18n.t(`prefs.file.item.${problem.item}`),
        version: problem.version,
      });
    case 'invalid-item': {
      const item = i18n.t(`prefs.file.item.${problem.item}`);
      // The field path (`items.0.id`) reads the same in every language.
      return problem.path
        ? i18n.t('prefs.file.error.invalid-value', { item, path: problem.path })
        : i18n.t('prefs.file.error.invalid-item', { item });
    }
    default:
      return i18n.t(`prefs.file.error.${problem.code}`);
  }
}

/** Why storing imported settings failed, in the page's language. */
export function importFailureText(i18n: I18n, error: unknown): string {
  const failure = writeFailure(error);
  return i18n.t(failure === 'other' ? 'prefs.file.error.failed' : `prefs.file.error.${failure}`);
}

export function SettingsFileSection({
  i18n,
  storage,
  save,
  now = () => new Date(),
}: SettingsFileProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    const at = now();
    const name = settingsFileName(at);
    save(name, exportSettings(await currentSettings(storage), at));
    setMessage({ text: i18n.t('prefs.file.exported', { file: name }), error: false });
  };

  const importFile = async (file: File) => {
    const parsed = await readSettingsFile(file);
    if (!parsed.ok) {
      setMessage({ text: problemText(i18n, parsed.problem), error: true });
      return;
    }
    await applySettings(storage, parsed.values);
    setMessage({ text: i18n.t('prefs.file.imported', { file: file.name }), error: false });
  };

  /** Runs an export or an import; what it throws is shown as `failed` words it. */
  const run = (work: () => Promise<void>, failed: (e: unknown) => string) => {
    setBusy(true);
    setMessage(null);
    work()
      .catch((e: unknown) => {
        // The browser's own words, for a bug report; the page says it in the user's language.
        console.warn(e);
        setMessage({ text: failed(e), error: true });
      })
      .finally(() => setBusy(false));
  };

  return (
    <div class="dl-prefs">
      <p class="dl-muted">{i18n.t('prefs.file.help')}</p>
      <div class="dl-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => run(exportNow, () => i18n.t('prefs.file.error.export'))}
        >
          {i18n.t('prefs.file.export')}
        </button>
      </div>
      <div class="dl-file-import">
        <label for="dl-import-file">{i18n.t('prefs.file.import')}</label>
        <input
          id="dl-import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so that choosing the same file again (after fixing it) imports it again.
            input.value = '';
            if (file)
              run(
                () => importFile(file),
                (e) => importFailureText(i18n, e),
              );
          }}
        />
      </div>
      <p
        role={message?.error ? 'alert' : 'status'}
        class={message?.error ? 'dl-form-error' : 'dl-muted'}
        data-file="message"
      >
        {message?.text}
      </p>
    </div>
  );
}

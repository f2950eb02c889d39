/**
 * The language of the extension: the browser's, or English or Simplified Chinese whatever the
 * browser's is. Each language is named in itself. The page follows at once (options/main.tsx
 * renders it again in the new language when the preference changes).
 */
import { langFor } from '../../lib/i18n/i18n.ts';
import type { PrefsProps } from './prefs.ts';
import { RadioGroup } from './RadioGroup.tsx';

export function LanguageSection({
  i18n,
  prefs,
  setPrefs,
  browserLocale,
}: PrefsProps & { browserLocale: string }) {
  const browserLang = langFor(browserLocale);
  const name = (lang: 'en' | 'zh-CN') => (
    <span lang={lang}>{i18n.t(`prefs.language.${lang}`)}</span>
  );
  return (
    <div class="dl-prefs">
      <RadioGroup
        name="language"
        legend={i18n.t('prefs.language.legend')}
        value={prefs.language}
        choices={[
          {
            value: 'auto',
            label: i18n.t('prefs.language.auto', {
              lang: i18n.t(`prefs.language.${browserLang}`),
            }),
          },
          { value: 'en', label: name('en') },
          { value: 'zh-CN', label: name('zh-CN') },
        ]}
        onChange={(language) => setPrefs((p) => ({ ...p, language }))}
      />
    </div>
  );
}

/** Which lists mark pages, whether ended listings show as history, and the trading-page warning. */
import { LISTS_IN_ORDER } from '../../lib/data/status.ts';
import type { PrefsProps } from './prefs.ts';

export function ListsSection({ i18n, prefs, setPrefs }: PrefsProps) {
  return (
    <div class="dl-prefs">
      <fieldset>
        <legend>{i18n.t('prefs.lists.legend')}</legend>
        {/* Every list the data knows, in the order the popup names them too. */}
        {LISTS_IN_ORDER.map((list) => (
          <label key={list} class="dl-choice">
            <input
              type="checkbox"
              name="list"
              value={list}
              checked={prefs.lists[list]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setPrefs((p) => ({ ...p, lists: { ...p.lists, [list]: on } }));
              }}
            />
            {i18n.t(`list.${list}`)}
          </label>
        ))}
      </fieldset>
      <label class="dl-choice">
        <input
          type="checkbox"
          checked={prefs.showHistory}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setPrefs((p) => ({ ...p, showHistory: on }));
          }}
        />
        {i18n.t('prefs.history')}
      </label>
      <label class="dl-choice">
        <input
          type="checkbox"
          checked={prefs.brokerageBanner}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setPrefs((p) => ({ ...p, brokerageBanner: on }));
          }}
        />
        {i18n.t('prefs.banner')}
      </label>
    </div>
  );
}

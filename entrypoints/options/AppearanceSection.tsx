/**
 * How marks look: the style and the palette, with a preview drawn the way pages are drawn (the
 * same highlight names and the same stylesheet as the content script), so what is shown here
 * is what pages will show.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Severity } from '../../lib/data/status.ts';
import type { I18n } from '../../lib/i18n/i18n.ts';
import {
  highlightName,
  highlightSupported,
  type HighlightStyle,
  type Palette,
} from '../../lib/page/highlights.ts';
import type { PrefsProps } from './prefs.ts';
import { RadioGroup } from './RadioGroup.tsx';

const SEVERITIES: readonly Severity[] = ['ban', 'listed', 'history'];
const STYLES: readonly HighlightStyle[] = ['underline', 'background'];
const PALETTES: readonly Palette[] = ['standard', 'colour-blind', 'high-contrast'];

export function AppearanceSection({ i18n, prefs, setPrefs }: PrefsProps) {
  return (
    <div class="dl-prefs">
      <RadioGroup
        name="highlightStyle"
        legend={i18n.t('prefs.style.legend')}
        value={prefs.highlightStyle}
        choices={STYLES.map((s) => ({ value: s, label: i18n.t(`prefs.style.${s}`) }))}
        onChange={(highlightStyle) => setPrefs((p) => ({ ...p, highlightStyle }))}
      />
      <RadioGroup
        name="palette"
        legend={i18n.t('prefs.palette.legend')}
        value={prefs.palette}
        choices={PALETTES.map((s) => ({ value: s, label: i18n.t(`prefs.palette.${s}`) }))}
        onChange={(palette) => setPrefs((p) => ({ ...p, palette }))}
      />
      <h3 id="dl-preview-title">{i18n.t('prefs.preview.title')}</h3>
      <MarksPreview i18n={i18n} style={prefs.highlightStyle} palette={prefs.palette} />
    </div>
  );
}

/** A sentence with one name of each severity, marked with the page highlights. */
export function MarksPreview({
  i18n,
  style,
  palette,
}: {
  i18n: I18n;
  style: HighlightStyle;
  palette: Palette;
}) {
  const sentence = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const p = sentence.current;
    if (!p || !highlightSupported()) return;
    const names: string[] = [];
    for (const severity of SEVERITIES) {
      const span = p.querySelector(`[data-severity="${severity}"]`);
      if (!span) continue;
      const range = document.createRange();
      range.selectNodeContents(span);
      const name = highlightName(severity, style, palette);
      CSS.highlights.set(name, new Highlight(range));
      names.push(name);
    }
    return () => {
      for (const n of names) CSS.highlights.delete(n);
    };
  }, [style, palette, i18n]);

  // The sentence is split at its placeholders; each name becomes its own element to mark.
  const text = i18n.t('prefs.preview.text');
  const parts = text.split(/\{(ban|listed|history)\}/);
  return (
    <div class="dl-preview" aria-labelledby="dl-preview-title" role="group">
      <p ref={sentence} class="dl-preview-text" data-style={style} data-palette={palette}>
        {parts.map((part, i) =>
          i % 2 === 1 ? (
            <span key={i} data-severity={part}>
              {i18n.t(`prefs.preview.name.${part as Severity}`)}
            </span>
          ) : (
            part
          ),
        )}
      </p>
      <ul class="dl-preview-key">
        {SEVERITIES.map((s) => (
          <li key={s}>
            {i18n.t(`prefs.preview.key.${s}`, { name: i18n.t(`prefs.preview.name.${s}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

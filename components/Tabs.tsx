/**
 * A row of tabs with the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move
 * between tabs and select them, each panel is labelled by its tab. Every panel stays mounted
 * (the others hidden), so what a panel holds (a query, a screened portfolio) survives a look at
 * another tab.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

export interface TabsProps<K extends string> {
  idPrefix: string;
  label: string;
  tabs: readonly TabDef<K>[];
  selected: K;
  onSelect: (key: K) => void;
  panels: Record<K, ComponentChildren>;
}

export function Tabs<K extends string>(props: TabsProps<K>) {
  const { idPrefix, tabs, selected, onSelect } = props;
  const list = useRef<HTMLDivElement>(null);
  const go = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.key);
    list.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.key}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.key === selected);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <>
      <div class="dl-tabs" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.key}`}
            class="dl-tab"
            aria-selected={t.key === selected}
            aria-controls={`${idPrefix}-panel-${t.key}`}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.key}
          class="dl-tabpanel"
          role="tabpanel"
          id={`${idPrefix}-panel-${t.key}`}
          aria-labelledby={`${idPrefix}-tab-${t.key}`}
          hidden={t.key !== selected}
        >
          {props.panels[t.key]}
        </div>
      ))}
    </>
  );
}

import { describe, expect, it } from 'vitest';
import { entityDisplay, type DisplayPreferences } from '../../../lib/data/display.ts';
import { entity, realDataset } from '../../helpers/dataset.ts';

const programs = realDataset().programs;
const TODAY = '2026-11-21';
const ALL: DisplayPreferences = {
  lists: { 'ofac-ns-cmic': true, 'dod-1260h': true, 'dod-1237': true },
  showHistory: true,
};

function display(
  id: string,
  prefs: Partial<DisplayPreferences> & { off?: (keyof DisplayPreferences['lists'])[] } = {},
) {
  const lists = { ...ALL.lists };
  for (const l of prefs.off ?? []) lists[l] = false;
  return entityDisplay(entity(id), programs, TODAY, {
    lists,
    showHistory: prefs.showHistory ?? true,
  });
}

describe('entityDisplay', () => {
  it('shows the worst severity of the lists that are on', () => {
    expect(display('hangzhou-hikvision-digital-technology-co-ltd')).toBe('ban');
    expect(display('hangzhou-hikvision-digital-technology-co-ltd', { off: ['ofac-ns-cmic'] })).toBe(
      'listed',
    );
    expect(
      display('hangzhou-hikvision-digital-technology-co-ltd', {
        off: ['ofac-ns-cmic', 'dod-1260h'],
      }),
    ).toBe('history');
  });

  it('hides history when history is off, and companies whose lists are all off', () => {
    expect(display('xiaomi-corporation')).toBe('history');
    expect(display('xiaomi-corporation', { showHistory: false })).toBe('hidden');
    expect(
      display('commercial-aircraft-corporation-of-china-limited', {
        off: ['dod-1260h', 'dod-1237'],
      }),
    ).toBe('hidden');
  });
});

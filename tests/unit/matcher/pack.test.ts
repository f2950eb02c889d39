import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../../lib/matcher/matcher.ts';
import { compilePack, toBase64 } from '../../../lib/matcher/pack.ts';
import { realDataset } from '../../helpers/dataset.ts';

describe('the match pack', () => {
  const data = realDataset();

  it('is deterministic: the same data compiles to the same bytes', () => {
    expect(JSON.stringify(compilePack(data))).toBe(
      JSON.stringify(compilePack(structuredClone(data))),
    );
  });

  it('survives JSON (extension messaging) and matches like the compiled one', () => {
    const pack = compilePack(data);
    const viaJson = loadMatcher(JSON.parse(JSON.stringify(pack)));
    const text = 'Xiaomi, 华为 and China Mobile; 1810.HK and SMIC.';
    expect(viaJson.find(text)).toEqual(loadMatcher(pack).find(text));
    expect(viaJson.find(text)).toHaveLength(5);
  });

  it('carries the context rules and the dataset version with it', () => {
    const pack = compilePack(data);
    expect(pack.rules.map((r) => r.id)).toEqual(data.context_rules.map((r) => r.id));
    expect(pack.datasetVersion).toBe(data.dataset_version);
    expect(pack.asOf).toBe(data.as_of);
  });

  it('stores the automaton compactly: 16-bit states for the real data', () => {
    const pack = compilePack(data);
    const states = pack.automaton.states;
    expect(states).toBeLessThan(0x10000);
    // Two bytes per state (plus one) for edge starts, one per edge for classes (fewer than 255 classes).
    expect(atob(pack.automaton.edgeStart).length).toBe((states + 1) * 2);
    expect(atob(pack.automaton.out).length).toBe(states * 2);
    expect(atob(pack.automaton.edgeClass).length).toBe(states - 1);
  });

  it('encodes base64 like the platform does', () => {
    for (const bytes of [[], [0], [1, 2], [255, 254, 253], [0, 1, 2, 3, 4, 5, 250]]) {
      const u8 = new Uint8Array(bytes);
      expect(toBase64(u8)).toBe(btoa(String.fromCharCode(...u8)));
    }
  });
});

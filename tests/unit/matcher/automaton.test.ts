/**
 * The automaton against a naive search: every occurrence of every key, on random strings over a
 * small alphabet (where keys overlap and nest a lot, which is what exercises fail and
 * dictionary links).
 */
import { describe, expect, it } from 'vitest';
import { buildAutomaton, expandAutomaton } from '../../../lib/matcher/automaton.ts';
import { rng } from '../../../scripts/lib/rng.ts';

function randomString(next: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** All (end, key index) pairs the automaton reports, scanning like the matcher does. */
function scan(keys: string[], text: string): string[] {
  const a = expandAutomaton(buildAutomaton(keys));
  const classOf = new Map<number, number>();
  for (let i = 0; i < a.alphabet.length; i++) classOf.set(a.alphabet.charCodeAt(i), i + 1);
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const k = classOf.get(text.charCodeAt(i)) ?? 0;
    if (k === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      let next = 0;
      for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++)
        if (a.edgeClass[e] === k) next = e + 1;
      if (next) {
        s = next;
        break;
      }
      if (s === 0) break;
      s = a.fail[s]!;
    }
    for (let o = a.out[s]!; o !== 0; o = a.out[a.fail[o]!]!) out.push(`${i + 1}:${a.term[o]}`);
  }
  return out.sort();
}

function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  keys.forEach((key, t) => {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1))
      out.push(`${at + key.length}:${t}`);
  });
  return out.sort();
}

describe('buildAutomaton', () => {
  it('finds exactly what a naive search finds (200 random cases)', () => {
    const next = rng(42);
    for (let round = 0; round < 200; round++) {
      const alphabet = round % 2 ? 'ab' : 'abcx';
      const keys = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
            randomString(next, 'abc', 1 + Math.floor(next() * 5)),
          ),
        ),
      ].sort();
      const text = randomString(next, alphabet, 60);
      expect(scan(keys, text), `keys ${keys.join(',')} text ${text}`).toEqual(naive(keys, text));
    }
  });

  it('numbers states breadth-first so that edge e leads to state e + 1', () => {
    const c = buildAutomaton(['ab', 'ac', 'b']);
    // root -> a, b; a -> ab, ac
    expect([...c.edgeCount]).toEqual([2, 2, 0, 0, 0]);
    expect(c.alphabet).toBe('abc');
    expect([...c.edgeClass]).toEqual([1, 2, 2, 3]);
    expect([...c.termState]).toEqual([3, 4, 2]);
    // "ab" (state 3) ends a term and fails to "b" (state 2), which ends one too.
    const a = expandAutomaton(c);
    expect(a.out[3]).toBe(3);
    expect(a.out[a.fail[3]!]).toBe(2);
  });

  it('refuses unsorted or duplicate keys', () => {
    expect(() => buildAutomaton(['b', 'a'])).toThrow(/sorted and distinct/);
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/sorted and distinct/);
  });
});

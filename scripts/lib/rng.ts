/**
 * A deterministic random generator (mulberry32), so that generated inputs (the matcher
 * benchmark's stress terms, the automaton test's random strings) are the same on every run and
 * a failure can be reproduced. 32-bit integer arithmetic throughout: a float LCG loses its low
 * bits and cycles.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

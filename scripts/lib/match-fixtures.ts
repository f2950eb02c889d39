/**
 * The labelled fixture pages for the matcher: tests/fixtures/match/<name>.html, each next to
 * <name>.expected.json listing the entity ids the page must produce (no more, no fewer) and
 * passages that must not match at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../lib/data/schema.ts';
import type { Matcher } from '../../lib/matcher/matcher.ts';
import { htmlToRuns } from './page-text.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/match', import.meta.url));

export interface Expected {
  /** What the page is (for people). */
  about: string;
  entities: string[];
  must_not_match: string[];
}

export interface FixtureResult {
  file: string;
  found: string[];
  missing: string[];
  unexpected: string[];
  /** Matched text that lies inside a must-not-match passage. */
  forbiddenHits: string[];
  /** Every passage must occur in the page, or the label is wrong. */
  absentPassages: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function evaluateFixtures(
  matcher: Matcher,
  data: Dataset,
  dir = FIXTURE_DIR,
): FixtureResult[] {
  const known = new Set(data.entities.map((e) => e.id));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(
        readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as Expected;
      for (const id of expected.entities)
        if (!known.has(id)) throw new Error(`${file}: unknown entity ${id}`);
      const runs = htmlToRuns(readFileSync(join(dir, file), 'utf8'));
      const found = new Set<string>();
      const forbiddenHits: string[] = [];
      const seenPassages = new Set<string>();
      for (const run of runs) {
        const matches = matcher.find(run);
        for (const m of matches) for (const e of m.entities) found.add(matcher.entities[e]!);
        for (const passage of expected.must_not_match) {
          // Any run of whitespace in the page may stand for a space in the passage (line wraps).
          const pattern = new RegExp(passage.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
          for (const found of run.matchAll(pattern)) {
            seenPassages.add(passage);
            const at = found.index;
            const end = at + found[0].length;
            for (const m of matches)
              if (m.start < end && m.end > at) forbiddenHits.push(run.slice(m.start, m.end));
          }
        }
      }
      const want = new Set(expected.entities);
      return {
        file,
        found: [...found].sort(),
        missing: [...want].filter((id) => !found.has(id)).sort(),
        unexpected: [...found].filter((id) => !want.has(id)).sort(),
        forbiddenHits,
        absentPassages: expected.must_not_match.filter((p) => !seenPassages.has(p)),
      };
    });
}

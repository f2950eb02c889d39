/**
 * The labelled fixture pages (tests/fixtures/match): each must produce exactly its expected
 * entities, and nothing may match inside its must-not-match passages.
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../../lib/matcher/matcher.ts';
import { compilePack } from '../../../lib/matcher/pack.ts';
import { evaluateFixtures } from '../../../scripts/lib/match-fixtures.ts';
import { realDataset } from '../../helpers/dataset.ts';

const data = realDataset();
const results = evaluateFixtures(loadMatcher(compilePack(data)), data);

describe('labelled fixture pages', () => {
  it('there are fixtures for articles, a quote page, a Chinese page and identifiers', () => {
    expect(results.map((r) => r.file)).toEqual([
      'article-2021-list.html',
      'article-2026-1260h.html',
      'chinese-news.html',
      'identifiers.html',
      'quote-page.html',
    ]);
  });

  for (const r of results) {
    it(`${r.file}: every expected entity, nothing else, nothing in the forbidden passages`, () => {
      expect({
        missing: r.missing,
        unexpected: r.unexpected,
        forbidden: r.forbiddenHits,
        absentPassages: r.absentPassages,
      }).toEqual({
        missing: [],
        unexpected: [],
        forbidden: [],
        absentPassages: [],
      });
      expect(r.found.length).toBeGreaterThan(0);
    });
  }
});

/**
 * What a page is about, for the brokerage warning: the designated companies its title or main
 * heading names, or whose security it names by exchange-qualified ticker near the top of the
 * page (a quote page's ticker header) or by ISIN anywhere. Works on any site: no list of brokers.
 */
import type { Matcher } from '../matcher/matcher.ts';
import { TermFlag } from '../matcher/pack.ts';
import type { Mark } from './marks.ts';

/** A ticker this close to the top of the document is taken as the page's header. */
export const HEADER_DEPTH_PX = 600;

export function pageSubjects(doc: Document, matcher: Matcher, marks: readonly Mark[]): Set<number> {
  const subjects = new Set<number>();
  const add = (entities: readonly number[]) => entities.forEach((e) => subjects.add(e));
  for (const m of matcher.find(doc.title)) add(m.entities);
  const heading = doc.querySelector('h1, [role="heading"][aria-level="1"]');
  if (heading?.textContent) for (const m of matcher.find(heading.textContent)) add(m.entities);
  const scrollTop = doc.defaultView?.scrollY ?? 0;
  for (const mark of marks) {
    const flags = matcher.termFlags(mark.term);
    if (flags & TermFlag.Isin) add(mark.entities);
    else if (flags & TermFlag.Ticker) {
      const top = mark.range.getBoundingClientRect().top + scrollTop;
      if (top < HEADER_DEPTH_PX) add(mark.entities);
    }
  }
  return subjects;
}

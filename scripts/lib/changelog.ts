/**
 * data/CHANGELOG.md: one section per dataset version, newest first. A section is written when
 * data/ carries a dataset_version that the changelog has no section for: the difference from
 * the previous published feed (the committed snapshot) when that is older, otherwise a
 * summary (the first version has nothing to compare with). An existing section is left as it
 * is, so that building the feed again, or on a fresh clone, changes nothing; it is rewritten
 * only while the snapshot is still older than data/ (data/ edited again before the feed was
 * rebuilt and committed).
 */
import { diffDatasets, renderDiffMarkdown, renderSummaryMarkdown } from '../../lib/data/diff.ts';
import type { Dataset } from '../../lib/data/schema.ts';

export const CHANGELOG_HEADER = `# Dataset changelog

What changed in each published version of the dataset in \`data/\`, newest first. \`npm run feed\`
writes the section for a new \`dataset_version\`: the difference between the previous published
snapshot (\`public/data/snapshot.json\`) and \`data/\`. The sections are generated; correct the data
and rebuild rather than editing them.
`;

const SECTION = /^## Version (\d+)\b/gm;

interface Section {
  version: number;
  start: number;
  end: number;
}

function sectionsOf(text: string): Section[] {
  const heads = [...text.matchAll(SECTION)].map((m) => ({ version: Number(m[1]), start: m.index }));
  return heads.map((h, i) => ({ ...h, end: heads[i + 1]?.start ?? text.length }));
}

export function changelogVersions(text: string): number[] {
  return sectionsOf(text).map((s) => s.version);
}

/**
 * The changelog after building `next`, given the committed changelog (if any) and the
 * dataset of the previous published snapshot (if any).
 */
export function updateChangelog(
  existing: string | undefined,
  prev: Dataset | undefined,
  next: Dataset,
): string {
  const text = existing ?? CHANGELOG_HEADER;
  const sections = sectionsOf(text);
  const current = sections.find((s) => s.version === next.dataset_version);
  const older = prev !== undefined && prev.dataset_version < next.dataset_version;
  if (current && !older) return text;
  const section = older
    ? renderDiffMarkdown(diffDatasets(prev, next))
    : renderSummaryMarkdown(next);
  if (current)
    return (
      text.slice(0, current.start) + section + spacer(text, current.end) + text.slice(current.end)
    );
  // Newest first: before the first section of an earlier version, or at the end.
  const before = sections.find((s) => s.version < next.dataset_version);
  const at = before?.start ?? text.length;
  const head = text.slice(0, at).replace(/\n*$/, '\n\n');
  return head + section + (before ? '\n' + text.slice(at) : '');
}

function spacer(text: string, end: number): string {
  return end < text.length ? '\n' : '';
}

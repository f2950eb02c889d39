import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPayload, parseEnvelope } from '../../../lib/feed/read.ts';
import { importNsCmic } from '../../../lib/importer/ofac-consolidated.ts';
import { reconcile } from '../../../lib/importer/reconcile.ts';
import { applyToDataDir } from '../../../scripts/lib/apply-import.ts';
import {
  CHANGELOG_HEADER,
  changelogVersions,
  updateChangelog,
} from '../../../scripts/lib/changelog.ts';
import {
  buildFeed,
  staleOutputs,
  writeFeed,
  type FeedPaths,
} from '../../../scripts/lib/feed-build.ts';
import { readOfacSet } from '../../../scripts/lib/ofac-files.ts';
import { DATA_DIR, realDataset } from '../../helpers/dataset.ts';
import { writeModifiedSet } from '../../helpers/ofac.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SNAPSHOT = join(ROOT, 'public/data/snapshot.json');
const tmp = mkdtempSync(join(tmpdir(), 'dl-feed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the repository's feed inputs and outputs: data/ and the committed snapshot. */
function checkout(name: string): FeedPaths {
  const dir = join(tmp, name);
  cpSync(DATA_DIR, join(dir, 'data'), { recursive: true });
  cpSync(SNAPSHOT, join(dir, 'snapshot.json'));
  return {
    data: join(dir, 'data'),
    snapshot: join(dir, 'snapshot.json'),
    changelog: join(dir, 'data/CHANGELOG.md'),
  };
}

function build(paths: FeedPaths) {
  const result = buildFeed(paths);
  if (!result.ok) throw new Error('invalid data');
  return result;
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('the feed build', () => {
  it('reproduces the committed snapshot and changelog exactly (a fresh clone changes nothing)', () => {
    const result = build({
      data: DATA_DIR,
      snapshot: SNAPSHOT,
      changelog: join(DATA_DIR, 'CHANGELOG.md'),
    });
    expect(result.snapshot).toBe(read(SNAPSHOT));
    expect(result.changelog).toBe(read(join(DATA_DIR, 'CHANGELOG.md')));
    expect(changelogVersions(result.changelog)).toEqual([1]);
  });

  it('writes byte-identical outputs when run twice on the same copy', () => {
    const paths = checkout('twice');
    writeFeed(paths, build(paths));
    const first = [read(paths.snapshot), read(paths.changelog)];
    writeFeed(paths, build(paths));
    expect([read(paths.snapshot), read(paths.changelog)]).toEqual(first);
    expect(staleOutputs(paths, build(paths))).toEqual([]);
  });

  it('writes a section for a new version from the previous snapshot, newest first, once', () => {
    const paths = checkout('update');
    const set = readOfacSet([writeModifiedSet(join(tmp, 'ofac_2026-01-20'))]);
    const report = reconcile(importNsCmic(set.files).entries, realDataset());
    const applied = applyToDataDir(paths.data, report, {
      setLabel: set.label,
      primFile: 'cons_prim.csv',
      removedOn: '2026-01-20',
    });
    expect(applied.ok).toBe(true);
    // The committed outputs are now stale: --check would fail on both.
    expect(staleOutputs(paths, build(paths))).toEqual([paths.snapshot, paths.changelog]);

    writeFeed(paths, build(paths));
    const changelog = read(paths.changelog);
    expect(changelogVersions(changelog)).toEqual([2, 1]);
    expect(
      changelog.startsWith(
        CHANGELOG_HEADER +
          '\n## Version 2 (as of 22 August 2026)\n\nChanges from version 1 (as of 22 August 2026).\n\n### Companies added\n',
      ),
    ).toBe(true);
    expect(changelog).toContain(
      '\n### Changes to listings\n\n- **China SpaceSat Co., Ltd.**, Treasury NS-CMIC: now listed as "CHINA SPACESAT GROUP CO., LTD.".\n- **NetPosa Technologies, Ltd.**, Treasury NS-CMIC: removed from the list 20 January 2026 (new).\n',
    );
    expect(
      changelog.endsWith(
        '\n' + read(join(DATA_DIR, 'CHANGELOG.md')).slice(CHANGELOG_HEADER.length),
      ),
    ).toBe(true);
    expect(readPayload(parseEnvelope(read(paths.snapshot)).payload).dataset_version).toBe(2);

    // Built again, or after a commit on a fresh clone: nothing changes.
    const snapshot = read(paths.snapshot);
    writeFeed(paths, build(paths));
    expect([read(paths.snapshot), read(paths.changelog)]).toEqual([snapshot, changelog]);
  });

  it('rewrites the section while the snapshot is still the previous version', () => {
    const paths = checkout('redo');
    const v1 = read(paths.snapshot);
    const meta = JSON.parse(read(join(paths.data, 'meta.json')));
    writeFileSync(
      join(paths.data, 'meta.json'),
      JSON.stringify({ ...meta, dataset_version: 2 }, null, 2) + '\n',
    );
    writeFeed(paths, build(paths));
    expect(read(paths.changelog)).toContain(
      '## Version 2 (as of 22 August 2026)\n\nChanges from version 1 (as of 22 August 2026).\n\nNo changes to companies or listings.\n\n## Version 1',
    );
    // data/ edited again: with the v2 snapshot the section stays; with v1 restored it is redone.
    writeFileSync(
      join(paths.data, 'meta.json'),
      JSON.stringify({ ...meta, dataset_version: 2, as_of: '2026-09-01' }, null, 2) + '\n',
    );
    expect(build(paths).changelog).toBe(read(paths.changelog));
    writeFileSync(paths.snapshot, v1);
    const redone = build(paths).changelog;
    expect(redone).toContain(
      '## Version 2 (as of 1 September 2026)\n\nChanges from version 1 (as of 22 August 2026).\n',
    );
    expect(changelogVersions(redone)).toEqual([2, 1]);
  });

  it('starts a changelog with a summary when there is none', () => {
    const data = realDataset();
    expect(updateChangelog(undefined, undefined, data)).toBe(
      CHANGELOG_HEADER +
        '\n## Version 1 (as of 22 August 2026)\n\nInitial dataset: 242 companies. A company can be on more than one list.\n\n- DoD 1237 / E.O. 13959: 48 companies (all since ended)\n- Treasury NS-CMIC: 68 companies\n- DoD 1260H: 212 companies (20 since ended)\n',
    );
    expect(updateChangelog(undefined, data, { ...data, dataset_version: 3 })).toContain(
      '## Version 3 (as of 22 August 2026)\n\nChanges from version 1',
    );
  });
});

describe('npm run feed -- --check', () => {
  it('fails when the changelog is stale, naming it', () => {
    const paths = checkout('check');
    writeFileSync(paths.changelog, CHANGELOG_HEADER);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/feed.ts', '--check', '--data', paths.data],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${relative(ROOT, paths.changelog)} is out of date with data/: run \`npm run feed\`.\n`,
    );
  });
});

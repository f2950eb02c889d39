/**
 * `npm run data:import -- --apply`: applies a reconciliation to the files in data/, after
 * checking that the result is still a valid dataset. Nothing is written when nothing changes
 * or when the result would be invalid.
 */
import { join } from 'node:path';
import type { Entity } from '../../lib/data/schema.ts';
import { describeProblem, validateDataset } from '../../lib/data/validate.ts';
import { applyImport, type ApplyOptions, type MetaFile } from '../../lib/importer/apply.ts';
import type { ReconcileReport } from '../../lib/importer/reconcile.ts';
import { readDataJson, writeDataJson } from './data-json.ts';
import { readDataDir } from './dataset-files.ts';

export function applyToDataDir(
  dir: string,
  report: ReconcileReport,
  options: ApplyOptions,
): { ok: boolean; lines: string[] } {
  const entitiesPath = join(dir, 'entities.json');
  const metaPath = join(dir, 'meta.json');
  // The files as written, not the validated dataset: validation trims strings, and what we
  // write back must differ from what we read only where the import changes it.
  const entities = readDataJson(entitiesPath) as Entity[];
  const meta = readDataJson(metaPath) as MetaFile;
  const outcome = applyImport(entities, meta, report, options);
  const lines: string[] = [];
  if (outcome.applied.length) {
    lines.push(`Applied (${outcome.applied.length}):`, ...outcome.applied.map((l) => `  ${l}`));
  }
  if (outcome.notApplied.length) {
    lines.push(
      `Not applied, for review (${outcome.notApplied.length}):`,
      ...outcome.notApplied.map((l) => `  ${l}`),
    );
  }
  if (!outcome.applied.length) {
    lines.push('Nothing to apply: data/ is unchanged.');
    return { ok: true, lines };
  }
  const checked = validateDataset(
    readDataDir(dir, { entities: outcome.entities, meta: outcome.meta }),
  );
  if (!checked.ok) {
    lines.push(
      'The changes would make data/ invalid; nothing was written:',
      ...checked.problems.map((p) => `  - ${describeProblem(p)}`),
    );
    return { ok: false, lines };
  }
  writeDataJson(entitiesPath, outcome.entities);
  writeDataJson(metaPath, outcome.meta);
  lines.push(
    `Wrote ${entitiesPath} and ${metaPath}: dataset version ${meta.dataset_version} -> ${outcome.meta.dataset_version}.`,
    'Next: review the names marked display-only, then `npm run feed` (snapshot and changelog).',
  );
  return { ok: true, lines };
}

/**
 * Reads the sourced dataset in data/ into one dataset object (not yet validated). The files:
 * meta.json (version, as-of date), programs.json, entities.json, alias-policy.json and
 * context-rules.json; the traditional/simplified folding table is derived here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION, type Dataset } from '../../lib/data/schema.ts';
import { describeProblem, validateDataset } from '../../lib/data/validate.ts';
import { buildZhFold } from './zh-fold.ts';

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
}

interface Meta {
  dataset_version: number;
  as_of: string;
}

/**
 * `replace` stands in for the files' content (entities.json, meta.json): how the importer
 * validates its changes before it writes them.
 */
export function readDataDir(
  dir: string,
  replace: { entities?: unknown; meta?: Meta } = {},
): Record<string, unknown> {
  const meta = replace.meta ?? (readJson(dir, 'meta.json') as Meta);
  const entities = replace.entities ?? readJson(dir, 'entities.json');
  const zhTexts: string[] = [];
  if (Array.isArray(entities)) {
    for (const e of entities as { names?: { value?: unknown; lang?: unknown }[] }[]) {
      for (const n of e.names ?? [])
        if (typeof n.value === 'string' && n.lang !== 'en') zhTexts.push(n.value);
    }
  }
  const policy = readJson(dir, 'alias-policy.json') as { legal_forms?: { cjk?: unknown[] } };
  for (const form of policy.legal_forms?.cjk ?? [])
    if (typeof form === 'string') zhTexts.push(form);
  return {
    format: FORMAT_VERSION,
    dataset_version: meta.dataset_version,
    as_of: meta.as_of,
    programs: readJson(dir, 'programs.json'),
    entities,
    alias_policy: policy,
    context_rules: readJson(dir, 'context-rules.json'),
    zh_fold: buildZhFold(zhTexts),
  };
}

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** data/ read and validated; throws with every problem listed. */
export function datasetFromDataDir(dir = DATA_DIR): Dataset {
  const result = validateDataset(readDataDir(dir));
  if (!result.ok)
    throw new Error(`${dir} is invalid:\n${result.problems.map(describeProblem).join('\n')}`);
  return result.dataset;
}

/** The project's real dataset, read from data/ and validated, for unit tests. */
import { fileURLToPath } from 'node:url';
import type { Dataset, Entity } from '../../lib/data/schema.ts';
import { describeProblem, validateDataset } from '../../lib/data/validate.ts';
import { readDataDir } from '../../scripts/lib/dataset-files.ts';

let cached: Dataset | undefined;

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export function realDataset(): Dataset {
  if (cached) return cached;
  const result = validateDataset(readDataDir(DATA_DIR));
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  cached = result.dataset;
  return cached;
}

export function entity(id: string): Entity {
  const found = realDataset().entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in data/`);
  return found;
}

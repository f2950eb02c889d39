/** The project's real dataset, read from data/ and validated once, for unit tests. */
import type { Dataset, Entity } from '../../lib/data/schema.ts';
import { datasetFromDataDir } from '../../scripts/lib/dataset-files.ts';

export { DATA_DIR } from '../../scripts/lib/dataset-files.ts';

let cached: Dataset | undefined;

export function realDataset(): Dataset {
  cached ??= datasetFromDataDir();
  return cached;
}

export function entity(id: string): Entity {
  const found = realDataset().entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in data/`);
  return found;
}

/**
 * Going back to the previous dataset: when an update turns out wrong, the dataset it replaced
 * (kept as "previous") becomes current again, in one transaction, and the change log says so.
 * The version rolled back from is not installed again by the next sync (skipUpTo); a newer
 * version from the feed is.
 */
import { compilePack } from '../matcher/pack.ts';
import { readPayload } from '../feed/read.ts';
import { currentDataset, installDataset, previousDataset, type Db } from './db.ts';
import { affectedEntityIds, diffDatasets } from './diff.ts';

export type RollbackResult =
  { kind: 'rolled-back'; from: number; to: number } | { kind: 'nothing-to-roll-back-to' };

export async function rollbackDataset(db: Db, now: Date): Promise<RollbackResult> {
  const [current, previous] = await Promise.all([currentDataset(db), previousDataset(db)]);
  if (!current || !previous) return { kind: 'nothing-to-roll-back-to' };
  // Checked again, as when it arrived: the stored copy is the one installed.
  const dataset = readPayload(previous.payload);
  const replaced = readPayload(current.payload);
  const diff = diffDatasets(replaced, dataset);
  const installed = await installDataset(db, {
    dataset,
    payload: previous.payload,
    pack: compilePack(dataset),
    source: previous.source,
    now,
    replaces: current.version,
    change: { at: now.toISOString(), source: 'rollback', diff, affected: affectedEntityIds(diff) },
    sync: (old) => {
      const next = { ...old, skipUpTo: Math.max(old?.skipUpTo ?? 0, current.version) };
      // The feed's validators belong to the version rolled back from.
      delete next.validators;
      return next;
    },
  });
  if (!installed) throw new Error('the dataset changed during the rollback; try again');
  return { kind: 'rolled-back', from: current.version, to: previous.version };
}

/**
 * Finds and reads the files of one OFAC consolidated list set: the paths given on the command
 * line, or the cons_*.csv files inside a directory given instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OfacEncoding } from '../../lib/importer/decode.ts';
import {
  readOfacFile,
  roleOfFileName,
  type OfacFile,
} from '../../lib/importer/ofac-consolidated.ts';

export interface OfacSet {
  files: OfacFile[];
  /** How sources name the set, e.g. "2025-12-19": see `setLabel`. */
  label: string;
}

function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p).isDirectory()) return [p];
    const found = readdirSync(p)
      .filter((name) => /\.csv$/i.test(name) && roleOfFileName(name))
      .sort()
      .map((name) => join(p, name));
    if (!found.length) throw new Error(`${p}: no cons_*.csv files in this directory`);
    return found;
  });
}

/**
 * The label sources use for a set: the first date (YYYY-MM-DD) in the files' folder name,
 * which is how OFAC downloads are filed here (the files themselves carry no date); otherwise
 * the folder's name.
 */
export function setLabel(paths: string[]): string {
  const folders = paths.map((p) => basename(dirname(resolve(p))));
  for (const folder of folders) {
    const date = /\d{4}-\d{2}-\d{2}/.exec(folder);
    if (date) return date[0];
  }
  return folders[0] ?? 'unnamed';
}

export function readOfacSet(paths: string[], encoding?: OfacEncoding, label?: string): OfacSet {
  const files = expand(paths);
  return {
    files: files.map((p) => readOfacFile(basename(p), readFileSync(p), encoding)),
    label: label ?? setLabel(files),
  };
}

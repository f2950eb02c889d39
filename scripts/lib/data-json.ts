/**
 * The JSON files in data/ as the repository keeps them: two-space indentation, keys in the
 * order they were given, a final newline. Writing what was read changes no byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function formatDataJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function readDataJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function writeDataJson(path: string, value: unknown): void {
  writeFileSync(path, formatDataJson(value));
}

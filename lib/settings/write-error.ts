/**
 * Why a write to extension storage failed, as a word the pages can translate. The browsers say
 * it in English prose naming the limit (Chrome: "MAX_WRITE_OPERATIONS_PER_MINUTE quota
 * exceeded", "QUOTA_BYTES_PER_ITEM quota exceeded"; Firefox: "QuotaExceededError: storage.sync
 * API call exceeded its quota limitations."), which is no message to show a user as it is.
 */
export type WriteFailure = 'rate-limit' | 'quota' | 'other';

export function writeFailure(error: unknown): WriteFailure {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // storage.sync allows so many writes a minute and an hour: waiting is the way out.
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text)) return 'rate-limit';
  // Too many bytes or items: the change does not fit at all.
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'quota';
  return 'other';
}

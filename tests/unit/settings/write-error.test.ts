/** Storage write errors, told apart so that the pages can say what happened in the user's language. */
import { describe, expect, it } from 'vitest';
import { writeFailure } from '../../../lib/settings/write-error.ts';

describe('storage write failures', () => {
  it.each([
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate-limit'],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', 'rate-limit'],
    ['MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate-limit'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'quota'],
    ['QUOTA_BYTES quota exceeded', 'quota'],
    ['MAX_ITEMS quota exceeded', 'quota'],
    ['storage.sync API call exceeded its quota limitations.', 'quota'],
    ['Invalid type: Expected boolean but received "yes"', 'other'],
  ] as const)('%s: %s', (message, failure) => {
    expect(writeFailure(new Error(message))).toBe(failure);
  });

  it('reads errors that are not Error objects too', () => {
    expect(writeFailure('QUOTA_BYTES quota exceeded')).toBe('quota');
    expect(writeFailure(undefined)).toBe('other');
  });
});

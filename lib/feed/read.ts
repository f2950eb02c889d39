/**
 * Reading a feed or snapshot: the envelope, then the payload's JSON, then the dataset schema.
 * Each failure says in plain words what was wrong, because it ends up on the options page.
 */
import * as v from 'valibot';
import type { Dataset } from '../data/schema.ts';
import { describeProblem, validateDataset } from '../data/validate.ts';
import { EnvelopeSchema, type Envelope } from './envelope.ts';

export class FeedError extends Error {
  constructor(
    readonly code:
      | 'not-json'
      | 'bad-envelope'
      | 'bad-payload'
      | 'invalid-data'
      | 'unsigned'
      | 'bad-signature'
      | 'unknown-key',
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export function parseEnvelope(text: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError('not-json', 'The file is not valid JSON (it may be truncated).');
  }
  const parsed = v.safeParse(EnvelopeSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new FeedError(
      'bad-envelope',
      `The file is not a Designation Lens feed (${where || 'envelope'}: ${issue.message}).`,
    );
  }
  return parsed.output;
}

/** The dataset inside an envelope's payload, validated. */
export function readPayload(payload: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    throw new FeedError('bad-payload', 'The feed payload is not valid JSON.');
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const first = result.problems.slice(0, 3).map(describeProblem).join('; ');
    const more = result.problems.length > 3 ? ` (and ${result.problems.length - 3} more)` : '';
    throw new FeedError('invalid-data', `The feed's data is invalid: ${first}${more}.`);
  }
  return result.dataset;
}

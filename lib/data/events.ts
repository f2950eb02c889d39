import type { EventType } from './schema.ts';

/** Events that end or suspend a listing: a consequence dated after one never takes effect. */
export const BLOCKING_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'enjoined',
  'vacated',
  'removed',
  'superseded',
  'status-unclear',
]);

/** Events that open a listing period. */
export const OPENING_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['listed', 'relisted']);

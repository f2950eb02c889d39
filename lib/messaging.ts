/**
 * One typed protocol for every message between the extension's contexts. Each request has a
 * schema, checked by the background before it acts; each response type is declared here so
 * callers and handlers cannot drift apart.
 *
 * Senders: "content" messages come from our content scripts (a tab), "page" messages from our
 * own extension pages (popup, options); the background refuses anything else.
 */
import * as v from 'valibot';
import {
  EntitySchema,
  LIST_IDS,
  ProgramRulesSchema,
  type Entity,
  type ListId,
  type ProgramRules,
} from './data/schema.ts';
import { PACK_VERSION, type MatchPack } from './matcher/pack.ts';
import type { Severity } from './data/status.ts';

const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500));

export const RequestSchemas = {
  getMatchPack: v.strictObject({ type: v.literal('getMatchPack'), have: v.optional(v.number()) }),
  getEntities: v.strictObject({ type: v.literal('getEntities'), ids: Ids }),
  /** What this frame of the page contains now (replaces the frame's previous summary). */
  pageSummary: v.strictObject({
    type: v.literal('pageSummary'),
    entities: v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), v.maxLength(200)),
          count: v.pipe(v.number(), v.integer(), v.minValue(1)),
        }),
      ),
      v.maxLength(2000),
    ),
  }),
  /** The companies found on a tab, for the popup's page panel. */
  getPageSummary: v.strictObject({
    type: v.literal('getPageSummary'),
    tabId: v.pipe(v.number(), v.integer()),
  }),
  search: v.strictObject({
    type: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(300)),
  }),
} as const;

/** Who may send each request. */
export const SENDERS: Record<RequestType, readonly SenderRole[]> = {
  getMatchPack: ['content'],
  getEntities: ['content', 'page'],
  pageSummary: ['content'],
  getPageSummary: ['page'],
  search: ['page'],
};

export type RequestType = keyof typeof RequestSchemas;
type AnyRequest = { [K in RequestType]: v.InferOutput<(typeof RequestSchemas)[K]> }[RequestType];
export type Request<K extends RequestType = RequestType> = Extract<AnyRequest, { type: K }>;

/** What a program looks like outside the background: enough to describe a listing. */
export interface ProgramSummary {
  id: ListId;
  short_name: string;
  name: string;
  authority: string;
  rules: ProgramRules;
}

export interface DataInfo {
  datasetVersion: number;
  asOf: string;
  /** ISO instant of the last successful sync, or null (bundled data only). */
  lastSync: string | null;
}

/** How an entity is shown on pages today: its severity, or hidden (its lists are switched off). */
export type Display = Severity | 'hidden';

export interface MatchPackResponse extends DataInfo {
  /** Absent when the caller already has this dataset version. */
  pack?: MatchPack;
  /** Each entity's display today under the user's preferences, in pack.entities order. */
  display: Display[];
}

export interface PageSummaryEntry {
  id: string;
  name: string;
  /** Mentions on the page, over all its frames. */
  count: number;
  display: Display;
}

export interface PageSummaryResponse extends DataInfo {
  tabId: number;
  entities: PageSummaryEntry[];
}

export interface EntitiesResponse extends DataInfo {
  entities: Entity[];
  programs: ProgramSummary[];
}

export interface SearchHit {
  id: string;
  name: string;
  /** The string that matched the query, and what kind of string it is. */
  matched: string;
  field: 'name' | 'ticker' | 'isin';
  severity: Severity;
}

export interface SearchResponse extends DataInfo {
  query: string;
  hits: SearchHit[];
}

export interface Responses {
  getMatchPack: MatchPackResponse;
  getEntities: EntitiesResponse;
  pageSummary: Record<string, never>;
  getPageSummary: PageSummaryResponse;
  search: SearchResponse;
}

const SeveritySchema = v.picklist(['ban', 'listed', 'history']);
const DisplaySchema = v.picklist(['ban', 'listed', 'history', 'hidden']);
/** An array, checked as a whole (v.array would visit and copy every element). */
const AnyArray = v.custom<unknown[]>((x) => Array.isArray(x), 'is not an array');
const DataInfoEntries = {
  datasetVersion: v.number(),
  asOf: v.string(),
  lastSync: v.nullable(v.string()),
};

/**
 * Responses are checked too: a content script trusts nothing it did not validate, and a stale
 * background (after an update) may answer in an older shape.
 */
export const ResponseSchemas = {
  getMatchPack: v.object({
    ...DataInfoEntries,
    pack: v.optional(
      v.object({
        version: v.literal(PACK_VERSION),
        datasetVersion: v.number(),
        asOf: v.string(),
        entities: v.array(v.string()),
        alphabet: v.string(),
        fold: v.string(),
        automaton: v.object({
          states: v.number(),
          edgeStart: v.string(),
          edgeClass: v.string(),
          fail: v.string(),
          out: v.string(),
          term: v.string(),
        }),
        // The term tables hold thousands of entries: their shape is checked (arrays of one
        // length), not every element, which would cost a content script several milliseconds
        // on every page; a malformed element makes loading or matching throw.
        terms: v.pipe(
          v.object({ length: AnyArray, flags: AnyArray, variants: AnyArray, rules: AnyArray }),
          v.check(
            (t) =>
              t.flags.length === t.length.length &&
              t.variants.length === t.length.length &&
              t.rules.length === t.length.length,
            'term tables of different lengths',
          ),
        ),
        rules: v.array(
          v.object({
            id: v.string(),
            entity: v.number(),
            veto: v.array(v.string()),
            window: v.number(),
          }),
        ),
        legalForms: v.object({ latin: v.array(v.string()), cjk: v.array(v.string()) }),
      }),
    ),
    display: v.array(DisplaySchema),
  }),
  pageSummary: v.object({}),
  getPageSummary: v.object({
    ...DataInfoEntries,
    tabId: v.number(),
    entities: v.array(
      v.object({ id: v.string(), name: v.string(), count: v.number(), display: DisplaySchema }),
    ),
  }),
  getEntities: v.object({
    ...DataInfoEntries,
    entities: v.array(EntitySchema),
    programs: v.array(
      v.object({
        id: v.picklist(LIST_IDS),
        short_name: v.string(),
        name: v.string(),
        authority: v.string(),
        rules: ProgramRulesSchema,
      }),
    ),
  }),
  search: v.object({
    ...DataInfoEntries,
    query: v.string(),
    hits: v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        matched: v.string(),
        field: v.picklist(['name', 'ticker', 'isin']),
        severity: SeveritySchema,
      }),
    ),
  }),
} satisfies Record<RequestType, v.GenericSchema>;

export type Reply<K extends RequestType> =
  { ok: true; value: Responses[K] } | { ok: false; error: string };

/**
 * Messages the background sends to every tab's content scripts (tabs.sendMessage). They carry
 * no reply; receivers check that the sender is this extension.
 */
export const BroadcastSchemas = {
  /** A new dataset was installed: reload the match pack and re-mark the page. */
  datasetChanged: v.strictObject({ type: v.literal('datasetChanged'), datasetVersion: v.number() }),
  /** The keyboard command (Alt+Shift+L): move to the next mark and open its popover. */
  nextMark: v.strictObject({ type: v.literal('nextMark') }),
} as const;

export type Broadcast = v.InferOutput<(typeof BroadcastSchemas)[keyof typeof BroadcastSchemas]>;

export function parseBroadcast(message: unknown): Broadcast | null {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in BroadcastSchemas)) return null;
  const parsed = v.safeParse(BroadcastSchemas[type as keyof typeof BroadcastSchemas], message);
  return parsed.success ? parsed.output : null;
}

export type SenderRole = 'content' | 'page';

/** The fields of a runtime.MessageSender that decide who is talking. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Our extension pages send from our own URL (even when open in a tab); our content scripts
 * send from a web page's tab. Anything else (another extension, a missing id) is refused.
 */
export function senderRole(
  sender: SenderInfo,
  extensionId: string,
  extensionBase: string,
): SenderRole | null {
  if (!extensionId || sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionBase)) return 'page';
  if (sender.tab) return 'content';
  return null;
}

export function parseRequest(message: unknown): Request | null {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in RequestSchemas)) return null;
  const parsed = v.safeParse(RequestSchemas[type as RequestType], message);
  return parsed.success ? (parsed.output as Request) : null;
}

/** The browser's sendMessage, passed in so that callers and tests choose the transport. */
export type SendMessage = (message: unknown) => Promise<unknown>;

/** The value of a reply to `type`, checked against the protocol; throws with what was wrong. */
export function checkReply<K extends RequestType>(type: K, raw: unknown): Responses[K] {
  const reply = raw as Reply<K> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  const checked = v.safeParse(ResponseSchemas[type], reply.value);
  if (!checked.success) throw new Error(`malformed reply to ${type}: ${checked.issues[0].message}`);
  return reply.value;
}

export async function request<M extends AnyRequest>(
  send: SendMessage,
  message: M,
): Promise<Responses[M['type']]> {
  return checkReply<M['type']>(message.type, await send(message));
}

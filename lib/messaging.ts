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
import type { ChangeItem } from './data/change-items.ts';
import { MATCH_HOWS, SEARCH_FIELDS, type SearchHit } from './data/search.ts';
import { SYNC_ERROR_CODES, type SyncError, type SyncResult } from './data/sync-state.ts';
import { EVENT_TYPES } from './data/schema.ts';
import { FeedUrlSchema } from './settings/feed.ts';

/** What a card needs of a list's program (see ProgramSummary). */
const ProgramSummarySchema = v.object({
  id: v.picklist(LIST_IDS),
  short_name: v.string(),
  name: v.string(),
  authority: v.string(),
  rules: ProgramRulesSchema,
});
import { MAX_HOLDINGS } from './watchlist/portfolio.ts';
import type { Resolution } from './watchlist/resolve.ts';

const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500));

// --- Screening a portfolio (the watchlist screen): the holdings as read, and for each one the
// company it is (or may be), with the cards of those companies and the programs. ---
const HoldingText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));
const ScreenRequestSchema = v.strictObject({
  type: v.literal('screen'),
  holdings: v.pipe(
    v.array(
      v.strictObject({
        symbol: HoldingText(100),
        isin: HoldingText(40),
        name: HoldingText(300),
        exchange: HoldingText(60),
        query: HoldingText(300),
      }),
    ),
    v.maxLength(MAX_HOLDINGS),
  ),
});
export interface ScreenResponse extends DataInfo {
  /** One per holding, in the order sent. */
  results: Resolution[];
  /** Every company a result names (matches and candidates). */
  entities: Entity[];
  programs: ProgramSummary[];
}
const EvidenceSchema = v.object({
  id: v.string(),
  by: v.picklist(['isin', 'ticker', 'name']),
  matched: v.string(),
  status: v.optional(v.picklist(['delisted', 'unconfirmed'])),
});
const ScreenResponseSchema = v.object({
  datasetVersion: v.number(),
  asOf: v.string(),
  lastSync: v.nullable(v.string()),
  results: v.array(
    v.variant('kind', [
      v.object({ kind: v.literal('match'), ...EvidenceSchema.entries }),
      v.object({ kind: v.literal('possible'), candidates: v.array(EvidenceSchema) }),
      v.object({ kind: v.literal('none') }),
    ]),
  ),
  entities: v.array(EntitySchema),
  programs: v.array(ProgramSummarySchema),
});
// --- end of screening ---

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
  /** The options page: the data's version, the feed, and how the last syncs went. */
  getSyncState: v.strictObject({ type: v.literal('getSyncState') }),
  /** "Sync now": answers when the sync has finished, with its result. */
  syncNow: v.strictObject({ type: v.literal('syncNow') }),
  getChangeLog: v.strictObject({
    type: v.literal('getChangeLog'),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  }),
  /**
   * A mirror's address, or null for the default feed. The page asks for the origin's
   * permission first (permissions.request needs the user's click); the background checks it.
   */
  setFeedUrl: v.strictObject({ type: v.literal('setFeedUrl'), url: v.nullable(FeedUrlSchema) }),
  /** Back to the previous dataset (kept by the last update). */
  rollbackDataset: v.strictObject({ type: v.literal('rollbackDataset') }),
  screen: ScreenRequestSchema,
} as const;

/** Who may send each request. */
export const SENDERS: Record<RequestType, readonly SenderRole[]> = {
  getMatchPack: ['content'],
  getEntities: ['content', 'page'],
  pageSummary: ['content'],
  getPageSummary: ['page'],
  search: ['page'],
  // Sync and feed settings: our own pages only; a web page's content script never drives them.
  getSyncState: ['page'],
  syncNow: ['page'],
  getChangeLog: ['page'],
  setFeedUrl: ['page'],
  rollbackDataset: ['page'],
  // Holdings are the user's own: only our pages send them, and they never leave the browser.
  screen: ['page'],
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
  /** The lists it is shown for under the user's preferences, worst first. */
  lists: { list: ListId; severity: Severity }[];
}

/**
 * Whether the extension reads the tab at all: it does ("scanned"); the user turned it off
 * there ("off": paused everywhere, the site disabled, or not among the chosen sites); the
 * browser does not let extensions in ("restricted": browser pages, extension stores); or no
 * content script answers ("unreachable": opened before the extension was installed or
 * updated, still loading, or a page the browser closes to extensions without saying which);
 * or the tab no longer exists ("gone").
 */
export type PageState =
  | { kind: 'scanned'; host: string; reading: boolean }
  | { kind: 'off'; host: string; reason: OffReason }
  | { kind: 'restricted' }
  | { kind: 'unreachable' }
  | { kind: 'gone' };

export type OffReason = 'paused' | 'site-disabled' | 'not-chosen';

export interface PageSummaryResponse extends DataInfo {
  tabId: number;
  page: PageState;
  /** The lists the page was marked for (the others are switched off in the options). */
  searched: ListId[];
  /** Whether listings that ended are shown. */
  showHistory: boolean;
  entities: PageSummaryEntry[];
}

export interface EntitiesResponse extends DataInfo {
  entities: Entity[];
  programs: ProgramSummary[];
}

export type { SearchHit } from './data/search.ts';

export interface SearchResponse extends DataInfo {
  query: string;
  hits: SearchHit[];
}

export interface SyncStatusResponse {
  dataset: {
    version: number;
    asOf: string;
    source: 'bundled' | 'feed';
    /** ISO instant. */
    installedAt: string;
  };
  /** The dataset kept for rollback, if any. */
  previous: { version: number; asOf: string } | null;
  feed: {
    url: string;
    defaultUrl: string;
    /** A mirror chosen by the user. */
    custom: boolean;
  };
  /** A sync is running now (in this worker). */
  running: boolean;
  intervalHours: number;
  lastAttempt: { startedAt: string; finishedAt?: string; result?: SyncResult } | null;
  lastSuccess: {
    at: string;
    result: Extract<SyncResult, { kind: 'updated' | 'up-to-date' }>;
  } | null;
  lastError: { at: string; error: SyncError } | null;
  /** What the request itself did (syncNow: the sync's result). */
  result?: SyncResult;
}

export interface ChangeLogEntry {
  id: number;
  /** ISO instant of installation. */
  at: string;
  source: 'bundled' | 'feed' | 'rollback';
  from: { version: number; asOf: string };
  to: { version: number; asOf: string };
  items: ChangeItem[];
  more: number;
  detailsChanged: number;
  programsChanged: ListId[];
  matchingChanged: boolean;
}

export interface ChangeLogResponse {
  entries: ChangeLogEntry[];
}

export interface Responses {
  getMatchPack: MatchPackResponse;
  getEntities: EntitiesResponse;
  pageSummary: Record<string, never>;
  getPageSummary: PageSummaryResponse;
  search: SearchResponse;
  getSyncState: SyncStatusResponse;
  syncNow: SyncStatusResponse;
  getChangeLog: ChangeLogResponse;
  setFeedUrl: SyncStatusResponse;
  rollbackDataset: SyncStatusResponse;
  screen: ScreenResponse;
}

const SeveritySchema = v.picklist(['ban', 'listed', 'history']);
const DisplaySchema = v.picklist(['ban', 'listed', 'history', 'hidden']);
const OffReasonSchema = v.picklist(['paused', 'site-disabled', 'not-chosen']);
/** The top frame's answer to "presence": marking the page, or why not. */
export const PresenceReplySchema = v.variant('kind', [
  // reading: the first scan has not finished yet, so the summary is not complete.
  v.object({ kind: v.literal('scanned'), host: v.string(), reading: v.boolean() }),
  v.object({ kind: v.literal('off'), host: v.string(), reason: OffReasonSchema }),
]);
const PageStateSchema = v.variant('kind', [
  ...PresenceReplySchema.options,
  v.object({ kind: v.literal('restricted') }),
  v.object({ kind: v.literal('unreachable') }),
  v.object({ kind: v.literal('gone') }),
]);
/** An array, checked as a whole (v.array would visit and copy every element). */
const AnyArray = v.custom<unknown[]>((x) => Array.isArray(x), 'is not an array');
const DataInfoEntries = {
  datasetVersion: v.number(),
  asOf: v.string(),
  lastSync: v.nullable(v.string()),
};

const SyncErrorEntries = {
  code: v.picklist(SYNC_ERROR_CODES),
  status: v.optional(v.number()),
  feedVersion: v.optional(v.number()),
  haveVersion: v.optional(v.number()),
  detail: v.optional(v.string()),
};
const SyncSuccessSchema = v.variant('kind', [
  v.object({
    kind: v.literal('updated'),
    from: v.nullable(v.number()),
    to: v.number(),
    asOf: v.string(),
  }),
  v.object({
    kind: v.literal('up-to-date'),
    version: v.number(),
    asOf: v.string(),
    heldBack: v.optional(v.number()),
  }),
]);
const SyncResultSchema = v.variant('kind', [
  ...SyncSuccessSchema.options,
  v.object({ kind: v.literal('failed'), ...SyncErrorEntries }),
]);
const SyncStatusSchema = v.object({
  dataset: v.object({
    version: v.number(),
    asOf: v.string(),
    source: v.picklist(['bundled', 'feed']),
    installedAt: v.string(),
  }),
  previous: v.nullable(v.object({ version: v.number(), asOf: v.string() })),
  feed: v.object({ url: v.string(), defaultUrl: v.string(), custom: v.boolean() }),
  running: v.boolean(),
  intervalHours: v.number(),
  lastAttempt: v.nullable(
    v.object({
      startedAt: v.string(),
      finishedAt: v.optional(v.string()),
      result: v.optional(SyncResultSchema),
    }),
  ),
  lastSuccess: v.nullable(v.object({ at: v.string(), result: SyncSuccessSchema })),
  lastError: v.nullable(v.object({ at: v.string(), error: v.object(SyncErrorEntries) })),
  result: v.optional(SyncResultSchema),
});

const ListIdSchema = v.picklist(LIST_IDS);
const EventTypeSchema = v.picklist(EVENT_TYPES);
const Who = { id: v.string(), name: v.string() };
const ChangeItemSchema = v.variant('kind', [
  v.object({ ...Who, kind: v.literal('company-added'), lists: v.array(ListIdSchema) }),
  v.object({ ...Who, kind: v.literal('company-removed') }),
  v.object({ ...Who, kind: v.literal('listing-added'), list: ListIdSchema, date: v.string() }),
  v.object({ ...Who, kind: v.literal('listing-removed'), list: ListIdSchema, date: v.string() }),
  v.object({
    ...Who,
    kind: v.literal('event-added'),
    list: ListIdSchema,
    event: EventTypeSchema,
    date: v.string(),
  }),
  v.object({
    ...Who,
    kind: v.literal('event-removed'),
    list: ListIdSchema,
    event: EventTypeSchema,
    date: v.string(),
  }),
  v.object({
    ...Who,
    kind: v.literal('date-changed'),
    list: ListIdSchema,
    event: EventTypeSchema,
    from: v.string(),
    to: v.string(),
  }),
  v.object({ ...Who, kind: v.literal('names-changed') }),
]);
const VersionSchema = v.object({ version: v.number(), asOf: v.string() });

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
    page: PageStateSchema,
    searched: v.array(v.picklist(LIST_IDS)),
    showHistory: v.boolean(),
    entities: v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        count: v.number(),
        display: DisplaySchema,
        lists: v.array(v.object({ list: v.picklist(LIST_IDS), severity: SeveritySchema })),
      }),
    ),
  }),
  getEntities: v.object({
    ...DataInfoEntries,
    entities: v.array(EntitySchema),
    programs: v.array(ProgramSummarySchema),
  }),
  search: v.object({
    ...DataInfoEntries,
    query: v.string(),
    hits: v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        matched: v.string(),
        field: v.picklist(SEARCH_FIELDS),
        how: v.picklist(MATCH_HOWS),
        severity: SeveritySchema,
      }),
    ),
  }),
  getSyncState: SyncStatusSchema,
  syncNow: SyncStatusSchema,
  setFeedUrl: SyncStatusSchema,
  rollbackDataset: SyncStatusSchema,
  screen: ScreenResponseSchema,
  getChangeLog: v.object({
    entries: v.array(
      v.object({
        id: v.number(),
        at: v.string(),
        source: v.picklist(['bundled', 'feed', 'rollback']),
        from: VersionSchema,
        to: VersionSchema,
        items: v.array(ChangeItemSchema),
        more: v.number(),
        detailsChanged: v.number(),
        programsChanged: v.array(ListIdSchema),
        matchingChanged: v.boolean(),
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
  /** From the popup's page panel: scroll to the first mark of this company and open its popover. */
  showEntity: v.strictObject({
    type: v.literal('showEntity'),
    id: v.pipe(v.string(), v.maxLength(200)),
  }),
  /** From the background: is a content script running in this frame, and does it mark? */
  presence: v.strictObject({ type: v.literal('presence') }),
} as const;

export type PresenceReply = v.InferOutput<typeof PresenceReplySchema>;

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

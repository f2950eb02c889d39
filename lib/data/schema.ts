/**
 * The project's dataset schema, checked at run time wherever data crosses a boundary: the feed
 * compiler (data/ -> snapshot), the background (bundled snapshot, downloaded feed) and messages.
 *
 * History is stored as dated events per listing; status is never stored but derived from the
 * events and a date (lib/data/status.ts).
 */
import * as v from 'valibot';
import { isIsoDate } from './dates.ts';
import { isValidIsin } from './isin.ts';

export const LIST_IDS = ['dod-1237', 'ofac-ns-cmic', 'dod-1260h'] as const;
export type ListId = (typeof LIST_IDS)[number];

export const EVENT_TYPES = [
  'listed',
  'purchase-ban-scheduled',
  'purchase-ban-effective',
  'enjoined',
  'vacated',
  'removed',
  'superseded',
  'relisted',
  'divestment-window-end',
  'status-unclear',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How a name may be used: matched in pages (always or only in its exact case) or shown only. */
export const NAME_MATCH = ['match', 'case-sensitive', 'display-only', 'unverified'] as const;
export type NameMatch = (typeof NAME_MATCH)[number];

export const NAME_KINDS = [
  'primary',
  'alias',
  'legal',
  'security',
  'short',
  'former',
  'as-reported',
  'unverified',
] as const;

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
// Most sources are URLs; a few are citations of a file ("OFAC consolidated non-SDN list ...").
const Source = Text;
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'));
export const IsoDateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, (issue) => `is not a calendar date (YYYY-MM-DD): ${String(issue.input)}`),
);
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a lower-case slug'));

export const EventSchema = v.strictObject({
  type: v.picklist(EVENT_TYPES),
  date: IsoDateSchema,
  note: v.optional(Text),
  sources: v.optional(Sources),
});

export const ListingSchema = v.strictObject({
  list: v.picklist(LIST_IDS),
  listed_names: v.pipe(v.array(Text), v.minLength(1)),
  authority: Text,
  legal_basis: Text,
  confidence: v.picklist(['high', 'medium', 'low']),
  events: v.pipe(v.array(EventSchema), v.minLength(1)),
  notes: v.optional(Text),
  sources: Sources,
});

export const NameSchema = v.strictObject({
  value: Text,
  kind: v.picklist(NAME_KINDS),
  lang: v.picklist(['en', 'zh-Hans', 'zh-Hant']),
  match: v.picklist(NAME_MATCH),
  reason: v.optional(Text),
  sources: v.optional(Sources),
  evidence: v.optional(Text),
  note: v.optional(Text),
  same_in_other_script: v.optional(v.boolean()),
});

export const TickerSchema = v.strictObject({
  exchange: v.pipe(v.string(), v.regex(/^[A-Z]{2,6}$/, 'is not an exchange code')),
  symbol: v.pipe(v.string(), v.regex(/^[A-Z0-9.]{1,12}$/, 'is not a ticker symbol')),
  symbol_as_published: v.optional(Text),
  country: v.optional(Text),
  type: v.optional(Text),
  board: v.optional(Text),
  /** delisted: no longer trades there (kept: old pages still name it); unconfirmed: not checked. */
  status: v.optional(v.picklist(['delisted', 'unconfirmed'])),
  status_note: v.optional(Text),
  note: v.optional(Text),
  exchange_rule: v.optional(Text),
  /** Spellings seen on quote pages: hints only; the matcher builds its own qualified forms. */
  forms: v.optional(v.array(Text)),
  sources: Sources,
});

const Isin = v.pipe(
  v.string(),
  v.check(isValidIsin, (issue) => `is not a valid ISIN (check digit): ${String(issue.input)}`),
);

export const EntitySchema = v.strictObject({
  id: Id,
  name: Text,
  names: v.pipe(v.array(NameSchema), v.minLength(1)),
  tickers: v.array(TickerSchema),
  isins: v.array(v.strictObject({ value: Isin, sources: Sources })),
  isins_rejected: v.optional(v.array(v.strictObject({ value: Text, reason: Text }))),
  identifiers: v.optional(
    v.strictObject({
      ofac_ent_num: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'is not a number'))),
      uscc: v.optional(
        v.pipe(v.string(), v.regex(/^[0-9A-Z]{18}$/, 'is not an 18-character USCC')),
      ),
      lei: v.optional(v.pipe(v.string(), v.regex(/^[0-9A-Z]{20}$/, 'is not a 20-character LEI'))),
      other: v.optional(v.array(Text)),
    }),
  ),
  parent: v.optional(Id),
  related: v.optional(v.array(Id)),
  ofac_linked_to: v.optional(v.array(Text)),
  notes: v.optional(v.array(Text)),
  listings: v.pipe(v.array(ListingSchema), v.minLength(1)),
});

const DatedText = v.strictObject({ date: IsoDateSchema, event: Text });

const DeadlineRule = v.strictObject({
  /** Listings made on or before this date share one fixed date (the executive order's). */
  fixed: v.strictObject({ listed_on_or_before: IsoDateSchema, date: IsoDateSchema }),
  /** Later listings: this many days after the listing date. */
  days_after_listing: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const ProgramRulesSchema = v.strictObject({
  investment_ban: v.boolean(),
  ended: v.optional(v.strictObject({ date: IsoDateSchema, by: Text })),
  purchase_ban: v.optional(DeadlineRule),
  divestment: v.optional(DeadlineRule),
  procurement: v.optional(
    v.strictObject({
      enacted: IsoDateSchema,
      direct_from: IsoDateSchema,
      indirect_from: IsoDateSchema,
    }),
  ),
});

export const ProgramSchema = v.strictObject({
  id: v.picklist(LIST_IDS),
  short_name: Text,
  name: Text,
  status: Text,
  authority: Text,
  ofac_program_tag: v.optional(Text),
  legal_basis: v.array(Text),
  designation_criteria: v.optional(Text),
  what_it_prohibits: Text,
  /** The rules as the sources state them, in prose; `rules` is their structured form. */
  deadline_rules: v.record(v.string(), v.union([Text, v.array(Text)])),
  rules: ProgramRulesSchema,
  key_dates: v.array(DatedText),
  editions: v.optional(
    v.array(
      v.strictObject({
        date: Text,
        size: v.optional(v.number()),
        added: v.optional(v.number()),
        removed: v.optional(v.number()),
        note: Text,
        sources: Sources,
      }),
    ),
  ),
  court_cases: v.optional(v.array(v.strictObject({ case: Text, outcome: Text, sources: Sources }))),
  counts: v.optional(v.record(v.string(), v.union([v.number(), Text]))),
  related_legislation_context: v.optional(v.array(Text)),
  sources: Sources,
});

/**
 * The general part of the alias policy (per-name verdicts live on the names themselves).
 * See docs/alias-policy.md.
 */
export const AliasPolicySchema = v.strictObject({
  /** Trailing legal forms: stripped to find a name's core, and absorbed after a match. */
  legal_forms: v.strictObject({ latin: v.array(Text), cjk: v.array(Text) }),
  /** Cores that are too generic to match on their own ("China Construction", "Panda"). */
  generic_cores: v.array(Text),
  /** A derived core needs at least this many letters (Latin) or characters (CJK). */
  min_core_length: v.strictObject({ latin: v.number(), cjk: v.number() }),
});

export const ContextRuleSchema = v.strictObject({
  id: Id,
  /** The entity whose terms the rule applies to; all of them unless `terms` narrows it. */
  entity: Id,
  terms: v.optional(v.array(Text)),
  /** A match is dropped when one of these appears within `window` characters of it. */
  veto: v.pipe(v.array(Text), v.minLength(1)),
  window: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
  reason: Text,
  /** Examples the unit tests run: the rule must keep the first and drop the second. */
  examples: v.strictObject({
    keep: v.pipe(v.array(Text), v.minLength(1)),
    drop: v.pipe(v.array(Text), v.minLength(1)),
  }),
});

export const FORMAT_VERSION = 1;

export const DatasetSchema = v.strictObject({
  format: v.literal(FORMAT_VERSION),
  dataset_version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  as_of: IsoDateSchema,
  programs: v.pipe(v.array(ProgramSchema), v.length(LIST_IDS.length)),
  entities: v.array(EntitySchema),
  alias_policy: AliasPolicySchema,
  context_rules: v.array(ContextRuleSchema),
  /** Traditional -> simplified characters for the CJK characters the names use. */
  zh_fold: v.record(v.string(), v.string()),
});

export type DatedEvent = v.InferOutput<typeof EventSchema>;
export type Listing = v.InferOutput<typeof ListingSchema>;
export type EntityName = v.InferOutput<typeof NameSchema>;
export type Ticker = v.InferOutput<typeof TickerSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type ProgramRules = v.InferOutput<typeof ProgramRulesSchema>;
export type Program = v.InferOutput<typeof ProgramSchema>;
export type AliasPolicy = v.InferOutput<typeof AliasPolicySchema>;
export type ContextRule = v.InferOutput<typeof ContextRuleSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

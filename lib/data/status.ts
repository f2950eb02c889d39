/**
 * Status is computed, never stored: given an entity, the programs' rules and a date, this
 * derives for each list the status and every dated consequence (purchase ban, divestment
 * deadline, DoD procurement bans), as structured values the UI turns into words.
 */
import { addDays, dayNumber, type IsoDate } from './dates.ts';
import type {
  DatedEvent,
  Entity,
  EventType,
  ListId,
  Listing,
  Program,
  ProgramRules,
} from './schema.ts';
import { BLOCKING_EVENTS, OPENING_EVENTS } from './events.ts';

export type ListState =
  'active' | 'pending' | 'enjoined' | 'vacated' | 'removed' | 'superseded' | 'unclear';

/** ban: an investment ban is (or is about to be) in force; listed: another live listing; history: ended. */
export type Severity = 'ban' | 'listed' | 'history';
export const SEVERITY_RANK: Record<Severity, number> = { history: 0, listed: 1, ban: 2 };

export type ConsequenceKind =
  'purchase-ban' | 'divestment-deadline' | 'procurement-direct' | 'procurement-indirect';

export interface EventRef {
  type: EventType;
  date: IsoDate;
}

export interface Consequence {
  kind: ConsequenceKind;
  date: IsoDate;
  /** date - today, in days: negative in the past. */
  days: number;
  relation: 'past' | 'today' | 'future';
  /** took-effect: the date arrived with the listing in force; never: an event stopped it first. */
  outcome: 'took-effect' | 'pending' | 'never';
  /** The event that stopped it (outcome "never"). */
  blockedBy?: EventRef;
  /** The event that later ended a consequence that had taken effect. */
  endedBy?: EventRef;
  /** True when the date was calculated (listing date + N days) rather than read from a source. */
  computed: boolean;
  /** event: the dataset states the date for this listing; rule: the program's rule gives it. */
  basis: 'event' | 'rule';
  /** The date was stated as scheduled (announced, never confirmed to take effect). */
  scheduled: boolean;
}

export interface ListingStatus {
  listing: Listing;
  state: ListState;
  /** The event that set the state (or the first listing for "pending"). */
  since: EventRef;
  listedOn: IsoDate;
  consequences: Consequence[];
}

export interface ListStatus {
  list: ListId;
  state: ListState;
  since: EventRef;
  severity: Severity;
  /** The listing that decides the state: the most recent one on this list. */
  current: ListingStatus;
  /** Every listing on this list, oldest first (Luokung was listed twice under 1237). */
  listings: ListingStatus[];
}

export interface EntityStatus {
  today: IsoDate;
  severity: Severity;
  lists: ListStatus[];
}

const STATE_OF: Partial<Record<EventType, ListState>> = {
  listed: 'active',
  relisted: 'active',
  enjoined: 'enjoined',
  vacated: 'vacated',
  removed: 'removed',
  superseded: 'superseded',
  'status-unclear': 'unclear',
};

const LIST_ORDER: Record<ListId, number> = { 'ofac-ns-cmic': 0, 'dod-1260h': 1, 'dod-1237': 2 };

/** The lists in the order every screen shows them: the one with an investment ban first. */
export const LISTS_IN_ORDER: readonly ListId[] = (Object.keys(LIST_ORDER) as ListId[]).sort(
  (a, b) => LIST_ORDER[a] - LIST_ORDER[b],
);

function ref(e: DatedEvent): EventRef {
  return { type: e.type, date: e.date };
}

function relationOf(days: number): Consequence['relation'] {
  return days < 0 ? 'past' : days === 0 ? 'today' : 'future';
}

/** Listing state on a date: the last state-changing event on or before it. */
function listingState(events: DatedEvent[], today: IsoDate): { state: ListState; since: EventRef } {
  let state: ListState = 'pending';
  let since = ref(events[0]!);
  for (const e of events) {
    if (e.date > today) break;
    const next = STATE_OF[e.type];
    if (next) {
      state = next;
      since = ref(e);
    }
  }
  return { state, since };
}

interface DatedConsequence {
  kind: ConsequenceKind;
  date: IsoDate;
  computed: boolean;
  basis: 'event' | 'rule';
  scheduled: boolean;
}

function fromRule(
  kind: ConsequenceKind,
  rule: ProgramRules['purchase_ban'],
  listedOn: IsoDate,
): DatedConsequence | undefined {
  if (!rule) return undefined;
  if (listedOn <= rule.fixed.listed_on_or_before) {
    return { kind, date: rule.fixed.date, computed: false, basis: 'rule', scheduled: false };
  }
  return {
    kind,
    date: addDays(listedOn, rule.days_after_listing),
    computed: true,
    basis: 'rule',
    scheduled: false,
  };
}

/** The dated consequences of one listing, before judging whether they took effect. */
function datedConsequences(listing: Listing, rules: ProgramRules): DatedConsequence[] {
  const listedOn = listing.events[0]!.date;
  const out: DatedConsequence[] = [];
  if (rules.investment_ban) {
    const ban = listing.events.find(
      (e) => e.type === 'purchase-ban-effective' || e.type === 'purchase-ban-scheduled',
    );
    out.push(
      ...(ban
        ? [
            {
              kind: 'purchase-ban' as const,
              date: ban.date,
              computed: false,
              basis: 'event' as const,
              scheduled: ban.type === 'purchase-ban-scheduled',
            },
          ]
        : [fromRule('purchase-ban', rules.purchase_ban, listedOn)].filter((c) => c !== undefined)),
    );
    const divest = listing.events.find((e) => e.type === 'divestment-window-end');
    out.push(
      ...(divest
        ? [
            {
              kind: 'divestment-deadline' as const,
              date: divest.date,
              computed: false,
              basis: 'event' as const,
              scheduled: false,
            },
          ]
        : [fromRule('divestment-deadline', rules.divestment, listedOn)].filter(
            (c) => c !== undefined,
          )),
    );
  }
  const procurement = rules.procurement;
  if (procurement) {
    const last = listing.events[listing.events.length - 1]!;
    // Listings that ended before Section 805 was enacted never faced its bans: nothing to say.
    const endedBeforeLaw = BLOCKING_EVENTS.has(last.type) && last.date < procurement.enacted;
    if (!endedBeforeLaw) {
      for (const [kind, from] of [
        ['procurement-direct', procurement.direct_from],
        ['procurement-indirect', procurement.indirect_from],
      ] as const) {
        // A company listed after a ban's start date is covered from its listing.
        const date = listedOn > from ? listedOn : from;
        out.push({ kind, date, computed: false, basis: 'rule', scheduled: false });
      }
    }
  }
  return out;
}

function judge(c: DatedConsequence, events: DatedEvent[], today: IsoDate): Consequence {
  const days = dayNumber(c.date) - dayNumber(today);
  // The consequence belongs to the listing period that was open on its date: the last
  // "listed"/"relisted" on or before it (Hesai was removed and relisted the same day).
  let start = 0;
  events.forEach((e, i) => {
    if (OPENING_EVENTS.has(e.type) && e.date <= c.date) start = i;
  });
  const known = events.filter(
    (e, i) => i > start && e.date <= today && BLOCKING_EVENTS.has(e.type),
  );
  const blocker = known.find((e) => e.date <= c.date);
  const base = { ...c, days, relation: relationOf(days) };
  if (blocker) return { ...base, outcome: 'never', blockedBy: ref(blocker) };
  if (days > 0) return { ...base, outcome: 'pending' };
  const ender = known.find((e) => e.date > c.date);
  return ender
    ? { ...base, outcome: 'took-effect', endedBy: ref(ender) }
    : { ...base, outcome: 'took-effect' };
}

/** What the status function needs of a program: its id and its deadline rules. */
export type ProgramRulesView = Pick<Program, 'id' | 'rules'>;

export function listingStatus(
  listing: Listing,
  program: ProgramRulesView,
  today: IsoDate,
): ListingStatus {
  const { state, since } = listingState(listing.events, today);
  const consequences = datedConsequences(listing, program.rules)
    .map((c) => judge(c, listing.events, today))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { listing, state, since, listedOn: listing.events[0]!.date, consequences };
}

function severityOf(state: ListState, program: ProgramRulesView): Severity {
  if (state === 'active' || state === 'pending')
    return program.rules.investment_ban ? 'ban' : 'listed';
  if (state === 'enjoined') return 'listed';
  return 'history';
}

export function worstSeverity(severities: Iterable<Severity>): Severity {
  let worst: Severity = 'history';
  for (const s of severities) if (SEVERITY_RANK[s] > SEVERITY_RANK[worst]) worst = s;
  return worst;
}

/**
 * The one status function: for each list an entity is (or was) on, its state on `today`,
 * and every dated consequence with whether it took effect.
 */
export function entityStatus(
  entity: Entity,
  programs: readonly ProgramRulesView[],
  today: IsoDate,
): EntityStatus {
  const byId = new Map(programs.map((p) => [p.id, p]));
  const grouped = new Map<ListId, ListingStatus[]>();
  for (const listing of entity.listings) {
    const program = byId.get(listing.list);
    if (!program) continue;
    const status = listingStatus(listing, program, today);
    grouped.set(listing.list, [...(grouped.get(listing.list) ?? []), status]);
  }
  const lists: ListStatus[] = [];
  for (const [list, listings] of grouped) {
    listings.sort((a, b) => (a.listedOn < b.listedOn ? -1 : a.listedOn > b.listedOn ? 1 : 0));
    const current = listings[listings.length - 1]!;
    lists.push({
      list,
      state: current.state,
      since: current.since,
      severity: severityOf(current.state, byId.get(list)!),
      current,
      listings,
    });
  }
  // Live listings first, then by how much a list restricts.
  lists.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      LIST_ORDER[a.list] - LIST_ORDER[b.list],
  );
  return { today, severity: worstSeverity(lists.map((l) => l.severity)), lists };
}

/**
 * Validates a dataset: the schema first, then the rules a schema cannot express (unique ids,
 * references, the order of events). Every problem names the entity and the field, so a
 * maintainer can fix data/ without reading code.
 */
import * as v from 'valibot';
import { dayNumber } from './dates.ts';
import { BLOCKING_EVENTS } from './events.ts';
import { DatasetSchema, type Dataset, type Entity } from './schema.ts';

export interface DataProblem {
  /** Entity id when the problem is inside an entity. */
  entity?: string;
  /** Dotted path to the field, e.g. `entities[12].listings[0].events[2].date`. */
  field: string;
  message: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

function pathOf(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

function entityIdAt(input: unknown, path: (string | number)[]): string | undefined {
  if (path[0] !== 'entities' || typeof path[1] !== 'number') return undefined;
  const entities = (input as { entities?: unknown[] }).entities;
  const entity = entities?.[path[1]] as { id?: unknown } | undefined;
  return typeof entity?.id === 'string' ? entity.id : `#${path[1]}`;
}

export function describeProblem(p: DataProblem): string {
  return p.entity ? `entity "${p.entity}", ${p.field}: ${p.message}` : `${p.field}: ${p.message}`;
}

export function validateDataset(input: unknown): ValidationResult {
  const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => {
      const path = pathOf(issue);
      const entity = entityIdAt(input, path);
      return {
        ...(entity ? { entity } : {}),
        field: formatPath(path) || '(root)',
        message: issue.message,
      };
    });
    return { ok: false, problems };
  }
  const problems = checkConsistency(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.output };
}

function checkConsistency(data: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Map<string, number>();
  data.entities.forEach((e, i) => {
    if (ids.has(e.id)) {
      problems.push({
        entity: e.id,
        field: `entities[${i}].id`,
        message: `duplicate of entities[${ids.get(e.id)}]`,
      });
    }
    ids.set(e.id, i);
  });
  const programIds = new Set(data.programs.map((p) => p.id));
  if (programIds.size !== data.programs.length) {
    problems.push({ field: 'programs', message: 'a program id appears twice' });
  }
  data.entities.forEach((e, i) => problems.push(...checkEntity(e, `entities[${i}]`, ids)));
  data.context_rules.forEach((rule, i) => {
    if (!ids.has(rule.entity)) {
      problems.push({ field: `context_rules[${i}].entity`, message: `no entity "${rule.entity}"` });
    }
  });
  return problems;
}

function checkEntity(e: Entity, at: string, ids: Map<string, number>): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ entity: e.id, field: `${at}.${field}`, message });

  if (e.parent && !ids.has(e.parent)) problem('parent', `no entity "${e.parent}"`);
  if (e.parent === e.id) problem('parent', 'an entity cannot be its own parent');
  e.related?.forEach((r, j) => {
    if (!ids.has(r)) problem(`related[${j}]`, `no entity "${r}"`);
  });
  if (e.names[0]?.kind !== 'primary' || e.names[0].value !== e.name) {
    problem('names[0]', 'must be the primary name, equal to `name`');
  }
  const seen = new Set<string>();
  e.names.forEach((n, j) => {
    const key = `${n.lang}\u0000${n.value}`;
    if (seen.has(key)) problem(`names[${j}]`, `"${n.value}" appears twice`);
    seen.add(key);
  });
  e.listings.forEach((listing, j) => {
    const events = listing.events;
    events.forEach((ev, k) => {
      const prev = events[k - 1];
      if (prev && dayNumber(prev.date) > dayNumber(ev.date)) {
        problem(
          `listings[${j}].events[${k}].date`,
          `events must be in date order (${ev.date} follows ${prev.date})`,
        );
      }
    });
    if (events[0]?.type !== 'listed')
      problem(`listings[${j}].events[0].type`, 'the first event must be "listed"');
    events.forEach((ev, k) => {
      if (k > 0 && ev.type === 'listed') {
        problem(`listings[${j}].events[${k}].type`, 'a second "listed" must be "relisted"');
      }
      if (ev.type !== 'purchase-ban-effective') return;
      // A ban cannot have taken effect after the listing was enjoined, vacated or ended:
      // such a date is a scheduled ban that never took effect.
      const blocker = events.find(
        (b, bi) => bi < k && BLOCKING_EVENTS.has(b.type) && b.date <= ev.date,
      );
      const relisted =
        blocker &&
        events.some((r, ri) => r.type === 'relisted' && ri > events.indexOf(blocker) && ri < k);
      if (blocker && !relisted) {
        problem(
          `listings[${j}].events[${k}].type`,
          `purchase-ban-effective on ${ev.date} follows "${blocker.type}" on ${blocker.date}; it never took effect: use purchase-ban-scheduled`,
        );
      }
    });
  });
  return problems;
}

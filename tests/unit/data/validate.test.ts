import { describe, expect, it } from 'vitest';
import { describeProblem, validateDataset } from '../../../lib/data/validate.ts';
import { isValidIsin } from '../../../lib/data/isin.ts';
import { realDataset } from '../../helpers/dataset.ts';

/** A deep copy of the real dataset to break on purpose. */
function copy(): ReturnType<typeof realDataset> {
  return structuredClone(realDataset());
}

function messages(input: unknown): string[] {
  const r = validateDataset(input);
  return r.ok ? [] : r.problems.map(describeProblem);
}

describe('validateDataset', () => {
  it('accepts the project dataset', () => {
    expect(messages(realDataset())).toEqual([]);
  });

  it("rejects the shared data's Luokung error: a ban 'in effect' after the injunction", () => {
    const data = copy();
    const luokung = data.entities.find((e) => e.id === 'luokung-technology-corp')!;
    const i = luokung.listings.findIndex((l) => l.events.some((e) => e.type === 'enjoined'));
    const ev = luokung.listings[i]!.events.find((e) => e.type === 'purchase-ban-scheduled')!;
    ev.type = 'purchase-ban-effective';
    const k = luokung.listings[i]!.events.indexOf(ev);
    const idx = data.entities.indexOf(luokung);
    expect(messages(data)).toEqual([
      `entity "luokung-technology-corp", entities[${idx}].listings[${i}].events[${k}].type: ` +
        'purchase-ban-effective on 2021-05-08 follows "enjoined" on 2021-05-05; it never took effect: use purchase-ban-scheduled',
    ]);
  });

  it('names the entity and the field of a bad date', () => {
    const data = copy();
    data.entities[3]!.listings[0]!.events[0]!.date = '2021-02-30';
    const [msg] = messages(data);
    expect(msg).toBe(
      `entity "${data.entities[3]!.id}", entities[3].listings[0].events[0].date: is not a calendar date (YYYY-MM-DD): 2021-02-30`,
    );
  });

  it('rejects unknown fields, missing sources, bad ISINs, dangling references and duplicate ids', () => {
    const data = copy() as unknown as { entities: Record<string, unknown>[] };
    const [a, b, c] = data.entities as {
      id: string;
      listings: { sources: string[] }[];
      isins: unknown[];
      parent?: string;
      extra?: number;
    }[];
    a!.extra = 1;
    b!.listings[0]!.sources = [];
    c!.isins = [{ value: 'US0378331006'.slice(0, 11) + '7', sources: ['x'] }];
    a!.parent = 'no-such-company';
    data.entities.push({ ...(data.entities[5] as object) });
    const all = messages(data).join('\n');
    expect(all).toContain(
      `entity "${a!.id}", entities[0].extra: Invalid key: Expected never but received "extra"`,
    );
    expect(all).toContain(
      `entity "${b!.id}", entities[1].listings[0].sources: needs at least one source`,
    );
    expect(all).toContain(
      `entity "${c!.id}", entities[2].isins[0].value: is not a valid ISIN (check digit): US0378331007`,
    );
    // Reference and duplicate checks run once the schema passes.
    const fixed = copy();
    fixed.entities[0]!.parent = 'no-such-company';
    fixed.entities.push(structuredClone(fixed.entities[5]!));
    const second = messages(fixed).join('\n');
    expect(second).toContain(
      `entity "${fixed.entities[0]!.id}", entities[0].parent: no entity "no-such-company"`,
    );
    expect(second).toContain(`entities[${fixed.entities.length - 1}].id: duplicate of entities[5]`);
  });

  it('requires events in date order, starting with "listed"', () => {
    const data = copy();
    const xiaomi = data.entities.find((e) => e.id === 'xiaomi-corporation')!;
    xiaomi.listings[0]!.events.reverse();
    const all = messages(data).join('\n');
    expect(all).toContain('the first event must be "listed"');
    expect(all).toContain('events must be in date order');
  });
});

describe('isValidIsin', () => {
  it.each([
    ['US0378331005', true], // Apple, the textbook example
    ['KYG9830T1067', true], // Xiaomi
    ['CNE100000PM8', true], // Hikvision
    ['US0378331006', false],
    ['CND10002K094', false], // published by OFAC, fails the check digit
    ['BRC1EODR004', false], // 11 characters
    ['kyg9830t1067', false],
  ])('%s -> %s', (isin, valid) => {
    expect(isValidIsin(isin)).toBe(valid);
  });
});

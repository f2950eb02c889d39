/**
 * The alias policy applied: which strings of the dataset become match terms, and how each is
 * checked. Written down for people in docs/alias-policy.md; the data is in the dataset
 * (per-name verdicts, alias_policy, context_rules), not here.
 *
 * - Names whose verdict is "match" match in any case; "case-sensitive" ones only as written;
 *   "display-only" and "unverified" never match in pages (the toolbar lookup still finds them).
 * - A name's core (the name without trailing legal forms: "Gowin Semiconductor" for "Gowin
 *   Semiconductor Corp.") is a term too, unless it is generic, too short, or one of the
 *   entity's display-only names. A match is later widened over a following legal form.
 * - Tickers only in exchange-qualified forms, ISINs as written (valid check digits only).
 */
import type { Dataset, Entity } from '../data/schema.ts';
import { tickerTerms } from './identifiers.ts';
import { isSeparator, isWordUnit, lowerUnit, normalizeText } from './normalize.ts';

/** How a matched span is re-checked against the original text. */
export const Check = {
  /** Normalised equality is enough. */
  Folded: 0,
  /** The span, normalised but keeping case, equals the form ("SMIC", not "smic"). */
  Cased: 1,
  /** The span is written with the same separators ("1810.HK" is not "1810 HK"); form: see separatorSignature. */
  Literal: 2,
  /** As Literal, and written in upper case ("$XIACY", ISINs). */
  LiteralCased: 3,
} as const;
export type Check = (typeof Check)[keyof typeof Check];

export type TermKind = 'name' | 'core' | 'ticker' | 'isin';

export interface TermSpec {
  /** Normalised key the automaton matches. */
  key: string;
  kind: TermKind;
  check: Check;
  /** The form compared by checks other than Folded. */
  form: string;
  entity: number;
  /** The dataset string it came from (for the evaluation report and context rules). */
  source: string;
}

/**
 * The separators of a string, in order: each run of dots, commas, dashes or whitespace, with
 * whitespace written as one space, joined by "|". "1810.HK" -> ".", "HKEX:  01810" -> " ".
 * Two spans that normalise alike and share this signature are written alike.
 */
export function separatorSignature(text: string): string {
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      const ch = c === 0x2e || c === 0x2c || c === 0x2d ? text[i]! : ' ';
      if (!(ch === ' ' && run.endsWith(' '))) run += ch;
    } else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs.join('|');
}

function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isWordUnit(s.charCodeAt(i))) n++;
  return n;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

export interface TermContext {
  fold: ReadonlyMap<number, number>;
  latinForms: ReadonlySet<string>;
  cjkForms: readonly string[];
  generic: ReadonlySet<string>;
  minLatin: number;
  minCjk: number;
}

export function termContext(data: Dataset, fold: ReadonlyMap<number, number>): TermContext {
  const p = data.alias_policy;
  return {
    fold,
    latinForms: new Set(p.legal_forms.latin.map((f) => normalizeText(f, fold))),
    // Longest first, so 股份有限公司 is stripped whole rather than as 有限公司.
    cjkForms: p.legal_forms.cjk
      .map((f) => normalizeText(f, fold))
      .sort((a, b) => b.length - a.length),
    generic: new Set(p.generic_cores.map((g) => normalizeText(g, fold))),
    minLatin: p.min_core_length.latin,
    minCjk: p.min_core_length.cjk,
  };
}

/** Lower-cases a normalised string the way the scanner does, unit by unit. */
export function lowerKey(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(lowerUnit(s.charCodeAt(i)));
  return out;
}

/** Words left dangling once a legal form is cut: "Huawei Investment & [Holding]". */
const CONNECTORS = new Set(['&', 'and', 'of', 'the', '(', '-']);

export interface Cores {
  /** The name without trailing legal forms ("Gowin Semiconductor" for "... Corp."). */
  direct: string[];
  /** Also without bracketed parts: weaker, since "(Beijing)" may be what tells a subsidiary apart. */
  unbracketed: string[];
}

/** Works on the normalised name in its own case; legal forms compare case-insensitively. */
export function coresOf(name: string, ctx: TermContext): Cores {
  const hasCjk = CJK_RE.test(name);
  const strip = (s: string): string => {
    let out = s;
    for (;;) {
      const cut = out.lastIndexOf(' ');
      const last = cut > 0 ? lowerKey(out.slice(cut + 1)) : '';
      if (cut > 0 && (ctx.latinForms.has(last) || (out !== s && CONNECTORS.has(last)))) {
        out = out.slice(0, cut);
        continue;
      }
      if (hasCjk) {
        const cjk = ctx.cjkForms.find((f) => out.endsWith(f) && out.length > f.length);
        if (cjk) {
          out = out.slice(0, -cjk.length).trimEnd();
          continue;
        }
      }
      return out;
    }
  };
  const direct = strip(name);
  const unbracketed = new Set<string>();
  if (name.includes('(') || name.includes('（')) {
    const plain = name
      .replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ')
      .replace(/\s+/g, ' ')
      // Chinese has no spaces between words: "中微半导体设备（上海）有限公司" closes up.
      .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
      .trim();
    unbracketed.add(plain);
    unbracketed.add(strip(plain));
  }
  unbracketed.delete(name);
  unbracketed.delete(direct);
  return { direct: direct === name ? [] : [direct], unbracketed: [...unbracketed] };
}

function coreAllowed(core: string, blocked: ReadonlySet<string>, ctx: TermContext): boolean {
  if (!core || ctx.generic.has(core) || blocked.has(core)) return false;
  if (CJK_RE.test(core)) return [...core].length >= ctx.minCjk;
  return letterCount(core) >= ctx.minLatin;
}

/** A matchable name, normalised once: its written form, key and cores. */
interface PreparedName {
  value: string;
  written: string;
  check: Check;
  cores: Cores;
}

/**
 * The names of one entity as terms: each matchable name as written, and its cores.
 *
 * @param explicit the keys of every name in the dataset, whatever its verdict: a derived core
 *   never overrides a verdict given to a name ("SMIC Holdings Limited" must not make "smic"
 *   match in lower case; "Costar" is display-only).
 * @param directCores the cores every entity derives without removing brackets: a core found
 *   only by removing "(Beijing)" must not claim a name another entity derives directly
 *   ("Semiconductor Manufacturing International" is SMIC, not its Beijing subsidiary).
 */
function entityTerms(
  entity: Entity,
  names: readonly PreparedName[],
  index: number,
  ctx: TermContext,
  explicit: ReadonlySet<string>,
  directCores: ReadonlyMap<string, ReadonlySet<number>>,
): TermSpec[] {
  const out: TermSpec[] = [];
  for (const { value, written, check, cores } of names) {
    const key = lowerKey(written);
    const form = (s: string) => (check === Check.Cased ? s : lowerKey(s));
    out.push({ key, kind: 'name', check, form: form(written), entity: index, source: value });
    for (const core of cores.direct) {
      const coreKey = lowerKey(core);
      if (!coreAllowed(coreKey, explicit, ctx)) continue;
      out.push({
        key: coreKey,
        kind: 'core',
        check,
        form: form(core),
        entity: index,
        source: value,
      });
    }
    for (const core of cores.unbracketed) {
      const coreKey = lowerKey(core);
      const claimed = directCores.get(coreKey);
      if (!coreAllowed(coreKey, explicit, ctx) || (claimed && !claimed.has(index))) continue;
      out.push({
        key: coreKey,
        kind: 'core',
        check,
        form: form(core),
        entity: index,
        source: value,
      });
    }
  }
  for (const ticker of entity.tickers) {
    for (const t of tickerTerms(ticker)) {
      out.push({
        key: normalizeText(t.text, ctx.fold),
        kind: 'ticker',
        check: t.caseSensitive ? Check.LiteralCased : Check.Literal,
        form: separatorSignature(t.text),
        entity: index,
        source: `${ticker.exchange}:${ticker.symbol}`,
      });
    }
  }
  for (const isin of entity.isins) {
    out.push({
      key: normalizeText(isin.value, ctx.fold),
      kind: 'isin',
      check: Check.LiteralCased,
      form: '',
      entity: index,
      source: isin.value,
    });
  }
  return out;
}

export function datasetTerms(data: Dataset, fold: ReadonlyMap<number, number>): TermSpec[] {
  const ctx = termContext(data, fold);
  const explicit = new Set<string>();
  const directCores = new Map<string, Set<number>>();
  // One pass normalises every name; the second builds terms knowing every explicit name and
  // every direct core in the dataset.
  const prepared = data.entities.map((e, i) => {
    const names: PreparedName[] = [];
    for (const n of e.names) {
      const written = normalizeText(n.value, fold, true);
      explicit.add(lowerKey(written));
      if ((n.match !== 'match' && n.match !== 'case-sensitive') || !written) continue;
      const cores = coresOf(written, ctx);
      for (const core of cores.direct) {
        const key = lowerKey(core);
        directCores.set(key, (directCores.get(key) ?? new Set()).add(i));
      }
      names.push({
        value: n.value,
        written,
        check: n.match === 'case-sensitive' ? Check.Cased : Check.Folded,
        cores,
      });
    }
    return names;
  });
  return data.entities.flatMap((e, i) =>
    entityTerms(e, prepared[i]!, i, ctx, explicit, directCores),
  );
}

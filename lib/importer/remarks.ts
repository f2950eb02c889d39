/**
 * The grammar of the remarks column (column 12) of OFAC's legacy list files, where the NS-CMIC
 * data lives: `Label value` parts separated by `; `, the second and later values of a label
 * prefixed `alt. `, the whole closed by a full stop:
 *
 *   Equity Ticker 601800 CN; alt. Equity Ticker 01800 HK; ISIN CND10000GBD8; ...;
 *   Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 9111... (China);
 *   a.k.a. 'CCCC'.
 *
 * Parts keep their offsets so that a caller can tell which file a part came from when a
 * remark continues in cons_comments.csv.
 */

export type DateKind = 'listing-date' | 'effective-date' | 'divestment-date';
export type AliasKind = 'aka' | 'fka' | 'nka';

export type RemarkField =
  | {
      kind: 'ticker';
      symbol: string;
      market?: string;
      /** How symbol and market were separated: OFAC writes one space, two, or none. */
      spacing: 'one-space' | 'extra-space' | 'no-space' | 'no-market';
    }
  | { kind: 'isin'; value: string }
  | { kind: 'issuer-name'; value: string }
  | { kind: 'target-type'; value: string }
  | { kind: DateKind; date: string }
  | { kind: 'uscc'; value: string; country?: string }
  | { kind: 'lei'; value: string }
  | { kind: AliasKind; value: string }
  | { kind: 'linked-to'; value: string }
  /** A registration number with its country: "Company Number 0685974 (Hong Kong)". */
  | { kind: 'other-id'; value: string }
  | { kind: 'unknown'; value: string };

export interface RemarkPart {
  field: RemarkField;
  /** Written with the `alt. ` prefix. */
  alt: boolean;
  /** [start, end) of the part in the remarks text. */
  start: number;
  end: number;
}

export interface ParsedRemarks {
  parts: RemarkPart[];
  /** OFAC closes every remark with a full stop; one without it was probably cut off. */
  terminated: boolean;
  problems: string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** OFAC's `03 Jun 2021` as an ISO date, or undefined. */
export function parseOfacDate(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return undefined;
  const day = Number(m[1]);
  const year = Number(m[3]);
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return undefined;
  return date.toISOString().slice(0, 10);
}

function parseTicker(value: string): RemarkField {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length >= 2) {
    return {
      kind: 'ticker',
      symbol: tokens.slice(0, -1).join(' '),
      market: tokens[tokens.length - 1]!,
      spacing: /\S\s{2,}\S/.test(value.trim()) ? 'extra-space' : 'one-space',
    };
  }
  // `603019CN`: a numeric exchange code run together with the market. Letters-only symbols
  // are never split: "ZCHA" could be read as "ZC" on market "HA".
  const joined = /^(\d+)([A-Z]{2})$/.exec(tokens[0]!);
  if (joined)
    return { kind: 'ticker', symbol: joined[1]!, market: joined[2]!, spacing: 'no-space' };
  return { kind: 'ticker', symbol: tokens[0]!, spacing: 'no-market' };
}

const DATE_LABELS: [RegExp, DateKind][] = [
  [/^Listing Date \(CMIC\):?\s+(.+)$/, 'listing-date'],
  [/^Effective Date \(CMIC\):?\s+(.+)$/, 'effective-date'],
  [/^Purchase\/Sales For Divestment Date \(CMIC\):?\s+(.+)$/, 'divestment-date'],
];

const ALIAS_LABELS: [string, AliasKind][] = [
  ['a.k.a.', 'aka'],
  ['f.k.a.', 'fka'],
  ['n.k.a.', 'nka'],
];

function parseField(text: string, problems: string[]): RemarkField {
  let m: RegExpExecArray | null;
  if ((m = /^Equity Ticker\s+(.+)$/.exec(text))) return parseTicker(m[1]!);
  if ((m = /^ISIN\s+(\S+)$/.exec(text))) return { kind: 'isin', value: m[1]! };
  if ((m = /^Issuer Name\s+(.+)$/.exec(text))) return { kind: 'issuer-name', value: m[1]!.trim() };
  if ((m = /^Target Type\s+(.+)$/.exec(text))) return { kind: 'target-type', value: m[1]!.trim() };
  for (const [re, kind] of DATE_LABELS) {
    if ((m = re.exec(text))) {
      const date = parseOfacDate(m[1]!);
      if (date) return { kind, date };
      problems.push(`unreadable date in "${text}"`);
      return { kind: 'unknown', value: text };
    }
  }
  if ((m = /^Unified Social Credit Code \(USCC\)\s+(\S+)(?:\s+\(([^)]+)\))?$/.exec(text))) {
    return m[2] ? { kind: 'uscc', value: m[1]!, country: m[2] } : { kind: 'uscc', value: m[1]! };
  }
  if ((m = /^Legal Entity Number\s+(\S+)$/.exec(text))) return { kind: 'lei', value: m[1]! };
  for (const [label, kind] of ALIAS_LABELS) {
    if (text.startsWith(label + ' ')) {
      const value = text.slice(label.length).trim();
      const quoted = /^'(.*)'$/.exec(value);
      return { kind, value: (quoted ? quoted[1]! : value).trim() };
    }
  }
  if ((m = /^Linked To:\s+(.+)$/.exec(text))) return { kind: 'linked-to', value: m[1]!.trim() };
  if (/^[A-Z][A-Za-z./ ]*(?:Number|No\.)\s+\S+\s+\([^)]+\)$/.test(text)) {
    return { kind: 'other-id', value: text };
  }
  return { kind: 'unknown', value: text };
}

export function parseRemarks(remarks: string): ParsedRemarks {
  const problems: string[] = [];
  const parts: RemarkPart[] = [];
  const body = remarks.trimEnd();
  const terminated = body.endsWith('.');
  // The closing full stop belongs to the remark, not to its last value: "Linked To: X CO.,
  // LTD." names "X CO., LTD" (OFAC does not double the stop after an abbreviation).
  const end = terminated ? body.length - 1 : body.length;
  // Parts are separated by "; ", or by ";" and a line break where a remark spans lines.
  const separator = /;\s+/g;
  let start = 0;
  while (start < end) {
    separator.lastIndex = start;
    const sep = separator.exec(body);
    const stop = sep && sep.index < end ? sep.index : end;
    const raw = body.slice(start, stop);
    const lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    const alt = text.startsWith('alt. ');
    if (alt) text = text.slice('alt. '.length).trim();
    if (text) {
      parts.push({
        field: parseField(text, problems),
        alt,
        start: start + lead,
        end: start + lead + raw.trim().length,
      });
    }
    start = sep && sep.index < end ? sep.index + sep[0].length : end;
  }
  return { parts, terminated, problems };
}

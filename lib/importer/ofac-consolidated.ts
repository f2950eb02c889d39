/**
 * OFAC's consolidated (non-SDN) list in its legacy CSV form to NS-CMIC entries.
 *
 * The set is four headerless files keyed by `ent_num`:
 * - cons_prim.csv: ent_num, name, type, programs, title, call sign, vessel type, tonnage, GRT,
 *   vessel flag, vessel owner, remarks (12 columns);
 * - cons_alt.csv: ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks;
 * - cons_add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks;
 * - cons_comments.csv: ent_num, the rest of a remark that did not fit in cons_prim.csv.
 * NS-CMIC entries carry the program tag CMIC-EO13959; their tickers, ISINs, issuer names and
 * dates are in the remarks (see remarks.ts). Only cons_prim.csv is required: a set without
 * the others imports with a warning for what could not be read.
 */
import { isValidIsin } from '../data/isin.ts';
import { parseCsv, ofacValue, type CsvFile, type CsvRecord } from './csv.ts';
import { decodeOfacBytes, type OfacEncoding } from './decode.ts';
import { parseRemarks, type AliasKind, type RemarkPart } from './remarks.ts';

export const NS_CMIC_PROGRAM = 'CMIC-EO13959';

export type OfacFileRole = 'prim' | 'alt' | 'add' | 'comments';
const ROLES: OfacFileRole[] = ['prim', 'alt', 'add', 'comments'];
const COLUMNS: Record<OfacFileRole, number> = { prim: 12, alt: 5, add: 6, comments: 2 };

/** The role of a file from its name (`cons_prim.csv`, `CONS_ALT.CSV`, ...), if any. */
export function roleOfFileName(name: string): OfacFileRole | undefined {
  const m = /cons_(prim|alt|add|comments)\b/i.exec(name);
  return m ? (m[1]!.toLowerCase() as OfacFileRole) : undefined;
}

export interface OfacFile {
  name: string;
  role: OfacFileRole;
  encoding: OfacEncoding;
  csv: CsvFile;
  warnings: string[];
}

export function readOfacFile(name: string, bytes: Uint8Array, encoding?: OfacEncoding): OfacFile {
  const role = roleOfFileName(name);
  if (!role) {
    throw new Error(`${name}: not a consolidated list file (expected cons_prim/alt/add/comments)`);
  }
  const decoded = decodeOfacBytes(bytes, encoding);
  const csv = parseCsv(decoded.text);
  const warnings = [...decoded.warnings, ...csv.problems];
  const odd = csv.records.filter((r) => r.fields.length !== COLUMNS[role]);
  if (odd.length) {
    warnings.push(
      `${odd.length} record${odd.length === 1 ? '' : 's'} without the expected ${COLUMNS[role]} ` +
        `columns (first on line ${odd[0]!.line})`,
    );
  }
  return {
    name,
    role,
    encoding: decoded.encoding,
    csv,
    warnings: warnings.map((w) => `${name}: ${w}`),
  };
}

/** A fact with the file(s) it was read from, for the sources of what gets applied. */
export interface FromFile<T> {
  value: T;
  file: string;
}

export type AlternateKind = AliasKind | 'issuer-name';

export interface NsCmicTicker {
  symbol: string;
  /** OFAC's market code (CN, HK, US, DE, ...); undefined when OFAC gave none. */
  market?: string;
  /** How OFAC separated symbol and market: one space, two, or none at all (`603019CN`). */
  spacing: 'one-space' | 'extra-space' | 'no-space' | 'no-market';
  file: string;
}

export interface NsCmicEntry {
  entNum: string;
  name: string;
  programs: string[];
  /** Other names: cons_alt.csv rows and the remarks' a.k.a./f.k.a./Issuer Name, once each. */
  alternates: (FromFile<string> & { kind: AlternateKind })[];
  tickers: NsCmicTicker[];
  /** ISINs that pass the ISO 6166 check digit, once each. */
  isins: FromFile<string>[];
  /** ISINs OFAC published that fail the check digit: reported, never imported. */
  invalidIsins: FromFile<string>[];
  targetTypes: string[];
  listingDate?: FromFile<string>;
  effectiveDate?: FromFile<string>;
  divestmentDate?: FromFile<string>;
  uscc?: FromFile<string>;
  lei?: FromFile<string>;
  otherIds: FromFile<string>[];
  linkedTo: FromFile<string>[];
  addresses: { address?: string; city?: string; country?: string }[];
  /** The whole remark, with its continuation from cons_comments.csv. */
  remarks: string;
  continuedInComments: boolean;
  /** What was odd about this record (duplicates, spacing, unread parts): for the report. */
  notes: string[];
}

export interface FileSummary {
  name: string;
  role: OfacFileRole;
  records: number;
  /** Records that belong to NS-CMIC entries. */
  nsCmicRecords: number;
  encoding: OfacEncoding;
  lineEnding: CsvFile['lineEnding'];
  endOfFileMark: boolean;
}

export interface NsCmicImport {
  files: FileSummary[];
  entries: NsCmicEntry[];
  warnings: string[];
}

/** `"SDGT] [NS-PLC"`: OFAC joins a record's programs with `] [` inside one field. */
export function splitPrograms(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .replace(/^\s*\[/, '')
    .replace(/\]\s*$/, '')
    .split(/\]\s*\[/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function clean(raw: string | undefined): string | undefined {
  const v = ofacValue(raw);
  return v === undefined ? undefined : v.trim().replace(/\s+/g, ' ');
}

function byEntNum(file: OfacFile | undefined): Map<string, CsvRecord[]> {
  const map = new Map<string, CsvRecord[]>();
  for (const r of file?.csv.records ?? []) {
    const ent = r.fields[0]?.trim();
    if (ent) map.set(ent, [...(map.get(ent) ?? []), r]);
  }
  return map;
}

const ALIAS_WORDS: Record<string, AliasKind> = { aka: 'aka', fka: 'fka', nka: 'nka' };

function entryFromRecords(
  prim: CsvRecord,
  files: Record<OfacFileRole, OfacFile | undefined>,
  alts: CsvRecord[],
  adds: CsvRecord[],
  comments: CsvRecord[],
): NsCmicEntry {
  const primName = files.prim!.name;
  const f = prim.fields;
  const entNum = f[0]!.trim();
  const notes: string[] = [];
  const primRemarks = ofacValue(f[11]) ?? '';
  const continuation = comments.map((c) => c.fields[1] ?? '').join('');
  const remarks = primRemarks + continuation;
  const parsed = parseRemarks(remarks);
  const commentsName = files.comments?.name ?? 'cons_comments.csv';
  // Which file a remark part was read from: cons_prim.csv, cons_comments.csv or both.
  const fileOf = (p: RemarkPart) =>
    p.end <= primRemarks.length
      ? primName
      : p.start >= primRemarks.length
        ? commentsName
        : `${primName} and ${commentsName}`;

  const entry: NsCmicEntry = {
    entNum,
    name: clean(f[1]) ?? '',
    programs: splitPrograms(ofacValue(f[3])),
    alternates: [],
    tickers: [],
    isins: [],
    invalidIsins: [],
    targetTypes: [],
    otherIds: [],
    linkedTo: [],
    addresses: adds.map((a) => {
      const [address, city, country] = [clean(a.fields[2]), clean(a.fields[3]), clean(a.fields[4])];
      return {
        ...(address ? { address } : {}),
        ...(city ? { city } : {}),
        ...(country ? { country } : {}),
      };
    }),
    remarks,
    continuedInComments: comments.length > 0,
    notes,
  };

  // Exact duplicates only: "China Telecom Corporation Limited" as an issuer name is the
  // company's own spelling of the primary name, worth keeping.
  const seenNames = new Set([entry.name]);
  const addAlternate = (raw: string, kind: AlternateKind, file: string) => {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (!value || seenNames.has(value)) return;
    seenNames.add(value);
    entry.alternates.push({ value, kind, file });
  };
  for (const a of alts) {
    const name = clean(a.fields[3]);
    const kind = ALIAS_WORDS[(clean(a.fields[2]) ?? '').toLowerCase()];
    if (!name) continue;
    if (!kind) notes.push(`${files.alt!.name} line ${a.line}: unknown name type "${a.fields[2]}"`);
    addAlternate(name, kind ?? 'aka', files.alt!.name);
  }

  const seenIsins = new Set<string>();
  for (const part of parsed.parts) {
    const field = part.field;
    const file = fileOf(part);
    switch (field.kind) {
      case 'ticker':
        if (field.spacing === 'no-market') notes.push(`ticker "${field.symbol}" has no market`);
        entry.tickers.push({
          symbol: field.symbol,
          ...(field.market ? { market: field.market } : {}),
          spacing: field.spacing,
          file,
        });
        break;
      case 'isin': {
        if (seenIsins.has(field.value)) {
          notes.push(`ISIN ${field.value} is listed twice; kept once`);
          break;
        }
        seenIsins.add(field.value);
        (isValidIsin(field.value) ? entry.isins : entry.invalidIsins).push({
          value: field.value,
          file,
        });
        break;
      }
      case 'issuer-name':
        addAlternate(field.value, 'issuer-name', file);
        break;
      case 'aka':
      case 'fka':
      case 'nka':
        addAlternate(field.value, field.kind, file);
        break;
      case 'target-type':
        entry.targetTypes.push(field.value);
        break;
      case 'listing-date':
        entry.listingDate ??= { value: field.date, file };
        break;
      case 'effective-date':
        entry.effectiveDate ??= { value: field.date, file };
        break;
      case 'divestment-date':
        entry.divestmentDate ??= { value: field.date, file };
        break;
      case 'uscc':
        if (entry.uscc) notes.push(`a second USCC ${field.value} was ignored`);
        else entry.uscc = { value: field.value, file };
        break;
      case 'lei':
        if (entry.lei) notes.push(`a second LEI ${field.value} was ignored`);
        else entry.lei = { value: field.value, file };
        break;
      case 'other-id':
        entry.otherIds.push({ value: field.value, file });
        break;
      case 'linked-to':
        entry.linkedTo.push({ value: field.value, file });
        break;
      case 'unknown':
        notes.push(`remark part not understood: "${field.value}"`);
        break;
    }
  }
  notes.push(...parsed.problems);
  if (!parsed.terminated) {
    notes.push(
      files.comments
        ? 'the remarks have no closing full stop: they may be cut off'
        : 'the remarks have no closing full stop: they may continue in cons_comments.csv, which was not given',
    );
  }
  if (!entry.listingDate) notes.push('no Listing Date (CMIC)');
  return entry;
}

/**
 * Reads a consolidated list set (one file per role) into NS-CMIC entries, in the order of
 * cons_prim.csv.
 */
export function importNsCmic(input: OfacFile[]): NsCmicImport {
  const warnings: string[] = [];
  const files = {} as Record<OfacFileRole, OfacFile | undefined>;
  for (const file of input) {
    if (files[file.role])
      throw new Error(`two ${file.role} files: ${files[file.role]!.name}, ${file.name}`);
    files[file.role] = file;
    warnings.push(...file.warnings);
  }
  if (!files.prim) throw new Error('cons_prim.csv is required');
  if (!files.alt) warnings.push('no cons_alt.csv: alternate names (a.k.a., f.k.a.) were not read');
  if (!files.comments)
    warnings.push('no cons_comments.csv: remarks cut off in cons_prim.csv cannot be completed');

  const alts = byEntNum(files.alt);
  const adds = byEntNum(files.add);
  const comments = byEntNum(files.comments);
  const entries: NsCmicEntry[] = [];
  const seen = new Set<string>();
  for (const record of files.prim.csv.records) {
    const programs = splitPrograms(ofacValue(record.fields[3]));
    if (!programs.includes(NS_CMIC_PROGRAM)) continue;
    const ent = record.fields[0]!.trim();
    if (seen.has(ent)) {
      warnings.push(
        `${files.prim.name} line ${record.line}: ent_num ${ent} appears twice; kept the first`,
      );
      continue;
    }
    seen.add(ent);
    entries.push(
      entryFromRecords(
        record,
        files,
        alts.get(ent) ?? [],
        adds.get(ent) ?? [],
        comments.get(ent) ?? [],
      ),
    );
  }

  const summaries = ROLES.flatMap((role) => {
    const file = files[role];
    if (!file) return [];
    const records = file.csv.records;
    return [
      {
        name: file.name,
        role,
        records: records.length,
        nsCmicRecords: records.filter((r) => seen.has(r.fields[0]?.trim() ?? '')).length,
        encoding: file.encoding,
        lineEnding: file.csv.lineEnding,
        endOfFileMark: file.csv.endOfFileMark,
      },
    ];
  });
  return { files: summaries, entries, warnings };
}

/**
 * A portfolio read from what the user gives: a CSV exported from a brokerage, or a pasted list.
 *
 * Brokerage exports differ in every way that matters to a reader: lines of account details
 * before the table and a disclaimer after it (Fidelity), a byte order mark, semicolons and
 * decimal commas (European banks), UTF-16 text (Excel's "Unicode text"), Chinese column names
 * and market columns (Futu, Tiger). This module finds the table's header row and the columns
 * that identify a holding (symbol, ISIN, name; exchange and quantity when present), tolerates
 * every other column, and keeps each row as the user wrote it: nothing is dropped but blank,
 * total and footer lines, and those are counted.
 *
 * A file that cannot be read gives a structured error (a code and its parameters); the screen
 * words it (`errorText` in lib/watchlist/report.ts). Pure: no browser API.
 */
import { parseCsv, type CsvRecord } from '../importer/csv.ts';
import { decodeWindows1252 } from '../importer/decode.ts';
import { isValidIsin } from '../data/isin.ts';

/** Larger files are refused before they are read: a portfolio export is a few kilobytes. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Holdings screened at once (and the protocol's limit on one request). */
export const MAX_HOLDINGS = 5000;

export interface Holding {
  /** The 1-based line of the file (or of the pasted text) the holding comes from. */
  line: number;
  symbol?: string;
  isin?: string;
  name?: string;
  exchange?: string;
  quantity?: string;
  /** A pasted line: a ticker, an ISIN or a name, to be told apart when it is resolved. */
  query?: string;
}

export type ColumnRole = 'symbol' | 'isin' | 'name' | 'exchange' | 'quantity';

export interface Portfolio {
  holdings: Holding[];
  /** How the input was read. */
  format: 'table' | 'list';
  delimiter: string | null;
  /** The header as written, per role found (table format). */
  columns: Partial<Record<ColumnRole, string>>;
  /** The line of the header row (table format). */
  headerLine: number | null;
  /** Lines that were not holdings: account details before the table, totals, footers. */
  skipped: number;
}

export type PortfolioError =
  | { code: 'empty' }
  | { code: 'too-large'; limitMb: number }
  | { code: 'too-many'; limit: number }
  | { code: 'binary' }
  | { code: 'spreadsheet' }
  | { code: 'unclosed-quote'; line: number }
  | { code: 'no-column'; columns: string }
  | { code: 'no-holdings' };

export type PortfolioResult =
  { ok: true; portfolio: Portfolio } | { ok: false; error: PortfolioError };

const fail = (error: PortfolioError): PortfolioResult => ({ ok: false, error });

/** Column headers by role, compared after `headerKey`. English, German, French, Chinese. */
const HEADERS: Record<ColumnRole, readonly string[]> = {
  symbol: [
    'symbol',
    'symbols',
    'ticker',
    'ticker symbol',
    'tickersymbol',
    'code',
    'stock code',
    'security code',
    'instrument code',
    'product code',
    'symbol/cusip',
    'kürzel',
    'symbole',
    'code valeur',
    '代码',
    '股票代码',
    '证券代码',
    '代號',
    '股票代號',
    '證券代號',
    '代碼',
    '股票代碼',
  ],
  isin: ['isin', 'isin code', 'isin-code', 'isin number', 'code isin'],
  name: [
    'name',
    'description',
    'security',
    'security name',
    'security description',
    'instrument',
    'instrument name',
    'company',
    'company name',
    'stock name',
    'product',
    'product name',
    'asset',
    'asset name',
    'investment',
    'investment name',
    'title',
    'bezeichnung',
    'wertpapier',
    'wertpapiername',
    'titel',
    'produkt',
    'libellé',
    'valeur',
    '名称',
    '股票名称',
    '证券名称',
    '名稱',
    '股票名稱',
    '證券名稱',
  ],
  exchange: [
    'exchange',
    'market',
    'listing exchange',
    'exchange code',
    'primary exchange',
    'venue',
    'börse',
    'handelsplatz',
    'marché',
    'place de cotation',
    '市场',
    '市場',
    '交易所',
  ],
  quantity: [
    'quantity',
    'qty',
    'shares',
    'units',
    'position',
    'nominal',
    'stück',
    'anzahl',
    'bestand',
    'menge',
    'quantité',
    '数量',
    '數量',
    '持仓数量',
    '持倉數量',
    '持股数量',
    '股数',
  ],
};

const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(HEADERS) as [ColumnRole, readonly string[]][]) {
  for (const name of names) ROLE_OF.set(name, role);
}

/** A header cell compared without case, quotes, a BOM, brackets or a trailing colon. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[:：*#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lines that summarise rather than hold: "Total", "Pending Activity", "Summe", "合计". The word
 * must end there (end of cell, a space, punctuation or a digit): `\b` cannot be used, as it
 * knows only ASCII word characters and never matches after a Chinese one.
 */
const SUMMARY_ROWS =
  /^(?:totals?|grand total|account total|pending activity|summe|gesamt|total général|合计|合計|总计|總計|小计|小計)(?=$|[\s\p{P}\d])/iu;

/** Money-market and cash lines carry a symbol too; they are still the user's rows (kept). */
const IDENTIFIER_ROLES: readonly ColumnRole[] = ['symbol', 'isin', 'name'];

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Bytes to text: a BOM decides (UTF-8, UTF-16); else UTF-8 if valid, else Windows-1252. */
export function decodePortfolioBytes(bytes: Uint8Array): string | PortfolioError {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Zip (an .xlsx or .ods workbook) and the old binary Excel format.
  if (
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) ||
    (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
  )
    return { code: 'spreadsheet' };
  if (looksBinary(bytes)) return { code: 'binary' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** A NUL byte, or more than 1% control bytes that text never has, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, line feed, form feed, carriage return and the DOS end-of-file mark are text.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 26) odd++;
  }
  return odd > n / 100;
}

/** A file's bytes, checked and read. */
export function readPortfolioFile(bytes: Uint8Array): PortfolioResult {
  if (bytes.length > MAX_FILE_BYTES)
    return fail({ code: 'too-large', limitMb: MAX_FILE_BYTES / 1048576 });
  const text = decodePortfolioBytes(bytes);
  if (typeof text !== 'string') return fail(text);
  return readPortfolioText(text);
}

interface Table {
  delimiter: string;
  records: CsvRecord[];
  headerIndex: number;
  columns: Map<ColumnRole, number>;
}

/** The first row (of the first 60) that names an identifier column, and the columns it names. */
function findHeader(records: readonly CsvRecord[]): Omit<Table, 'delimiter' | 'records'> | null {
  for (let r = 0; r < Math.min(records.length, 60); r++) {
    const columns = new Map<ColumnRole, number>();
    records[r]!.fields.forEach((cell, i) => {
      const role = ROLE_OF.get(headerKey(cell));
      if (role && !columns.has(role)) columns.set(role, i);
    });
    if (IDENTIFIER_ROLES.some((role) => columns.has(role))) return { headerIndex: r, columns };
  }
  return null;
}

/**
 * With no header, a column where most values are valid ISINs is an ISIN column (some banks
 * export a bare table).
 */
function isinColumn(records: readonly CsvRecord[]): number | null {
  const width = Math.max(...records.map((r) => r.fields.length));
  for (let c = 0; c < width; c++) {
    const valid = records.filter((r) => isValidIsin(clean(r.fields[c] ?? '').toUpperCase())).length;
    if (valid > 0 && valid >= records.length / 2) return c;
  }
  return null;
}

function clean(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pasted text or a decoded file. */
export function readPortfolioText(input: string): PortfolioResult {
  if (input.length > MAX_FILE_BYTES)
    return fail({ code: 'too-large', limitMb: MAX_FILE_BYTES / 1048576 });
  const text = input.replace(/^\ufeff/, '');
  if (!text.trim()) return fail({ code: 'empty' });

  // Each delimiter in turn: the one under which a header row appears wins.
  let table: Table | null = null;
  let unclosed: number | null = null;
  for (const delimiter of DELIMITERS) {
    const csv = parseCsv(text, { delimiter });
    const header = findHeader(csv.records);
    if (!header) continue;
    const issue = csv.issues.find((i) => i.kind === 'unclosed-quote');
    if (issue) {
      // A broken quote swallows the rest of the file: say where, rather than guess.
      unclosed ??= issue.line;
      continue;
    }
    const candidate = { delimiter, records: csv.records, ...header };
    // More identifier columns found is the better reading ("Name;Symbol" read with commas
    // finds nothing, but a cell may hold a comma-separated name).
    if (!table || candidate.columns.size > table.columns.size) table = candidate;
  }
  if (table) return fromTable(table);
  if (unclosed !== null) return fail({ code: 'unclosed-quote', line: unclosed });

  const quoted = parseCsv(text).issues.find((i) => i.kind === 'unclosed-quote');
  if (quoted) return fail({ code: 'unclosed-quote', line: quoted.line });
  // No header. A table (every row with the same number of cells, two or more) needs a column
  // of ISINs; anything else is a list, one holding per line ("Co., Ltd." has commas).
  for (const delimiter of DELIMITERS) {
    const csv = parseCsv(text, { delimiter });
    const width = csv.records[0]!.fields.length;
    if (width < 2 || csv.records.length < 2) continue;
    if (!csv.records.every((r) => r.fields.length === width)) continue;
    const col = isinColumn(csv.records);
    if (col === null) {
      return fail({
        code: 'no-column',
        columns: csv.records[0]!.fields.map(clean).filter(Boolean).slice(0, 6).join(', '),
      });
    }
    return fromTable({
      delimiter,
      records: csv.records,
      headerIndex: -1,
      columns: new Map([['isin', col]]),
    });
  }
  const holdings: Holding[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const value = clean(raw.replace(/^"(.*)"$/, '$1'));
    if (value) holdings.push({ line: i + 1, query: value });
  });
  if (holdings.length > MAX_HOLDINGS) return fail({ code: 'too-many', limit: MAX_HOLDINGS });
  return {
    ok: true,
    portfolio: {
      holdings,
      format: 'list',
      delimiter: null,
      columns: {},
      headerLine: null,
      skipped: 0,
    },
  };
}

function fromTable(table: Table): PortfolioResult {
  const { records, headerIndex, columns } = table;
  const header = headerIndex >= 0 ? records[headerIndex]! : null;
  const width = header ? header.fields.length : 0;
  const cell = (r: CsvRecord, role: ColumnRole): string | undefined => {
    const i = columns.get(role);
    if (i === undefined) return undefined;
    const v = clean(r.fields[i] ?? '');
    return v || undefined;
  };
  const holdings: Holding[] = [];
  let skipped = Math.max(headerIndex, 0);
  for (const r of records.slice(headerIndex + 1)) {
    const filled = r.fields.filter((f) => f.trim()).length;
    // A footer or note: one cell where the table has several ("The data and information in
    // this spreadsheet...", "Date downloaded ...").
    const only = r.fields.find((f) => f.trim()) ?? '';
    const footer =
      width >= 2 &&
      filled <= 1 &&
      r.fields.length < Math.min(width, 3) &&
      (only.length > 40 || clean(only).split(' ').length > 3);
    const h: Holding = { line: r.line };
    const symbol = cell(r, 'symbol')?.replace(/\*+$/, '');
    const isin = cell(r, 'isin')?.replace(/\s/g, '').toUpperCase();
    const name = cell(r, 'name');
    if (symbol) h.symbol = symbol;
    if (isin) h.isin = isin;
    if (name) h.name = name;
    const exchange = cell(r, 'exchange');
    const quantity = cell(r, 'quantity');
    const identified = h.symbol ?? h.isin ?? h.name;
    if (footer || !identified || SUMMARY_ROWS.test(identified)) {
      skipped++;
      continue;
    }
    if (exchange) h.exchange = exchange;
    if (quantity) h.quantity = quantity;
    holdings.push(h);
  }
  if (!holdings.length) return fail({ code: 'no-holdings' });
  if (holdings.length > MAX_HOLDINGS) return fail({ code: 'too-many', limit: MAX_HOLDINGS });
  const named: Partial<Record<ColumnRole, string>> = {};
  for (const [role, i] of columns) named[role] = header ? clean(header.fields[i] ?? '') : '';
  return {
    ok: true,
    portfolio: {
      holdings,
      format: 'table',
      delimiter: table.delimiter,
      columns: named,
      headerLine: header ? header.line : null,
      skipped,
    },
  };
}

/** What the user entered for a holding, in one line: its identifiers as written. */
export function enteredText(h: Holding): string {
  return h.query ?? [h.symbol, h.isin, h.name].filter(Boolean).join(' · ');
}

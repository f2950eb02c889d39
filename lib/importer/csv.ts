/**
 * A CSV reader, written for OFAC's legacy list files and also used for brokerage exports (the
 * watchlist importer passes `;` or a tab as the delimiter): RFC 4180 with the quirks those
 * files have.
 * - No header row: every line is a record (the column meaning is the caller's business).
 * - Quoted fields may hold commas, doubled quotes and line breaks.
 * - Lines end in CRLF in OFAC's own files, in LF in copies that went through git; a field's
 *   own line breaks are read as "\n" whatever the file uses.
 * - The file ends with a Ctrl-Z byte (0x1A, the old DOS end-of-file mark) on its own line.
 * - An empty field is written `-0- `, with a trailing space (see `ofacValue`).
 */

export interface CsvRecord {
  /** The 1-based line on which the record starts, for messages. */
  line: number;
  fields: string[];
}

export interface CsvFile {
  records: CsvRecord[];
  lineEnding: 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';
  /** The file ended with a Ctrl-Z end-of-file mark (dropped). */
  endOfFileMark: boolean;
  /** Malformed quoting, with the line it was found on. */
  problems: string[];
  /** The same problems, structured, for callers that word them in the user's language. */
  issues: CsvIssue[];
}

export interface CsvIssue {
  kind: 'unclosed-quote' | 'text-after-quote';
  line: number;
}

export interface CsvOptions {
  /** The field separator: one character, `,` unless told. */
  delimiter?: string;
}

const CTRL_Z_AT_END = /\x1a[\r\n]*$/;

function lineEndingOf(text: string): CsvFile['lineEnding'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : lf ? 'lf' : 'cr';
}

export function parseCsv(input: string, options: CsvOptions = {}): CsvFile {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
    throw new Error(`not a usable CSV delimiter: ${JSON.stringify(delimiter)}`);
  const endOfFileMark = CTRL_Z_AT_END.test(input);
  const text = endOfFileMark ? input.replace(CTRL_Z_AT_END, '') : input;
  const records: CsvRecord[] = [];
  const problems: string[] = [];
  const issues: CsvIssue[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Whether the current record has any content yet: blank lines are not records.
  let started = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };
  const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r';
  // A line break is CRLF, LF or a lone CR; returns its length at position j.
  const breakLength = (j: number) => (text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1);

  while (i < text.length) {
    const c = text[i]!;
    if (!started) {
      recordLine = line;
      if (isLineBreak(c)) {
        i += breakLength(i);
        line++;
        continue;
      }
      started = true;
    }
    if (c === '"' && field === '') {
      // A quoted field: read to the closing quote; "" is a literal quote.
      const openedOn = line;
      i++;
      let closed = false;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (isLineBreak(q)) {
          field += '\n';
          i += breakLength(i);
          line++;
          continue;
        }
        field += q;
        i++;
      }
      if (!closed) {
        problems.push(`line ${openedOn}: a quoted field is not closed`);
        issues.push({ kind: 'unclosed-quote', line: openedOn });
      }
      // Anything between the closing quote and the next separator is kept as written.
      if (closed && i < text.length && text[i] !== delimiter && !isLineBreak(text[i])) {
        problems.push(`line ${line}: text after a closing quote`);
        issues.push({ kind: 'text-after-quote', line });
      }
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      endRecord();
      i += breakLength(i);
      line++;
      continue;
    }
    field += c;
    i++;
  }
  if (started) endRecord();
  return { records, lineEnding: lineEndingOf(text), endOfFileMark, problems, issues };
}

/** OFAC writes an empty field as `-0-` (followed by a space); anything else is kept as is. */
export function ofacValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' || trimmed === '-0-' ? undefined : raw;
}

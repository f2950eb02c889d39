/**
 * Writing the screening result as CSV for a spreadsheet: RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte order mark (so Excel reads Chinese names), and no formulas. A cell that begins
 * with = + - @ (or a tab or carriage return) is run as a formula by Excel, LibreOffice and
 * Google Sheets ("CSV injection"): such cells get a leading apostrophe, which those programs
 * show as text. The values come from the user's own file, but a file can come from anywhere.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

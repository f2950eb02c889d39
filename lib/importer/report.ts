/**
 * The import and reconciliation report, as plain text for a maintainer's terminal (and a pull
 * request's description): what the files held, then every difference with data/ and what
 * `--apply` would do about it.
 */
import type { NsCmicImport, NsCmicEntry } from './ofac-consolidated.ts';
import { isClean, type EntityDifferences, type ReconcileReport } from './reconcile.ts';
import { describeOfacTicker } from './tickers.ts';

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

const ROLE_WHAT = {
  prim: 'records',
  alt: 'alternate names',
  add: 'addresses',
  comments: 'continued remarks',
} as const;

export function renderImportSummary(result: NsCmicImport, label: string): string[] {
  const lines = [`OFAC consolidated non-SDN list, ${label} set:`];
  for (const f of result.files) {
    const details = [
      f.encoding,
      f.lineEnding.toUpperCase(),
      ...(f.endOfFileMark ? ['Ctrl-Z end mark'] : []),
    ].join(', ');
    lines.push(
      `  ${f.name}: ${f.records} ${ROLE_WHAT[f.role]}, ${f.nsCmicRecords} for NS-CMIC entries (${details})`,
    );
  }
  lines.push(
    `Found ${plural(result.entries.length, 'NS-CMIC company', 'NS-CMIC companies')} (program tag CMIC-EO13959).`,
  );
  for (const w of result.warnings) lines.push(`  warning: ${w}`);
  const noted = result.entries.filter((e) => e.notes.length);
  if (noted.length) {
    lines.push('Notes on the records:');
    for (const e of noted) for (const n of e.notes) lines.push(`  ${e.entNum} ${e.name}: ${n}`);
  }
  return lines;
}

function entryLabel(e: NsCmicEntry): string {
  return `${e.entNum} ${e.name}`;
}

function describeDifferences(d: EntityDifferences): string[] {
  const out: string[] = [];
  if (d.listingEnded) {
    out.push(
      `data/ says the NS-CMIC listing ended (${d.listingEnded.type}, ${d.listingEnded.date}) but OFAC still lists it: review`,
    );
  }
  if (d.renamed) {
    out.push(
      `renamed: listed as ${d.renamed.listed.map((n) => `"${n}"`).join(', ')}, OFAC now "${d.renamed.ofac}"`,
    );
  }
  for (const n of d.namesAdded) out.push(`name added: "${n.value}" (${n.kind}, ${n.file})`);
  for (const t of d.tickersAdded)
    out.push(
      `ticker added: ${describeOfacTicker({ symbol: t.symbol, market: t.market! })} (${t.file})`,
    );
  for (const t of d.tickersRemoved)
    out.push(
      `ticker no longer listed by OFAC: ${t.exchange} ${t.symbol} (kept: remove by hand if intended)`,
    );
  for (const i of d.isinsAdded) out.push(`ISIN added: ${i.value} (${i.file})`);
  for (const i of d.isinsRemoved)
    out.push(`ISIN no longer listed by OFAC: ${i} (kept: remove by hand if intended)`);
  for (const i of d.invalidIsins) {
    out.push(
      i.known
        ? `ISIN ${i.value} fails its check digit (not imported; data/ already records it as rejected)`
        : `ISIN ${i.value} fails its check digit (not imported; recorded as rejected)`,
    );
  }
  for (const id of d.identifiers) {
    out.push(
      id.dataset
        ? `${id.field} differs: data/ ${id.dataset}, OFAC ${id.ofac} (not applied: review)`
        : `${id.field} added: ${id.ofac} (${id.file})`,
    );
  }
  for (const o of d.otherIdsAdded) out.push(`identifier added: ${o.value} (${o.file})`);
  for (const l of d.linkedToAdded) out.push(`"Linked To" added: ${l.value} (${l.file})`);
  for (const date of d.dates) {
    out.push(
      date.dataset
        ? `${date.kind} date differs: data/ ${date.dataset}, OFAC ${date.ofac} (not applied: review)`
        : `${date.kind} date added: ${date.ofac} (${date.file})`,
    );
  }
  return out;
}

export function renderReconcileReport(report: ReconcileReport): string[] {
  const byEntNum = report.matched.filter((m) => m.how === 'ofac_ent_num').length;
  const lines = [
    `Reconciliation with data/ (dataset version ${report.datasetVersion}, ` +
      `${plural(report.datasetCurrent, 'company', 'companies')} with a current NS-CMIC listing):`,
    `  matched: ${report.matched.length} of ${report.entries} (${byEntNum} by ofac_ent_num, ${report.matched.length - byEntNum} by name)`,
  ];
  for (const m of report.matched) {
    const how = m.how === 'name' ? `by name "${m.matchedName}"` : 'by ofac_ent_num';
    const listing = m.newListing ? ', in data/ without an NS-CMIC listing: one will be added' : '';
    lines.push(`    ${entryLabel(m.entry)} -> ${m.entityId} (${how}${listing})`);
  }
  const section = (title: string, items: string[]) => {
    lines.push(`  ${title}: ${items.length ? '' : 'none'}`.trimEnd());
    for (const item of items) lines.push(`    ${item}`);
  };
  section(
    'on the official list, missing from data/',
    report.missing.map(
      (e) => `${entryLabel(e)}: new company (listed ${e.listingDate?.value ?? 'date unknown'})`,
    ),
  );
  section(
    'matched by name to several companies (record the right ofac_ent_num by hand)',
    report.ambiguous.map((a) => `${entryLabel(a.entry)}: ${a.candidates.join(', ')}`),
  );
  section(
    'in data/, dropped from the official list',
    report.dropped.map(
      (d) =>
        `${d.entNum ?? 'no ent_num'} ${d.name} (${d.entityId}, listed ${d.listedOn}): ` +
        'a `removed` event is recorded only with --removed-on <date>',
    ),
  );
  const changed = report.matched.filter((m) => !isClean(m.differences) || m.newListing);
  section(
    'differences for companies on both',
    changed.flatMap((m) => [
      `${entryLabel(m.entry)} (${m.entityId}):`,
      ...describeDifferences(m.differences).map((d) => `  ${d}`),
    ]),
  );
  const known = report.matched.flatMap((m) =>
    m.differences.invalidIsins.filter((i) => i.known).map((i) => `${i.value} (${m.entry.entNum})`),
  );
  if (known.length) {
    lines.push(`  ISINs failing their check digit, already rejected in data/: ${known.join(', ')}`);
  }
  const agrees =
    !report.missing.length && !report.ambiguous.length && !report.dropped.length && !changed.length;
  lines.push(
    agrees
      ? `Result: the official list and data/ agree on all ${plural(report.entries, 'NS-CMIC company', 'NS-CMIC companies')}.`
      : 'Result: differences found (above).',
  );
  return lines;
}

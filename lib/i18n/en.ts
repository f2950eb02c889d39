/**
 * English UI text. Placeholders in braces are filled by t(); every key must also exist in
 * zh-CN.ts (the type checker enforces it).
 */
export const en = {
  appName: 'Designation Lens',
  disclaimer: 'Information, not legal advice.',

  // Lists: the short name and one sentence on what each prohibits and what it does not.
  'list.ofac-ns-cmic': 'Treasury NS-CMIC list',
  'list.dod-1260h': 'DoD Section 1260H list',
  'list.dod-1237': 'DoD Section 1237 list (E.O. 13959)',
  'prohibits.ofac-ns-cmic':
    "US persons may not buy or sell this company's publicly traded securities, or securities that give exposure to them (ADRs, ETFs, index funds). It is not an SDN asset freeze, and it does not reach unlisted subsidiaries (OFAC FAQ 857).",
  'prohibits.dod-1260h':
    'No investment ban. Section 805 of the FY2024 NDAA bars DoD from contracting with listed companies (from 30 Jun 2026) and from buying goods or services sourced from them (from 30 Jun 2027).',
  'prohibits.dod-1237':
    "E.O. 13959 barred US persons from buying this company's publicly traded securities. The regime ended on 3 Jun 2021, when E.O. 14032 replaced it; that ending was not a clearance of the company.",

  // The state of a listing on a date.
  'state.active': 'Listed since {date}',
  'state.pending': 'Listing takes effect {date}',
  'state.enjoined': 'Enjoined by a court since {date}',
  'state.vacated': 'Vacated by a court on {date}',
  'state.removed': 'Removed from the list on {date}',
  'state.superseded': 'Ended on {date}: superseded by E.O. 14032 (not a clearance of the company)',
  'state.unclear':
    'Status unclear since {date}: absent from the list under this name, no removal notice found',
  'badge.ban': 'Investment ban',
  'badge.listed': 'Listed',
  'badge.history': 'History',

  // Consequences. {date} is the consequence's date, {when} a relative phrase ("in 221 days").
  'c.purchase-ban.took-effect': 'Purchase ban in effect since {date}',
  'c.purchase-ban.ended': 'Purchase ban in effect from {date} until {blocker}',
  'c.purchase-ban.pending': 'Purchase ban starts {date} ({when})',
  'c.purchase-ban.never': 'Purchase ban due {date} never took effect: {blocker}',
  'c.divestment-deadline.took-effect': 'Divestment window closed on {date}',
  'c.divestment-deadline.ended': 'Divestment window closed on {date}',
  'c.divestment-deadline.pending': 'Divestment window closes {date} ({when})',
  'c.divestment-deadline.never': 'Divestment deadline of {date} never arrived: {blocker}',
  'c.procurement-direct.took-effect': 'DoD contracting ban in effect since {date}',
  'c.procurement-direct.ended': 'DoD contracting ban in effect from {date} until {blocker}',
  'c.procurement-direct.pending': 'DoD contracting ban starts {date} ({when})',
  'c.procurement-direct.never': 'DoD contracting ban ({date}) does not apply: {blocker}',
  'c.procurement-indirect.took-effect':
    'DoD ban on goods and services sourced from it in effect since {date}',
  'c.procurement-indirect.ended':
    'DoD ban on goods and services sourced from it in effect from {date} until {blocker}',
  'c.procurement-indirect.pending':
    'DoD ban on goods and services sourced from it starts {date} ({when})',
  'c.procurement-indirect.never':
    'DoD ban on goods and services sourced from it ({date}) does not apply: {blocker}',
  'c.computed': 'date computed from the listing date',
  'c.scheduled': 'scheduled',
  'blocked.enjoined': 'enjoined by a court on {date}',
  'blocked.vacated': 'vacated by a court on {date}',
  'blocked.removed': 'removed from the list on {date}',
  'blocked.superseded': 'superseded by E.O. 14032 on {date}',
  'blocked.status-unclear': 'its status has been unclear since {date}',

  // Events in a listing's history.
  'event.listed': 'Listed',
  'event.relisted': 'Listed again',
  'event.purchase-ban-scheduled': 'Purchase ban scheduled',
  'event.purchase-ban-effective': 'Purchase ban effective',
  'event.enjoined': 'Enjoined by a court',
  'event.vacated': 'Vacated by a court',
  'event.removed': 'Removed',
  'event.superseded': 'Superseded (E.O. 14032)',
  'event.divestment-window-end': 'Divestment window ends',
  'event.status-unclear': 'Status unclear',

  'card.listedAs': 'Listed as',
  'card.history': 'History',
  'card.sources': 'Sources ({count})',
  'card.confidence.medium': 'Confidence: medium (secondary transcription or judgement call).',
  'card.confidence.low': 'Confidence: low (status inferred from absence in a later list).',
  'card.tickers': 'Tickers',
  'card.isins': 'ISINs',
  'card.delisted': 'delisted',
  'card.parent': 'Parent',
  'card.matchedText': 'Matched “{text}”',
  'card.dataAsOf': 'Data as of {date}',
  'card.lastSync': 'last sync {date}',
  'card.neverSynced': 'bundled data, not yet synced',
  'card.noEntity': 'This company is not in the current data.',

  'popover.label': 'Designation Lens: {name}',
  'popover.several': 'This name refers to {count} companies',
  'popover.close': 'Close',
  'popover.disableSite': 'Disable on this site',
  'popover.notThat': 'This is not that company',
  'popover.stale': 'This data has not been refreshed for {days} days (last checked {date}).',
  'popover.position': 'Mark {index} of {count}',

  'banner.ban':
    '{name} is on the Treasury NS-CMIC list: US persons may not buy or sell its publicly traded securities, since {date}.',
  'banner.banPending':
    '{name} is on the Treasury NS-CMIC list: US persons may not buy its publicly traded securities from {date} ({when}).',
  'banner.listed':
    '{name} is on the DoD Section 1260H list. No investment ban; DoD procurement bans from {direct} and {indirect}.',
  'banner.details': 'Details',
  'banner.dismiss': 'Dismiss',
  'banner.label': 'Designation warning',

  'popup.searchLabel': 'Look up a company, ticker or ISIN',
  'popup.searchPlaceholder': 'Company, ticker or ISIN',
  'popup.noResults':
    'No company matching “{query}” on the lists this extension covers (data as of {date}).',
  'popup.results': '{count} results',
  'popup.back': 'Back to results',
  'popup.matchedBy': 'matched {field}: {text}',
  'field.name': 'name',
  'field.ticker': 'ticker',
  'field.isin': 'ISIN',

  'relative.today': 'today',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

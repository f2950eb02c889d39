/**
 * English UI text. Placeholders in braces are filled by t(); every key must also exist in
 * zh-CN.ts (the type checker enforces it).
 */
import { popupText } from './parts/popup.ts';
import { lookupText } from './parts/lookup.ts';
import { panelText } from './parts/panel.ts';
import { watchlistText } from './parts/watchlist.ts';
import { preferencesText } from './parts/preferences.ts';
import { welcomeText } from './parts/welcome.ts';

/** The shared words: lists, states, cards, popovers, banners, sync. */
export const enBase = {
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

  // The options page: data and sync.
  'options.title': 'Designation Lens options',
  'options.data': 'Data and sync',
  'sync.dataset': 'Data: version {version}, as of {date}',
  'sync.source.bundled': 'bundled with the extension',
  'sync.source.feed': 'from the feed, installed {time}',
  'sync.lastSuccess': 'Last successful sync: {time}',
  'sync.neverSucceeded':
    'Last successful sync: none yet (the data bundled with the extension is in use)',
  'sync.lastAttempt': 'Last attempt: {time}',
  'sync.lastError': 'Last error ({time}): {error}',
  'sync.noError': 'No errors.',
  'sync.running': 'Syncing…',
  'sync.now': 'Sync now',
  'sync.every': 'The extension checks the feed every {hours} hours.',
  'sync.interrupted':
    'The sync was interrupted before it finished (the browser stopped the extension in the background). Nothing was changed; the next sync starts over.',
  'sync.result.updated': 'Updated to dataset {version} (as of {date}).',
  'sync.result.upToDate': 'Already up to date (dataset {version}, as of {date}).',
  'sync.result.heldBack':
    'Dataset {heldBack} was not installed again because you went back from it; a newer version will be.',
  'sync.rollback': 'Go back to the previous data (version {version})',
  'sync.rolledBack': 'Went back to dataset {version}.',
  'sync.error.no-permission':
    'The extension has no permission to contact the feed’s site: set the feed address again to grant it. The data you have is kept.',
  'sync.error.network':
    'The feed server could not be reached (offline, or the connection was refused or reset): the data you have is kept.',
  'sync.error.timeout': 'The feed server did not answer in time: the data you have is kept.',
  'sync.error.http': 'The feed server answered {status}: the data you have is kept.',
  'sync.error.redirected':
    'The feed server sent the download to another address, which the extension does not follow: the data you have is kept.',
  'sync.error.truncated':
    'The download was cut short before the whole file arrived: nothing was changed, and the data you have is kept.',
  'sync.error.too-large':
    'The feed file is larger than the extension accepts: it was not applied, and the data you have is kept.',
  'sync.error.not-json':
    'The downloaded file is not a readable feed (it may be cut short or an error page): the data you have is kept.',
  'sync.error.bad-envelope':
    'The downloaded file is not a Designation Lens feed: the data you have is kept.',
  'sync.error.unsigned': 'The feed is not signed: it was not applied.',
  'sync.error.unknown-key':
    'The feed is signed with a key this extension does not trust: it was not applied.',
  'sync.error.bad-signature': 'The feed’s signature does not match: it was not applied.',
  'sync.error.bad-payload': 'The feed’s data is unreadable: it was not applied.',
  'sync.error.invalid-data': 'The feed’s data failed its checks: it was not applied.',
  'sync.error.older':
    'The feed (dataset {feedVersion}) is older than the data you have (dataset {haveVersion}): it was not applied.',
  'sync.error.storage': 'The browser could not store the update: the data you have is kept.',
  'sync.error.internal': 'Something went wrong inside the extension: the data you have is kept.',

  'feed.label': 'Feed address',
  'feed.default': 'the project’s published feed, the default',
  'feed.mirror': 'a mirror you chose',
  'feed.help':
    'A mirror must serve the same signed file. The extension asks for permission to contact that site, and no other.',
  'feed.input': 'Mirror address',
  'feed.set': 'Use this mirror',
  'feed.reset': 'Use the default feed',
  'feed.invalid': 'Enter an address that starts with https:// or http://.',
  'feed.denied': 'Permission to contact {origin} was not given: the feed address was not changed.',
  'feed.saved': 'The feed address is now {url}.',

  'changes.title': 'Recent updates',
  'changes.none': 'No updates yet: the data is the version bundled with the extension.',
  'changes.entry': 'Dataset {from} → {to} (as of {date}), {how} {time}',
  'changes.how.feed': 'from the feed,',
  'changes.how.bundled': 'with an extension update,',
  'changes.how.rollback': 'gone back to by you,',
  'changes.company-added': '{name}: added ({lists})',
  'changes.company-removed': '{name}: taken out of the data',
  'changes.listing-added': '{name}: added to the {list} ({date})',
  'changes.listing-removed': '{name}: {list} listing of {date} taken out of the data',
  'changes.event-added': '{name}, {list}: {event} {date}',
  'changes.event-removed': '{name}, {list}: no longer “{event} {date}”',
  'changes.date-changed': '{name}, {list}: {event} moved from {from} to {to}',
  'changes.names-changed': '{name}: names or identifiers changed',
  'changes.more': '… and {count} more',
  'changes.details': 'Sources or notes changed for {count} companies.',
  'changes.programs': 'The description of a list changed.',
  'changes.matching': 'The rules for finding names in pages changed.',
  'changes.nothing': 'No changes to companies or listings.',

  'notify.title': 'Designation Lens: your watchlist changed',
  'notify.message': 'Dataset {version} changes: {names}.',
  'notify.andMore': '{names} and {count} more',

  'relative.today': 'today',
} as const;

export const en = {
  ...enBase,
  ...popupText.en,
  ...lookupText.en,
  ...panelText.en,
  ...watchlistText.en,
  ...preferencesText.en,
  ...welcomeText.en,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

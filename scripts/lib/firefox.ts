/** The Firefox that the Firefox end-to-end tests drive: Debian's ESR unless FIREFOX_PATH says otherwise. */
import { ensureBrowser, type BrowserBinary } from './browser-binary.ts';

export const FIREFOX: BrowserBinary = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: [
    '/usr/lib/firefox-esr/firefox-esr', // Debian's ESR package
    '/usr/lib/firefox/firefox',
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ],
  aptPackage: 'firefox-esr',
};

export function ensureFirefox(log?: (line: string) => void): string {
  return ensureBrowser(FIREFOX, log);
}

/** The Chromium that the demo, the benchmarks and the end-to-end tests drive. */
import { ensureBrowser, type BrowserBinary } from './browser-binary.ts';

export const CHROMIUM: BrowserBinary = {
  name: 'Chromium',
  envVar: 'CHROME_PATH',
  candidates: [
    '/usr/lib/chromium/chromium', // Debian's real binary (/usr/bin/chromium is a wrapper script)
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
  ],
  aptPackage: 'chromium',
};

export function ensureChromium(log?: (line: string) => void): string {
  return ensureBrowser(CHROMIUM, log);
}

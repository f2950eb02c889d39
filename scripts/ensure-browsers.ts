/** Run before the end-to-end tests: makes sure the browsers they drive exist (see lib/browser-binary.ts). */
import { ensureChromium } from './lib/chromium.ts';
import { ensureFirefox } from './lib/firefox.ts';

const which = process.argv.slice(2);
try {
  if (which.length === 0 || which.includes('chromium'))
    console.log(`Chromium: ${ensureChromium()}`);
  if (which.length === 0 || which.includes('firefox')) console.log(`Firefox: ${ensureFirefox()}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

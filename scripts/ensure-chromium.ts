/** Run before the end-to-end tests: makes sure a Chromium exists (see lib/chromium.ts). */
import { ensureChromium } from './lib/chromium.ts';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

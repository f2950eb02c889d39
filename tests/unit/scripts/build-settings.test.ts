/** Build settings: release builds open the first-run page; DL_WELCOME=0 builds (the test build) do not. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shouldOpenWelcome } from '../../../entrypoints/background/welcome.ts';
import { buildSettings, DEFAULT_FEED_URL } from '../../../scripts/build-settings.ts';

describe('build settings', () => {
  it('a release build (no variables) opens the first-run page and uses the published feed', () => {
    const s = buildSettings({});
    expect(s.welcome).toBe(true);
    expect(s.feedUrl).toBe(DEFAULT_FEED_URL);
    expect(s.outDir).toBe('.output');
  });

  it('DL_WELCOME=0 turns the first-run page off; other values leave it on', () => {
    expect(buildSettings({ DL_WELCOME: '0' }).welcome).toBe(false);
    expect(buildSettings({ DL_WELCOME: '1' }).welcome).toBe(true);
    expect(buildSettings({ DL_WELCOME: '' }).welcome).toBe(true);
  });

  it('the test build sets DL_WELCOME=0', () => {
    const script = readFileSync(
      fileURLToPath(new URL('../../../scripts/build-test.ts', import.meta.url)),
      'utf8',
    );
    expect(script).toMatch(/^\s*DL_WELCOME: '0',$/m);
  });
});

describe('the first-run page', () => {
  it('opens on a new install only, and only when the build allows it', () => {
    expect(shouldOpenWelcome('install', true)).toBe(true);
    expect(shouldOpenWelcome('update', true)).toBe(false);
    expect(shouldOpenWelcome('browser_update', true)).toBe(false);
    expect(shouldOpenWelcome('chrome_update', true)).toBe(false);
    expect(shouldOpenWelcome('shared_module_update', true)).toBe(false);
    expect(shouldOpenWelcome('install', false)).toBe(false);
  });
});

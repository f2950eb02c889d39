import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from './lens.ts';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame, including about:blank and srcdoc frames a page fills in itself.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startLens(window, controller.signal).catch((err: unknown) => {
      // After an extension update the old script loses its connection: that is a shutdown.
      if (ctx.isInvalid) return;
      console.warn('Designation Lens:', err instanceof Error ? err.message : err);
    });
  },
});

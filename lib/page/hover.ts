/**
 * Hover intent over marks: the pointer must rest on a mark (about 150 ms) before its data is
 * fetched, and a little longer (about 350 ms) before the popover opens; it closes shortly after
 * the pointer leaves both the mark and the popover, or at once on Escape. Pointer moves are
 * read once per animation frame: the listener itself does nothing but remember coordinates.
 */
import { markAt } from './hit-test.ts';
import type { Mark } from './marks.ts';

export const HOVER_TIMING = { fetchMs: 150, showMs: 350, closeMs: 300 };

export interface HoverHandlers {
  marksByNode: () => ReadonlyMap<Node, Mark[]>;
  prefetch: (mark: Mark) => void;
  show: (mark: Mark) => void;
  hide: () => void;
  /** Whether an event target is our own popover (the pointer may move into it). */
  isOwnUi: (target: EventTarget | null) => boolean;
}

export function watchHover(
  win: Window,
  handlers: HoverHandlers,
  signal: AbortSignal,
  timing = HOVER_TIMING,
): void {
  const doc = win.document;
  let x = 0;
  let y = 0;
  let target: EventTarget | null = null;
  let frame = 0;
  let candidate: Mark | null = null;
  let shown: Mark | null = null;
  const timers: number[] = [];
  let closeTimer = 0;

  const clearTimers = () => {
    while (timers.length) win.clearTimeout(timers.pop());
  };
  const cancelClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const close = () => {
    cancelClose();
    clearTimers();
    candidate = null;
    if (shown) {
      shown = null;
      handlers.hide();
    }
  };

  const check = () => {
    frame = 0;
    if (handlers.isOwnUi(target)) {
      cancelClose();
      return;
    }
    const mark = markAt(doc, x, y, handlers.marksByNode());
    if (mark && mark === shown) {
      cancelClose();
      return;
    }
    if (mark !== candidate) {
      clearTimers();
      candidate = mark;
      if (mark) {
        timers.push(win.setTimeout(() => handlers.prefetch(mark), timing.fetchMs));
        timers.push(
          win.setTimeout(() => {
            cancelClose();
            shown = mark;
            handlers.show(mark);
          }, timing.showMs),
        );
      }
    }
    if (!mark && shown && !closeTimer) closeTimer = win.setTimeout(close, timing.closeMs);
  };

  doc.addEventListener(
    'mousemove',
    (e) => {
      x = e.clientX;
      y = e.clientY;
      target = e.target;
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && shown) close();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimers();
    cancelClose();
    if (frame) win.cancelAnimationFrame(frame);
  });
}

/**
 * The page scanner: finds marks in the document at first, then keeps them current as the page
 * changes, as a guest: the MutationObserver callback only queues what changed; a scheduler
 * processes the queue in short slices when the browser is idle; a burst of mutations falls
 * back to one rescan; a hidden tab waits; a quiet page costs nothing.
 *
 *   mutations --queue--> roots to rescan (coalesced: a root inside another is dropped)
 *   slice: drop the marks under a root, walk its text runs, match, add marks
 *   after a slice that changed something: onChange() (repaint, summary)
 */
import type { Matcher } from '../matcher/matcher.ts';
import { marksInRun, type Mark } from './marks.ts';
import { runSliced, type SliceEnv } from './slices.ts';
import { blockContaining, isInline, isSkipped, textRuns, type TextRun } from './text-runs.ts';

/** Past this many queued roots, one rescan of the document is cheaper than many small ones. */
export const BURST_ROOTS = 500;

/**
 * A block that keeps changing (a live ticker, a log that grows) is rescanned at most once per
 * this many times its last scan took, and at least every MAX_WAIT_MS: its new names are marked
 * a little later, and the page keeps its main thread.
 */
export const THROTTLE_FACTOR = 40;
export const MAX_WAIT_MS = 2000;

export interface ScannerOptions {
  doc: Document;
  matcher: Matcher;
  env: SliceEnv;
  signal: AbortSignal;
  /** Keep only the entities worth marking (lists switched off, "not that company"...). */
  keep: (entities: number[]) => number[];
  /** Marks changed (after a slice, not per mark). */
  onChange: () => void;
  /** Whether an element is ours (our host is never scanned). */
  isOwn: (node: Node) => boolean;
  /** Records the duration of each slice of work, for the benchmark and for budgets. */
  onSlice?: (ms: number) => void;
  /** The queue ran empty. */
  onIdle?: () => void;
}

export interface Scanner {
  /** The marks, by the text nodes they touch (for hit testing). */
  readonly byNode: ReadonlyMap<Node, Mark[]>;
  marks(): Mark[];
  /** Queue the whole document (first scan, navigation, a burst, a new matcher or filter). */
  rescanAll(): void;
  /** Resolves when the queue is empty (tests and the benchmark wait on it). */
  idle(): Promise<void>;
}

export function createScanner(o: ScannerOptions): Scanner {
  const byNode = new Map<Node, Mark[]>();
  const all = new Set<Mark>();
  let queue = new Set<Node>();
  let everything = false;
  let running: Promise<void> | null = null;
  let current: { root: Node; runs: Generator<TextRun, void, undefined>; started: number } | null =
    null;
  /** When each root may be scanned again, after its last scan (see THROTTLE_FACTOR). */
  const notBefore = new WeakMap<Node, number>();
  const deferred = new Set<Node>();
  let deferTimer = 0;
  let changed = false;
  const idleWaiters: (() => void)[] = [];

  const body = () => o.doc.body ?? o.doc.documentElement;

  function addMark(mark: Mark) {
    const entities = o.keep(mark.entities);
    if (!entities.length) return;
    mark.entities = entities;
    all.add(mark);
    for (const n of mark.nodes) byNode.set(n, [...(byNode.get(n) ?? []), mark]);
    changed = true;
  }

  function removeMark(mark: Mark) {
    all.delete(mark);
    for (const n of mark.nodes) {
      const left = (byNode.get(n) ?? []).filter((m) => m !== mark);
      if (left.length) byNode.set(n, left);
      else byNode.delete(n);
    }
    changed = true;
  }

  /** Marks under `root`, or whose text left the document. */
  function dropMarksUnder(root: Node) {
    for (const mark of [...all]) {
      if (mark.nodes.some((n) => !n.isConnected || root.contains(n))) removeMark(mark);
    }
  }

  function insideSkipped(node: Node): boolean {
    for (let p: Node | null = node; p; p = p.parentNode) {
      if (p.nodeType === Node.ELEMENT_NODE && (isSkipped(p as Element) || o.isOwn(p))) return true;
    }
    return false;
  }

  /** The next root to scan, skipping roots inside others in the queue or inside skipped UI. */
  function nextRoot(): Node | null {
    if (everything) {
      everything = false;
      queue = new Set();
      for (const mark of [...all]) removeMark(mark);
      return body();
    }
    const now = o.env.now();
    for (const root of queue) {
      queue.delete(root);
      if (!root.isConnected) continue;
      let covered = false;
      for (const other of queue) if (other !== root && other.contains(root)) covered = true;
      if (covered || insideSkipped(root)) continue;
      const due = notBefore.get(root) ?? 0;
      if (now < due) {
        defer(root, due - now);
        continue;
      }
      dropMarksUnder(root);
      return root;
    }
    return null;
  }

  /** Scan `root` again once its cool-down has passed. */
  function defer(root: Node, waitMs: number) {
    deferred.add(root);
    if (deferTimer) return;
    deferTimer = (o.doc.defaultView as Window).setTimeout(() => {
      deferTimer = 0;
      for (const r of deferred) queue.add(r);
      deferred.clear();
      schedule();
    }, waitMs);
  }

  /** A root is done: its next scan waits in proportion to what this one cost. */
  function finished(root: Node, started: number) {
    const cost = o.env.now() - started;
    notBefore.set(root, o.env.now() + Math.min(MAX_WAIT_MS, cost * THROTTLE_FACTOR));
  }

  /** One unit of work: one text run. False when the queue is empty. */
  function step(): boolean {
    for (;;) {
      if (!current) {
        const root = nextRoot();
        if (!root) return false;
        current = { root, runs: textRuns(root), started: o.env.now() };
      }
      const next = current.runs.next();
      if (next.done) {
        finished(current.root, current.started);
        current = null;
        continue;
      }
      for (const mark of marksInRun(next.value, o.matcher)) addMark(mark);
      return true;
    }
  }

  const timed: SliceEnv = {
    now: o.env.now,
    later: (fn) =>
      o.env.later(() => {
        if (o.doc.hidden) {
          // A hidden tab waits until it is shown.
          o.doc.addEventListener('visibilitychange', () => timed.later(fn), {
            once: true,
            signal: o.signal,
          });
          return;
        }
        // The slice's time includes repainting: both are our work on the page's main thread.
        const t0 = o.env.now();
        fn();
        if (changed) {
          changed = false;
          o.onChange();
        }
        o.onSlice?.(o.env.now() - t0);
      }),
  };

  function schedule() {
    if (running || o.signal.aborted) return;
    running = runSliced(step, timed, o.signal).then(() => {
      running = null;
      if (queue.size || everything) return schedule();
      o.onIdle?.();
      while (idleWaiters.length) idleWaiters.pop()!();
    });
  }

  function enqueue(node: Node) {
    if (everything) return;
    queue.add(node);
    if (queue.size > BURST_ROOTS) {
      everything = true;
      queue = new Set();
    }
  }

  // The observer callback only queues; all work happens in scheduled slices.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (o.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        enqueue(blockContaining(r.target, body()));
        continue;
      }
      for (const added of r.addedNodes) {
        if (o.isOwn(added)) continue;
        // A new block is scanned on its own (a feed item); inline content joins its parent's flow.
        const block = added.nodeType === Node.ELEMENT_NODE && !isInline(added as Element);
        enqueue(block ? added : blockContaining(r.target, body()));
      }
      if (r.removedNodes.length) enqueue(blockContaining(r.target, body()));
    }
    schedule();
  });
  observer.observe(o.doc, { childList: true, subtree: true, characterData: true });
  o.signal.addEventListener('abort', () => {
    observer.disconnect();
    (o.doc.defaultView as Window).clearTimeout(deferTimer);
  });

  return {
    byNode,
    marks: () => [...all],
    rescanAll() {
      everything = true;
      current = null;
      schedule();
    },
    idle() {
      if (!running && !queue.size && !everything) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}

/**
 * Work in short slices off the page's critical path: each slice runs until its budget (about
 * 4 ms) is spent, then yields to the page until the browser is idle again.
 */
export const SLICE_MS = 4;

export interface SliceEnv {
  now: () => number;
  /** Schedules the next slice (requestIdleCallback where it exists). */
  later: (fn: () => void) => void;
}

export function browserSliceEnv(win: Window & typeof globalThis): SliceEnv {
  const idle = win.requestIdleCallback?.bind(win);
  return {
    now: () => win.performance.now(),
    later: idle ? (fn) => void idle(fn, { timeout: 200 }) : (fn) => void win.setTimeout(fn, 0),
  };
}

/**
 * Runs `step` in slices. `step` does one small unit of work and returns false when there is
 * nothing left. Resolves when done; `signal` stops it between units.
 */
export function runSliced(
  step: () => boolean,
  env: SliceEnv,
  signal?: AbortSignal,
  budget = SLICE_MS,
): Promise<void> {
  return new Promise((resolve) => {
    const slice = () => {
      if (signal?.aborted) return resolve();
      const end = env.now() + budget;
      do {
        if (!step()) return resolve();
      } while (env.now() < end && !signal?.aborted);
      env.later(slice);
    };
    env.later(slice);
  });
}

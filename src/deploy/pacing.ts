/**
 * How long and how often the deploy stage polls and retries. Production uses
 * DEFAULT_PACING; tests pass smaller numbers so they stay fast.
 */
export interface Pacing {
  /** First delay between polls of the function's state; grows by `factor` up to `maxDelayMs`. */
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Give up waiting for one update to settle after this long. */
  timeoutMs: number;
  /** Tries of one write that keeps meeting ResourceConflictException. */
  conflictAttempts: number;
  /** Attempts the SDK makes for throttling, 5xx and network errors (standard retry mode). */
  sdkMaxAttempts: number;
  /**
   * First delay before retrying CreateFunction with a role Lambda cannot assume
   * yet (a new IAM role takes seconds to propagate); doubles, capped at 10 s.
   */
  roleRetryDelayMs: number;
  /**
   * A call fails when its connection is idle this long: nothing sent and
   * nothing received (the SDK then retries it). A slow upload that keeps
   * moving is not idle. Lambda answers every control-plane call in seconds.
   */
  idleTimeoutMs: number;
}

export const DEFAULT_PACING: Pacing = {
  firstDelayMs: 250,
  factor: 1.5,
  maxDelayMs: 5_000,
  timeoutMs: 5 * 60_000,
  conflictAttempts: 6,
  sdkMaxAttempts: 5,
  roleRetryDelayMs: 2_000,
  idleTimeoutMs: 60_000,
};

export function pacingWith(overrides: Partial<Pacing> = {}): Pacing {
  return { ...DEFAULT_PACING, ...overrides };
}

/** The delay before poll or retry number `n` (0-based). */
export function delayFor(p: Pacing, n: number): number {
  return Math.min(p.maxDelayMs, Math.round(p.firstDelayMs * p.factor ** n));
}

/** Waits `ms`; with a signal (the deploy's deadline), rejects as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

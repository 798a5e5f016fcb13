import { NasmLambdaError } from '../errors.ts';

/**
 * The bound on a whole deploy (input deploy-timeout): every SDK call gets its
 * AbortSignal, every wait between calls sleeps on it, and whichever is running
 * when time is up fails with an error that names it and the endpoint.
 */

export const DEFAULT_DEPLOY_TIMEOUT_SECONDS = 900;

export type Activity = { call: string } | { wait: string } | { step: string };

export class Deadline {
  readonly seconds: number;
  readonly endpoint: string;
  readonly signal: AbortSignal;
  /** What the deploy was doing; the error names it. */
  activity: Activity = { step: 'starting' };
  #controller = new AbortController();
  #timer: NodeJS.Timeout;
  #expiredDuring?: Activity;
  #abort: Promise<never>;

  constructor(seconds: number, endpoint: string) {
    this.seconds = seconds;
    this.endpoint = endpoint;
    this.signal = this.#controller.signal;
    this.#abort = new Promise<never>((_, reject) => {
      this.signal.addEventListener('abort', () => reject(this.error()), { once: true });
    });
    // Handled by whoever races it; never an unhandled rejection on its own.
    this.#abort.catch(() => {});
    this.#timer = setTimeout(() => {
      this.#expiredDuring = this.activity;
      this.#controller.abort(new Error(`deploy-timeout of ${seconds} s reached`));
    }, seconds * 1000);
    this.#timer.unref();
  }

  get expired(): boolean {
    return this.signal.aborted;
  }

  /** Throws the deadline error when time is up. */
  check(): void {
    if (this.expired) throw this.error();
  }

  /** `p`, or the deadline error as soon as time is up. */
  race<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.#abort]);
  }

  error(): NasmLambdaError {
    const a = this.#expiredDuring ?? this.activity;
    const what =
      'call' in a
        ? `${a.call} to ${this.endpoint} got no complete answer`
        : 'wait' in a
          ? `it was still waiting for ${a.wait} (polling ${this.endpoint})`
          : `it was ${a.step}`;
    return new NasmLambdaError(`the deploy did not finish within deploy-timeout (${this.seconds} s): ${what}`, {
      input: 'deploy-timeout',
      fix: `check that ${this.endpoint} is reachable from the runner and answers (a proxy or firewall that accepts connections and never answers looks like this); for a slow network or a big zip raise deploy-timeout`,
    });
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}

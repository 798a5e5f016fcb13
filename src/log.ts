import type { Diagnostic } from './errors.ts';

/** How a log line came about. */
export interface LogOptions {
  /**
   * The text (or part of it) was passed on from elsewhere: a function's log or
   * response, an event, a tool's output, a file name from the repository. The
   * action never lets the runner read such text as workflow commands.
   */
  foreign?: boolean;
}

/**
 * How stages report progress. Stages never import @actions/core or print:
 * the action maps this onto core (groups, annotations), the CLI onto stderr.
 */
export interface Logger {
  info(message: string, opts?: LogOptions): void;
  debug(message: string): void;
  /** An annotation; `file`/`line` are optional. */
  annotate(d: Diagnostic): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Masks `value` in everything logged afterwards (the action maps it to the runner's add-mask). Optional. */
  secret?(value: string): void;
}

/** A logger that records everything; for tests and for quiet library use. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly annotations: Diagnostic[] = [];
  readonly secrets: string[] = [];
  /** The lines logged with `foreign: true`. */
  readonly foreign: string[] = [];
  info(message: string, opts?: LogOptions): void {
    this.lines.push(message);
    if (opts?.foreign) this.foreign.push(message);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  annotate(d: Diagnostic): void {
    this.annotations.push(d);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`);
    return fn();
  }
  secret(value: string): void {
    this.secrets.push(value);
  }
}

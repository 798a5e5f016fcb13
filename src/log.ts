import type { Diagnostic } from './errors.ts';

/**
 * How stages report progress. Stages never import @actions/core or print:
 * the action maps this onto core (groups, annotations), the CLI onto stderr.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  /** An annotation; `file`/`line` are optional. */
  annotate(d: Diagnostic): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that records everything; for tests and for quiet library use. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly annotations: Diagnostic[] = [];
  info(message: string): void {
    this.lines.push(message);
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
}

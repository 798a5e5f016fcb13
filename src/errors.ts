/**
 * One error type for everything a user can act on. The message is one line that
 * names the input (when there is one) and says how to fix it; the front doors
 * (action.ts, cli.ts) only format it.
 */
export interface Diagnostic {
  /** Path relative to the workspace, as GitHub annotations want it. */
  file?: string;
  line?: number;
  col?: number;
  severity: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export class NasmLambdaError extends Error {
  override name = 'NasmLambdaError';
  /** The action input (or CLI flag) at fault, e.g. `handler`. */
  readonly input?: string;
  /** What the user should do, already included in `message`. */
  readonly fix?: string;
  /** Extra annotations (assembler errors with file and line). */
  readonly diagnostics: Diagnostic[];

  constructor(problem: string, opts: { input?: string; fix?: string; diagnostics?: Diagnostic[]; cause?: unknown } = {}) {
    const parts = [opts.input ? `Input '${opts.input}': ${problem}` : problem];
    if (opts.fix) parts.push(opts.fix);
    super(oneLine(parts.join(': ')), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.input = opts.input;
    this.fix = opts.fix;
    this.diagnostics = opts.diagnostics ?? [];
  }
}

/** Shorthand for the common case: a bad input value and its fix. */
export function inputError(input: string, problem: string, fix: string): NasmLambdaError {
  return new NasmLambdaError(problem, { input, fix });
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

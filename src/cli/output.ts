/**
 * Writing to a terminal or a pipe. `nasm-lambda build | head -2` closes the
 * pipe early: the writes that follow fail with EPIPE, which must not become a
 * stack trace. A closed stream is simply no longer written to; the run goes
 * on and exits with its own status.
 */
import type { Diagnostic } from '../errors.ts';
import type { Logger } from '../log.ts';

const closed = new WeakSet<NodeJS.WriteStream>();

function guard(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      closed.add(stream);
      return;
    }
    throw e;
  });
}

let guarded = false;
export function guardStdio(): void {
  if (guarded) return;
  guarded = true;
  guard(process.stdout);
  guard(process.stderr);
}

function write(stream: NodeJS.WriteStream, data: string | Uint8Array): void {
  if (closed.has(stream) || stream.destroyed) return;
  stream.write(data);
}

export const out = (data: string | Uint8Array): void => write(process.stdout, data);
export const err = (data: string | Uint8Array): void => write(process.stderr, data);

/** A text that ends in exactly one newline. */
export const line = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);

/** Warnings about the action's outputs, which the CLI does not have. */
const ACTION_ONLY = /the test-response output holds/;

export function printDiagnostic(d: Diagnostic): void {
  if (ACTION_ONLY.test(d.message)) return;
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.col ? `:${d.col}` : ''}: ` : '';
  err(`${where}${d.severity}: ${d.message}\n`);
}

export function printFacts(rows: [string, string][]): void {
  const width = Math.max(0, ...rows.map(([k]) => k.length));
  for (const [k, v] of rows) out(`${k.padEnd(width)}  ${v.replace(/`/g, '')}\n`);
}

export function makeLogger(verbose: boolean): Logger {
  return {
    info: (m) => {
      if (verbose) err(line(m));
    },
    debug: () => {},
    annotate: printDiagnostic,
    group: async (name, fn) => {
      if (verbose) err(`== ${name}\n`);
      return fn();
    },
  };
}

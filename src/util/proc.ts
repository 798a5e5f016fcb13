import { exec } from '@actions/exec';
import { StringDecoder } from 'node:string_decoder';

export interface ProcResult {
  /** The exit status; null when a signal ended the program (@actions/exec does not say which). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program with an argument array, never through a shell, and collects its
 * output, through @actions/exec. `silent`: exec would otherwise echo
 * `[command]…` and the program's output to stdout, where the CLI keeps its
 * results and the action only writes what it has made safe (callers log the
 * command and output themselves, as foreign text). No input is given (ending stdin
 * with exec's `input` races a fast program's exit into an EPIPE exec cannot catch);
 * none of the programs run here reads stdin.
 * Rejects when the program cannot be started (not found, cwd missing).
 */
export async function runProcess(
  file: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; onOutput?: (chunk: string) => void; ignoreStdout?: boolean } = {},
): Promise<ProcResult> {
  let stdout = '';
  let stderr = '';
  const outText = new StringDecoder('utf8');
  const errText = new StringDecoder('utf8');
  const env = opts.env && (Object.fromEntries(Object.entries(opts.env).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const code = await exec(file, [...args], {
    cwd: opts.cwd,
    env,
    silent: true,
    ignoreReturnCode: true,
    listeners: {
      stdout: (b: Buffer) => {
        const d = outText.write(b);
        if (!opts.ignoreStdout) stdout += d;
        opts.onOutput?.(d);
      },
      stderr: (b: Buffer) => {
        const d = errText.write(b);
        stderr += d;
        opts.onOutput?.(d);
      },
    },
  });
  stdout += opts.ignoreStdout ? '' : outText.end();
  stderr += errText.end();
  // exec reports a signal's end as a null exit code.
  return { code: code ?? null, signal: null, stdout, stderr };
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

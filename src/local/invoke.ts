/**
 * Local invoke: unzip a function as Lambda would, start its bootstrap against
 * the built-in Runtime API with Lambda's environment, and send it an event.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { packedHandlerOf } from '../runtime/bootstrap.ts';
import { hasElfMagic } from '../build/elf.ts';
import type { Logger } from '../log.ts';
import { RuntimeApiServer, type InitError, type InvocationResult, type InvokeOptions } from './runtime-api.ts';
import { whichOnPath } from '../build/toolchain.ts';
import { extractZip } from '../package/zip.ts';

export type InvokeSuccess = { ok: true; response: string; body: Buffer; requestId: string; logs: string };
export type InvokeFailure = {
  ok: false;
  errorType: string;
  errorMessage: string;
  stackTrace: string[];
  logs: string;
  requestId?: string;
  /** The runtime's Lambda-Runtime-Function-Error-Type, validated as Lambda does (invocation and init errors). */
  headerErrorType?: string;
  /** The error document exactly as the runtime posted it. */
  body?: Buffer;
  /** The bootstrap's exit status, when it exited (or died by a signal: 128 + N). */
  exitCode?: number;
  /** The bootstrap exited before any GET /next got an event: it never ran the Runtime API loop. */
  neverAskedForEvent?: boolean;
};
export type InvokeOutcome = InvokeSuccess | InvokeFailure;
export type InvokeResult = InvokeOutcome | { skipped: string };

/** Lambda's own default Timeout, for a local test of a function that doesn't exist yet. */
export const DEFAULT_TIMEOUT_MS = 3_000;
const LOG_LIMIT_BYTES = 1024 * 1024;
/** The Lambda-like PATH; /opt/bin is where layers put programs. */
export const LAMBDA_PATH = '/usr/local/bin:/usr/bin:/bin:/opt/bin';

export interface InvokeZipOptions {
  zipPath: string;
  event: string;
  /** `_HANDLER`, the function's Handler setting. Empty or unset: the bootstrap runs the packed handler. */
  handler?: string;
  functionName?: string;
  region?: string;
  timeoutMs?: number;
  /** AWS_LAMBDA_FUNCTION_MEMORY_SIZE: the function's MemorySize. */
  memoryMb?: number;
  /** The function's environment variables (Lambda's own reserved ones are set by the runtime, not here). */
  environment?: Record<string, string>;
  log: Logger;
  /** The host architecture, `process.arch` unless a test says otherwise. */
  arch?: string;
}

export type LocalRunPlan =
  | { kind: 'native' }
  /** The bootstrap is itself the x86-64 program (`bootstrap: none`): start it through qemu. */
  | { kind: 'qemu-bootstrap'; qemu: string }
  /** A script bootstrap: point _HANDLER at a wrapper that runs the executable through qemu. */
  | { kind: 'qemu-handler'; qemu: string }
  | { kind: 'skip'; reason: string };

/** How to run x86-64 code on this host. Pure, so the arm64 path is testable on x64. */
export function planLocalRun(p: { arch: string; qemu: string | null; bootstrapIsElf: boolean }): LocalRunPlan {
  if (p.arch === 'x64') return { kind: 'native' };
  if (!p.qemu) {
    return {
      kind: 'skip',
      reason: `the zip holds x86-64 code and this runner is ${p.arch}; install qemu-user (qemu-x86_64) to run test-event here, or run it on an x64 runner`,
    };
  }
  return p.bootstrapIsElf ? { kind: 'qemu-bootstrap', qemu: p.qemu } : { kind: 'qemu-handler', qemu: p.qemu };
}

export interface RuntimeOptions {
  /** The unzipped function, LAMBDA_TASK_ROOT. */
  taskRoot: string;
  /** `_HANDLER`; empty by default. */
  handler?: string;
  functionName?: string;
  region?: string;
  memoryMb?: number;
  /** Deadline budget given to each event. */
  timeoutMs?: number;
  /** Added to Lambda's variables (and winning over them), e.g. TMPDIR. */
  env?: Record<string, string>;
  /** Program and arguments to start `bootstrap` through, e.g. [qemu-x86_64]. */
  launcher?: string[];
  /** The bootstrap to start; default `<taskRoot>/bootstrap`. */
  bootstrap?: string;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  spawnError?: NodeJS.ErrnoException;
}

/**
 * A started bootstrap and the Runtime API it talks to. One session serves any
 * number of invocations, one after the other, as a warm Lambda sandbox does.
 */
export class RuntimeSession {
  readonly server: RuntimeApiServer;
  readonly #child: ChildProcess;
  readonly #exited: Promise<InvokeFailure>;
  readonly #exit: Promise<ExitInfo>;
  #exitInfo: ExitInfo | undefined;
  #logs: Buffer[] = [];
  #logBytes = 0;
  #streamsClosed: Promise<void>;
  #closed = false;

  /** Use startRuntime(). */
  constructor(server: RuntimeApiServer, child: ChildProcess, bootstrapPath: string) {
    this.server = server;
    this.#child = child;
    const collect = (chunk: Buffer): void => {
      this.#logs.push(chunk);
      this.#logBytes += chunk.length;
      while (this.#logBytes > LOG_LIMIT_BYTES && this.#logs.length > 1) this.#logBytes -= this.#logs.shift()!.length;
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.#streamsClosed = new Promise((resolve) => child.once('close', () => resolve()));
    this.#exit = new Promise<ExitInfo>((resolve) => {
      child.once('error', (err: NodeJS.ErrnoException) => resolve((this.#exitInfo = { code: null, signal: null, spawnError: err })));
      child.once('exit', (code, signal) => resolve((this.#exitInfo = { code, signal })));
    });
    this.#exited = this.#exit.then((e): InvokeFailure => {
      if (e.spawnError) return spawnFailure(e.spawnError, bootstrapPath);
      return {
        ok: false,
        errorType: 'Runtime.ExitError',
        errorMessage: e.code !== null ? `Runtime exited with error: exit status ${e.code}` : `Runtime exited with error: signal: ${e.signal}`,
        stackTrace: [],
        logs: '',
        exitCode: e.code ?? 128 + signalNumber(e.signal),
        neverAskedForEvent: this.server.deliveredCount === 0,
      };
    });
  }

  /** Resolves when the bootstrap exits, or fails to start (spawnError). */
  waitExit(): Promise<ExitInfo> {
    return this.#exit;
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Everything the bootstrap and handler wrote to stdout and stderr so far (the last 1 MB). */
  logs(): string {
    return Buffer.concat(this.#logs).toString('utf8');
  }

  /**
   * Sends one event and waits for the answer, an init error, the bootstrap
   * dying, or the timeout, whichever comes first.
   */
  async invoke(event: string | Buffer, opts: InvokeOptions = {}): Promise<InvokeOutcome> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<InvokeFailure>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            ok: false,
            errorType: 'Sandbox.Timedout',
            errorMessage: `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
            stackTrace: [],
            logs: '',
          }),
        timeoutMs,
      );
    });
    // After /init/error the runtime should exit; give it a moment so the status is known.
    const initFailed = this.server.initError.then(async (e): Promise<InvokeFailure> => {
      const exit = await Promise.race([this.#exit, delay(5000)]);
      const exitCode = exit ? (exit.code ?? 128 + signalNumber(exit.signal)) : undefined;
      return { ...fromInitError(e), ...(exitCode === undefined ? {} : { exitCode }) };
    });
    try {
      const outcome = await Promise.race([this.server.invoke(event, { ...opts, timeoutMs }).then(toOutcome), initFailed, this.#exited, timedOut]);
      // An init error is followed by the bootstrap exiting: report the init error.
      if (!outcome.ok && outcome.errorType === 'Runtime.ExitError' && this.server.initErrorValue) {
        return { ...fromInitError(this.server.initErrorValue), exitCode: outcome.exitCode };
      }
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Stops the bootstrap: SIGTERM to its process group (the generated bootstrap
   * then removes its temp dir), SIGKILL to the group after a grace period in any
   * case, so no handler or curl outlives it. Then closes the server.
   */
  async close(graceMs = 1000): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const pid = this.#child.pid;
    if (pid !== undefined) {
      if (!this.#exitInfo) {
        killGroup(pid, 'SIGTERM');
        await Promise.race([this.#exited, delay(graceMs)]);
      }
      killGroup(pid, 'SIGKILL');
      // The pipes close once every process holding them is gone.
      await Promise.race([this.#streamsClosed, delay(graceMs)]);
    }
    await this.server.close();
  }
}

/** Starts a Runtime API server and the bootstrap of an unzipped function against it. */
export async function startRuntime(opts: RuntimeOptions): Promise<RuntimeSession> {
  const server = new RuntimeApiServer({ functionName: opts.functionName, region: opts.region, timeoutMs: opts.timeoutMs });
  await server.start();
  const bootstrap = opts.bootstrap ?? path.join(opts.taskRoot, 'bootstrap');
  const [file, ...args] = [...(opts.launcher ?? []), bootstrap];
  const env = { ...lambdaEnvironment({ ...opts, runtimeApi: server.address }), ...opts.env };
  let child: ChildProcess;
  try {
    // detached: its own process group, so close() can kill the handler and curl too.
    child = spawn(file, args, { cwd: opts.taskRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    await server.close();
    throw e;
  }
  return new RuntimeSession(server, child, bootstrap);
}

/** The variables Lambda gives a provided.al2023 bootstrap (no credentials, no caller environment). */
export function lambdaEnvironment(o: {
  runtimeApi: string;
  taskRoot: string;
  handler?: string;
  functionName?: string;
  region?: string;
  memoryMb?: number;
}): Record<string, string> {
  const name = o.functionName ?? 'nasm-lambda-local';
  const region = o.region ?? 'us-east-1';
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  return {
    AWS_LAMBDA_RUNTIME_API: o.runtimeApi,
    LAMBDA_TASK_ROOT: o.taskRoot,
    LAMBDA_RUNTIME_DIR: path.join(path.dirname(o.taskRoot), 'runtime'),
    _HANDLER: o.handler ?? '',
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(o.memoryMb ?? 128),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    PATH: LAMBDA_PATH,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
  };
}

/**
 * Unzips `zipPath` into a fresh temp dir with the modes the zip records, starts
 * its bootstrap as Lambda would, sends `event` and returns the answer. The
 * process group is killed and the temp dir removed whatever happens.
 */
export async function invokeZip(opts: InvokeZipOptions): Promise<InvokeResult> {
  const { log } = opts;
  const zip = await readFile(opts.zipPath);
  const root = await mkdtemp(path.join(tmpdir(), 'nasm-lambda-invoke-'));
  try {
    const taskRoot = path.join(root, 'task');
    // The bootstrap's scratch space, so a killed run leaves nothing in /tmp.
    const scratch = path.join(root, 'tmp');
    await Promise.all([mkdir(taskRoot), mkdir(scratch), mkdir(path.join(root, 'runtime'))]);
    await extractZip(zip, taskRoot);
    log.debug(`unpacked ${opts.zipPath} into ${taskRoot}`);
    const bootstrap = path.join(taskRoot, 'bootstrap');

    const plan = planLocalRun({
      arch: opts.arch ?? process.arch,
      qemu: whichOnPath('qemu-x86_64') ?? whichOnPath('qemu-x86_64-static') ?? null,
      bootstrapIsElf: await isElf(bootstrap),
    });
    if (plan.kind === 'skip') return { skipped: plan.reason };
    let handler = opts.handler ?? '';
    let launcher: string[] | undefined;
    if (plan.kind === 'qemu-bootstrap') launcher = [plan.qemu];
    if (plan.kind === 'qemu-handler') {
      const target = handler || packedHandlerOf(await readFile(bootstrap, 'utf8').catch(() => ''));
      if (!target) return { skipped: 'the bootstrap is not the generated one, so the executable to run through qemu-x86_64 is unknown; pass the handler' };
      handler = await writeQemuWrapper(taskRoot, plan.qemu, path.join(taskRoot, target));
      log.info(`running x86-64 code through ${plan.qemu}`);
    }

    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const session = await startRuntime({
      taskRoot,
      handler,
      functionName: opts.functionName,
      region: opts.region,
      timeoutMs,
      memoryMb: opts.memoryMb,
      launcher,
      env: { ...opts.environment, TMPDIR: scratch },
    });
    let outcome: InvokeOutcome;
    try {
      outcome = await session.invoke(opts.event, { timeoutMs });
    } finally {
      await session.close();
    }
    const logs = session.logs();
    if (logs) log.info(`function log:\n${logs.replace(/\n$/, '')}`, { foreign: true });
    return { ...outcome, logs };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A script in the task root that runs `executable` through qemu; returns its name for _HANDLER. */
async function writeQemuWrapper(taskRoot: string, qemu: string, executable: string): Promise<string> {
  const name = '.nasm-lambda-qemu-handler';
  const file = path.join(taskRoot, name);
  await writeFile(file, `#!/bin/sh\nexec ${shellQuote(qemu)} ${shellQuote(executable)} "$@"\n`);
  await chmod(file, 0o755);
  return name;
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

async function isElf(file: string): Promise<boolean> {
  try {
    const fh = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
      return bytesRead === 4 && hasElfMagic(buffer);
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}

function toOutcome(r: InvocationResult): InvokeOutcome {
  if (r.kind === 'response') return { ok: true, response: r.body.toString('utf8'), body: r.body, requestId: r.requestId, logs: '' };
  const { errorType, errorMessage, stackTrace, requestId, headerErrorType, body } = r;
  return { ok: false, errorType, errorMessage, stackTrace, requestId, headerErrorType, body, logs: '' };
}

function fromInitError(e: InitError): InvokeFailure {
  const { errorType, errorMessage, stackTrace, headerErrorType, body } = e;
  return { ok: false, errorType, errorMessage, stackTrace, headerErrorType, body, logs: '' };
}

/** Lambda's wording for a bootstrap that can't be started. */
function spawnFailure(err: NodeJS.ErrnoException, bootstrap: string): InvokeFailure {
  const reason =
    err.code === 'EACCES'
      ? `fork/exec ${bootstrap}: permission denied`
      : err.code === 'ENOENT'
        ? `Couldn't find valid bootstrap(s): [${bootstrap}]`
        : err.code === 'ENOEXEC'
          ? `fork/exec ${bootstrap}: exec format error`
          : `fork/exec ${bootstrap}: ${err.message}`;
  return { ok: false, errorType: 'Runtime.InvalidEntrypoint', errorMessage: reason, stackTrace: [], logs: '' };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osConstants.signals[signal] ?? 0) : 0;
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

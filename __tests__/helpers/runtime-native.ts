/**
 * Builds the native runtime (src/runtime/native.ts, with the real nasm and ld)
 * for the tests and the benchmark, and starts runtime processes by hand against
 * any Runtime API address, with Lambda's environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { buildNativeRuntime, lambdaIncludeDir } from '../../src/runtime/native.ts';
import { lambdaEnvironment } from '../../src/local/invoke.ts';
import { run } from './asm.ts';

const processCache = new Map<string, Promise<Buffer>>();

/** The process-mode runtime executable for a packed handler path (built once per path). */
export function nativeBootstrap(work: string, packedHandler = 'bin/app'): Promise<Buffer> {
  let p = processCache.get(packedHandler);
  if (!p) {
    p = (async () => {
      const dir = await mkdtemp(path.join(work, 'native-'));
      const output = path.join(dir, 'bootstrap');
      await buildNativeRuntime({ nasm: 'nasm', ld: 'ld', workDir: dir, mode: 'process', packedHandler, output });
      return readFile(output);
    })();
    processCache.set(packedHandler, p);
  }
  return p;
}

/** Assembles `source` (which %includes lambda.inc) and links it into the in-process runtime. */
export async function inProcessBootstrap(work: string, source: string, name = 'handler'): Promise<string> {
  const dir = await mkdtemp(path.join(work, `inproc-${name}-`));
  const asm = path.join(dir, `${name}.asm`);
  await writeFile(asm, source);
  const obj = path.join(dir, `${name}.o`);
  await run('nasm', ['-f', 'elf64', '-I', lambdaIncludeDir() + path.sep, '-o', obj, asm]);
  const output = path.join(dir, 'task', 'bootstrap');
  await mkdir(path.dirname(output), { recursive: true });
  await buildNativeRuntime({ nasm: 'nasm', ld: 'ld', workDir: dir, mode: 'in-process', userObjects: [obj], output });
  return output;
}

export interface RuntimeProcess {
  child: ChildProcess;
  pid: number;
  /** Everything written to stderr (and stdout) so far, as bytes. */
  log(): Buffer;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to its group and to the handler's (own) groups it may have left. */
  kill(): Promise<void>;
}

const started: RuntimeProcess[] = [];

/** Starts `bootstrap` as Lambda would, against `api` (host:port), in its own process group. */
export function spawnRuntime(o: { bootstrap: string; taskRoot: string; api: string; handler?: string; env?: Record<string, string> }): RuntimeProcess {
  const env = { ...lambdaEnvironment({ runtimeApi: o.api, taskRoot: o.taskRoot, handler: o.handler ?? '' }), ...o.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child = spawn(o.bootstrap, [], { cwd: o.taskRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stderr.on('data', (b: Buffer) => chunks.push(b));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  const rp: RuntimeProcess = {
    child,
    pid: child.pid!,
    log: () => Buffer.concat(chunks),
    exited,
    async kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
      await Promise.race([exited, delay(5000)]);
    },
  };
  started.push(rp);
  return rp;
}

/** Kills every runtime spawnRuntime started (for after()). */
export async function killAllRuntimes(): Promise<void> {
  await Promise.all(started.splice(0).map((r) => r.kill()));
}

/** The open fds and resident memory (kB) of a process, from /proc. */
export async function procStats(pid: number): Promise<{ fds: number; rssKb: number }> {
  const fds = (await readdir(`/proc/${pid}/fd`)).length;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return { fds, rssKb: rss ? Number(rss[1]) : NaN };
}

/** Pids whose process group is `pgid`, from /proc. */
export async function groupMembers(pgid: number): Promise<number[]> {
  const out: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') out.push(Number(name));
  }
  return out;
}

/** Whether a pid is alive (and not a zombie). */
export async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  if (!stat) return false;
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

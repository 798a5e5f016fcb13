/**
 * The runtimes against each other, in one run against one RuntimeApiServer:
 *
 * - in-process: the native runtime calling an echo `handler` linked into it,
 * - generated: the native runtime in process mode, running an echo executable,
 * - shell: bootstrap.sh (generateBootstrap), running the same executable,
 * - seed: __tests__/fixtures/runtime/seed-bootstrap.sh, the same executable.
 *
 * Each runtime runs as Lambda runs one: alone in its sandbox, against a
 * RuntimeApiServer of its own (all four servers live in this one process), one
 * event in flight at a time. The runtimes are fed in short alternating blocks
 * (a quarter second each, round after round), so drift in the machine's load
 * hits all four alike, and no runtime's leftover work after an answer (bash
 * cleaning up, the seed's processes) lands on another's invocation. Each
 * handler prefixes the response with a tag byte of its own, checked on every
 * answer, so an answer can't come from the wrong runtime.
 *
 * Per runtime: warm invocations per second (answers / time spent in its
 * blocks), runtime CPU per invocation (utime + stime of the runtime and its
 * reaped children, cutime + cstime, from /proc/PID/stat, summed over its
 * blocks) and the cold start (from spawn() returning, the exec done, to the
 * first GET /next reaching a listener; median of 15).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAsm } from '../__tests__/helpers/asm.ts';
import { inProcessBootstrap, nativeBootstrap } from '../__tests__/helpers/runtime-native.ts';
import { run } from '../__tests__/helpers/asm.ts';
import { runtimeFile } from '../src/runtime/assets.ts';
import { generateBootstrap } from '../src/runtime/bootstrap.ts';
import { lambdaEnvironment } from '../src/local/invoke.ts';
import { RuntimeApiServer } from '../src/local/runtime-api.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__tests__/fixtures/runtime');

export type RuntimeVariant = 'in-process' | 'generated' | 'shell' | 'seed';
export const VARIANTS: readonly RuntimeVariant[] = ['in-process', 'generated', 'shell', 'seed'];
const TAGS: Record<RuntimeVariant, string> = { 'in-process': 'I', generated: 'G', shell: 'S', seed: 'D' };

export interface VariantFigures {
  invocations: number;
  perSec: number;
  /** Runtime CPU (its own and its reaped children's) per invocation, ms. */
  cpuMsPerInvoke: number;
  /** From exec to the first GET /next, ms (median). */
  coldStartMs: number;
}

/** What a process per event costs on this machine with no runtime around it (bench/fixtures/spawn-floor.asm). */
export interface SpawnFloor {
  cpuMsPerEvent: number;
  wallMsPerEvent: number;
}

export interface RuntimeBench {
  spawnFloor: SpawnFloor;
  /** The native process-mode runtime ("generated"), warm invocations per second. */
  generatedPerSec: number;
  seedPerSec: number;
  /** generated / seed. */
  ratio: number;
  shellPerSec: number;
  inProcessPerSec: number;
  variants: Record<RuntimeVariant, VariantFigures>;
}

/**
 * An echo program whose output starts with `tag`: the tag sits in front of the
 * buffer the first read fills, so it does echo.asm's system calls (a read, a
 * write per read, the read of EOF) and no more.
 */
function taggedEcho(tag: string): string {
  return `section .bss
buf: resb 65536
section .text
global _start
_start:
        mov byte [rel buf], '${tag}'
        lea r12, [rel buf + 1]          ; the first read goes after the tag
        mov r13d, 65535
        mov r14d, 1                     ; bytes in front: the tag
.read:  xor eax, eax
        xor edi, edi
        mov rsi, r12
        mov edx, r13d
        syscall
        test rax, rax
        jle .done
        lea rdx, [rax + r14]
        mov eax, 1
        mov edi, 1
        lea rsi, [rel buf]
        syscall
        lea r12, [rel buf]              ; later reads fill the whole buffer
        mov r13d, 65536
        xor r14d, r14d
        jmp .read
.done:  mov eax, 60
        xor edi, edi
        syscall
`;
}

const IN_PROCESS_TAGGED = `%include "lambda.inc"
section .rodata
tag: db 'I'
section .text
handler:
        push rbx
        push r12
        push r13
        mov r12, rdi
        mov r13, rsi
        lea rdi, [rel tag]
        mov esi, 1
        call lambda_write
        mov rdi, r12
        mov rsi, r13
        call lambda_write
        pop r13
        pop r12
        pop rbx
        xor eax, eax
        ret
`;

/** utime + stime + cutime + cstime of a process, in ms. */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields 14-17 of stat are at 11-14 here (this slice starts at field 3)
  const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Time from spawn() returning to the first bytes of a request on a listener, ms. */
async function coldStart(bootstrap: string, taskRoot: string, envFor: (api: string) => Record<string, string>): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  let t0 = 0n;
  const got = new Promise<number>((resolve) => {
    server.on('connection', (s) => s.once('data', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6)));
  });
  const child = spawn(bootstrap, [], {
    cwd: taskRoot,
    env: envFor(`127.0.0.1:${port}`),
    detached: true,
    stdio: 'ignore',
  });
  t0 = process.hrtime.bigint();
  try {
    return await Promise.race([got, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`${bootstrap} sent no request`)), 10_000))]);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
    server.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const FLOOR_ITERATIONS = 2000;

/**
 * Runs bench/fixtures/spawn-floor.asm with `handler`: the same memfd, pipe,
 * clone/execve and wait that `generated` does per event, and nothing else.
 * Median of 5 runs; CPU from bash's `times` (the program and its children).
 */
async function spawnFloor(work: string, handler: string): Promise<SpawnFloor> {
  const dir = path.join(work, 'floor');
  await mkdir(dir, { recursive: true });
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/spawn-floor.asm');
  await run('nasm', ['-f', 'elf64', `-DITERATIONS=${FLOOR_ITERATIONS}`, '-I', runtimeFile('native') + path.sep, '-o', path.join(dir, 'floor.o'), src]);
  await run('ld', ['-o', path.join(dir, 'floor'), path.join(dir, 'floor.o')]);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync('bash', ['-c', '"$@" || exit 1; times', 'floor', path.join(dir, 'floor'), handler], { encoding: 'utf8' });
    wall.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`spawn-floor failed (${r.status}): ${r.stderr}`);
    const children = r.stdout.trim().split('\n').pop() ?? '';
    cpu.push([...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((ms, m) => ms + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0));
  }
  return { cpuMsPerEvent: median(cpu) / FLOOR_ITERATIONS, wallMsPerEvent: median(wall) / FLOOR_ITERATIONS };
}

/** About `seconds` of invoking per runtime (default 5); all four run interleaved. */
export async function benchRuntime(opts: { seconds?: number } = {}): Promise<RuntimeBench> {
  const seconds = opts.seconds ?? 5;
  const work = await mkdtemp(path.join(tmpdir(), 'nasm-lambda-bench-runtime-'));
  const children: number[] = [];
  const servers = Object.fromEntries(VARIANTS.map((v) => [v, new RuntimeApiServer()])) as Record<RuntimeVariant, RuntimeApiServer>;
  try {
    for (const v of VARIANTS) await servers[v].start();
    const roots = {} as Record<RuntimeVariant, string>;
    const bootstraps = {} as Record<RuntimeVariant, string>;
    for (const v of VARIANTS) {
      roots[v] = path.join(work, v, 'task');
      await mkdir(path.join(roots[v], 'bin'), { recursive: true });
      await mkdir(path.join(work, v, 'tmp'));
      bootstraps[v] = path.join(roots[v], 'bootstrap');
    }
    // The handlers, and the bootstraps as each would be packed.
    for (const v of ['generated', 'shell', 'seed'] as const) {
      const exe = await buildAsm(taggedEcho(TAGS[v]), { dir: path.join(work, v), name: 'echo' });
      await copyFile(exe, path.join(roots[v], 'bin/app'));
      await chmod(path.join(roots[v], 'bin/app'), 0o755);
    }
    await writeFile(bootstraps.generated, await nativeBootstrap(work, 'bin/app'));
    await writeFile(bootstraps.shell, generateBootstrap({ handler: 'bin/app' }));
    await copyFile(path.join(fixtures, 'seed-bootstrap.sh'), bootstraps.seed);
    const inProcess = await inProcessBootstrap(work, IN_PROCESS_TAGGED, 'echo');
    await copyFile(inProcess, bootstraps['in-process']);
    for (const v of VARIANTS) await chmod(bootstraps[v], 0o755);

    const envOf = (v: RuntimeVariant, api: string): Record<string, string> => ({
      ...lambdaEnvironment({ runtimeApi: api, taskRoot: roots[v] }),
      TMPDIR: path.join(work, v, 'tmp'),
    });

    // Cold starts first, interleaved, each against a listener of its own.
    const cold: Record<RuntimeVariant, number[]> = { 'in-process': [], generated: [], shell: [], seed: [] };
    for (let i = 0; i < 16; i++) {
      for (const v of VARIANTS) {
        const ms = await coldStart(bootstraps[v], roots[v], (api) => envOf(v, api));
        if (i > 0) cold[v].push(ms); // the first run warms the page cache
      }
    }

    const pids = {} as Record<RuntimeVariant, number>;
    for (const v of VARIANTS) {
      const child = spawn(bootstraps[v], [], { cwd: roots[v], env: envOf(v, servers[v].address), detached: true, stdio: ['ignore', 'ignore', 'ignore'] });
      pids[v] = child.pid!;
      children.push(child.pid!);
    }

    let n = 0;
    const invokeOnce = async (v: RuntimeVariant): Promise<void> => {
      // No trailing newline: the seed would lose it, and this measures speed, not that bug.
      const event = `{"n":${n++},"pad":"${'p'.repeat(64)}"}`;
      const r = await servers[v].invoke(event, { timeoutMs: 30_000 });
      if (r.kind !== 'response') throw new Error(`${v} failed: ${r.errorType}: ${r.errorMessage}`);
      const body = r.body.toString();
      if (body[0] !== TAGS[v] || body.slice(1) !== event)
        throw new Error(`${v}: unexpected answer ${JSON.stringify(body.slice(0, 80))} to ${JSON.stringify(event)}`);
    };
    // Warm-up: every runtime has served a few events.
    for (const v of VARIANTS) for (let i = 0; i < 20; i++) await invokeOnce(v);

    const stats: Record<RuntimeVariant, { count: number; ms: number; cpu: number }> = {
      'in-process': { count: 0, ms: 0, cpu: 0 },
      generated: { count: 0, ms: 0, cpu: 0 },
      shell: { count: 0, ms: 0, cpu: 0 },
      seed: { count: 0, ms: 0, cpu: 0 },
    };
    const BLOCK_MS = 250;
    for (let round = 0; round < Math.ceil((seconds * 1000) / BLOCK_MS); round++) {
      for (const v of VARIANTS) {
        const cpu0 = await cpuMs(pids[v]);
        const t0 = performance.now();
        let count = 0;
        while (performance.now() - t0 < BLOCK_MS) {
          await invokeOnce(v);
          count++;
        }
        stats[v].ms += performance.now() - t0;
        // Its last GET is pending, its last answer posted: its CPU for those is counted.
        stats[v].cpu += (await cpuMs(pids[v])) - cpu0;
        stats[v].count += count;
      }
    }

    const variants = {} as Record<RuntimeVariant, VariantFigures>;
    for (const v of VARIANTS) {
      const s = stats[v];
      variants[v] = {
        invocations: s.count,
        perSec: s.count > 0 ? (s.count * 1000) / s.ms : 0,
        cpuMsPerInvoke: s.count > 0 ? s.cpu / s.count : NaN,
        coldStartMs: median(cold[v]),
      };
    }
    return {
      generatedPerSec: variants.generated.perSec,
      seedPerSec: variants.seed.perSec,
      ratio: variants.generated.perSec / variants.seed.perSec,
      shellPerSec: variants.shell.perSec,
      inProcessPerSec: variants['in-process'].perSec,
      spawnFloor: await spawnFloor(work, path.join(roots.generated, 'bin/app')),
      variants,
    };
  } finally {
    for (const pid of children) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    for (const v of VARIANTS) await servers[v].close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The figures as printed by `node bench/runtime.ts` (and, once wired in, bench/run.ts). */
export function formatRuntimeBench(r: RuntimeBench): string {
  const v = r.variants;
  const lines = [
    `   ${'runtime'.padEnd(12)} ${'invokes/s'.padStart(10)} ${'CPU ms/invoke'.padStart(14)} ${'cold start ms'.padStart(14)} ${'invocations'.padStart(12)}`,
  ];
  for (const name of VARIANTS) {
    const f = v[name];
    lines.push(
      `   ${name.padEnd(12)} ${f.perSec.toFixed(1).padStart(10)} ${f.cpuMsPerInvoke.toFixed(3).padStart(14)} ${f.coldStartMs.toFixed(2).padStart(14)} ${String(f.invocations).padStart(12)}`,
    );
  }
  lines.push(
    `   generated / shell ${(v.generated.perSec / v.shell.perSec).toFixed(2)}x (target >= 8x), in-process / shell ${(v['in-process'].perSec / v.shell.perSec).toFixed(2)}x (target >= 12x)`,
    `   generated / seed ${r.ratio.toFixed(2)}x; cold start target <= 1 ms (generated ${v.generated.coldStartMs.toFixed(2)}, in-process ${v['in-process'].coldStartMs.toFixed(2)})`,
    `   CPU from /proc/PID/stat (utime+stime+cutime+cstime, 10 ms ticks) over the invocations counted`,
    `   process-per-event floor here (memfd, pipe, clone+execve and wait of the same echo, no HTTP): ${r.spawnFloor.cpuMsPerEvent.toFixed(3)} ms CPU, ${r.spawnFloor.wallMsPerEvent.toFixed(3)} ms wall per event;`,
    `   generated spends ${(v.generated.cpuMsPerInvoke - r.spawnFloor.cpuMsPerEvent).toFixed(3)} ms CPU per invocation above it (HTTP, relay, answer)`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const seconds = Number(process.argv[2] ?? 5);
  const r = await benchRuntime({ seconds });
  console.log(`Runtimes each on a built-in Runtime API of its own, echo handler, in alternating blocks (~${seconds} s each)`);
  console.log(formatRuntimeBench(r));
}

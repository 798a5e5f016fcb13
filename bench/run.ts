/**
 * `npm run bench`: prints the performance figures. Nothing here asserts a time;
 * machines are noisy, so each comparison is a ratio measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist/index.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Sample {
  /** Wall time, ms. */
  wall: number;
  /** User + system CPU of the command and all its children, ms. */
  cpu: number;
}

/**
 * Runs a command under bash and reads its children's CPU time from bash's
 * `times` builtin, so nothing beyond bash is needed. Every variant pays the same
 * bash start-up (about 1-2 ms) in its wall time.
 */
function timeOnce(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Sample {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    'bash',
    ['-c', '"$@" >/dev/null 2>/tmp/nasm-lambda-bench.err || { cat /tmp/nasm-lambda-bench.err >&2; exit 1; }; times', 'bench', cmd, ...args],
    {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  // `times` prints the shell's own user/sys, then its children's: "0m0.012s 0m0.004s".
  const children = r.stdout.toString().trim().split('\n').pop() ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((ms, m) => ms + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { wall, cpu };
}

/** Runs the variants interleaved, so drift in the machine's load hits them alike; medians of wall and CPU time. */
function interleaved(runs: number, variants: Record<string, () => Sample>): Record<string, Sample> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const fn of Object.values(variants)) fn(); // warm caches
  for (let i = 0; i < runs; i++) for (const [k, fn] of Object.entries(variants)) samples[k].push(fn());
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { wall: median(v.map((s) => s.wall)), cpu: median(v.map((s) => s.cpu)) }]));
}

const fmt = (s: Sample, digits = 1) => `${s.wall.toFixed(digits).padStart(7)} ms wall  ${s.cpu.toFixed(digits).padStart(7)} ms CPU`;

function actionEnv(ws: string, runnerTemp: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: path.join(runnerTemp, 'out'),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/**
 * The native runtime's build as the action runs it (src/runtime/native.ts), as
 * two shell commands writing `<dir>/bootstrap`: its nasm, and its ld.
 */
async function rawRuntimeCommands(ws: string, dir: string): Promise<{ nasm: string; ld: string }> {
  const { nativeSourceNames, packedHandlerSource } = await import('../src/runtime/native.ts');
  const rtSrc = path.join(root, 'dist/runtime/native');
  await mkdir(path.join(ws, dir, 'rt'), { recursive: true });
  await writeFile(path.join(ws, dir, 'rt/packed.asm'), packedHandlerSource('bin/app'));
  const nasm = nativeSourceNames('process')
    .map((s) => `nasm -f elf64 -I ${rtSrc}/ -P ${dir}/rt/packed.asm -o ${dir}/rt/${s}.o ${rtSrc}/${s}.asm`)
    .join(' && ');
  return { nasm, ld: `ld -s -static -z noseparate-code -e _start -o ${dir}/bootstrap ${dir}/rt/*.o` };
}

async function overheadBench(work: string): Promise<void> {
  const ws = path.join(work, 'hello');
  await cp(path.join(root, '__tests__/fixtures/projects/hello'), ws, { recursive: true });
  const rt = path.join(work, 'rt');
  await mkdir(rt);
  await writeFile(path.join(rt, 'out'), '');
  await writeFile(path.join(rt, 'summary'), '');
  const env = actionEnv(ws, rt, { 'artifact-name': '' });
  // The same tool work the action does by default: the user's nasm and ld, and the
  // native runtime's nasm (beside the user's, as the action runs it) and ld.
  const rtCmd = await rawRuntimeCommands(ws, 'raw');
  const raw = `mkdir -p raw/bin; ${rtCmd.nasm} & nasm -f elf64 -o raw/hello.o src/hello.asm && ld -o raw/bin/app raw/hello.o && wait && ${rtCmd.ld} && cd raw && rm -f f.zip && zip -qX f.zip bootstrap bin/app`;
  const rawShell =
    'mkdir -p raw/bin && nasm -f elf64 -o raw/hello.o src/hello.asm && ld -o raw/bin/app raw/hello.o && printf "#!/bin/bash\\n" > raw/bootstrap && chmod 755 raw/bootstrap && cd raw && rm -f f.zip && zip -qX f.zip bootstrap bin/app';
  // An output-dir of its own, so each variant's last run leaves its own zip to measure.
  const shellEnv = actionEnv(ws, rt, { 'artifact-name': '', bootstrap: 'shell', 'output-dir': 'shell-out' });
  const runs = 15;
  const m = interleaved(runs, {
    action: () => timeOnce(process.execPath, [dist], { cwd: ws, env }),
    raw: () => timeOnce('bash', ['-c', raw], { cwd: ws }),
    actionShell: () => timeOnce(process.execPath, [dist], { cwd: ws, env: shellEnv }),
    rawShell: () => timeOnce('bash', ['-c', rawShell], { cwd: ws }),
    node: () => timeOnce(process.execPath, ['-e', '0']),
  });
  const over = (a: Sample, r: Sample): Sample => ({ wall: a.wall - r.wall - m.node.wall, cpu: a.cpu - r.cpu - m.node.cpu });
  const zipSize = (await stat(path.join(ws, '.nasm-lambda/function.zip'))).size;
  const shellZipSize = (await stat(path.join(ws, 'shell-out/function.zip'))).size;
  console.log(`\n1. Build-only run on hello world (median of ${runs}, Node ${process.versions.node})`);
  console.log(`   node dist/index.js (generated)      ${fmt(m.action)}`);
  console.log(`   raw nasm && ld && zip, same work    ${fmt(m.raw)}   (the user's code and the native runtime)`);
  console.log(`   node dist/index.js (shell)          ${fmt(m.actionShell)}`);
  console.log(`   raw nasm && ld && zip, bash runtime ${fmt(m.rawShell)}`);
  console.log(`   bare node -e 0                      ${fmt(m.node)}`);
  console.log(`   action overhead, generated          ${fmt(over(m.action, m.raw))}   (action - raw - bare node; target <= 100 ms wall)`);
  console.log(`   action overhead, shell              ${fmt(over(m.actionShell, m.rawShell))}`);
  console.log(`   hello function.zip                  ${zipSize} bytes (generated; target <= 4096), ${shellZipSize} bytes (shell)`);
}

/**
 * A project where assembling dominates, written the way people write assembly:
 * 64 files of explicit instructions, labels, comments and data (no %rep, which
 * makes nasm emit far more code per line of text than real sources do).
 */
async function writeBigProject(dir: string, files: number): Promise<void> {
  await mkdir(path.join(dir, 'src'), { recursive: true });
  const regs = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11'];
  for (let i = 0; i < files; i++) {
    const body = [`; generated file ${i}`, `section .text`, `global f${i}`, `f${i}:`];
    for (let j = 0; j < 2500; j++) {
      const a = regs[(i + j) % regs.length];
      const b = regs[(i * 3 + j * 7) % regs.length];
      if (j % 50 === 0) body.push(`.l${j}:                ; block ${j}`);
      body.push(
        j % 5 === 0
          ? `    lea ${a}, [${b} + ${j % 97} * 8 + 0x${(j * 31).toString(16)}]`
          : j % 5 === 1
            ? `    add ${a}, ${b}          ; step ${j}`
            : j % 5 === 2
              ? `    cmp ${a}, ${j % 4096}`
              : j % 5 === 3
                ? `    jne .l${j - (j % 50)}`
                : `    mov ${a}, [rel table${i} + ${(j % 64) * 8}]`,
      );
    }
    body.push('    ret', 'section .data', `table${i}: times 64 dq ${i}`);
    if (i === 0) body.push('section .text', 'global _start', '_start:', '    mov eax, 60', '    xor edi, edi', '    syscall');
    await writeFile(path.join(dir, 'src', `f${String(i).padStart(2, '0')}.asm`), body.join('\n') + '\n');
  }
}

async function parallelBench(work: string): Promise<void> {
  const ws = path.join(work, 'big');
  await writeBigProject(ws, 64);
  const rt = path.join(work, 'rt2');
  await mkdir(rt);
  await writeFile(path.join(rt, 'out'), '');
  await writeFile(path.join(rt, 'summary'), '');
  const env = actionEnv(ws, rt, { 'artifact-name': '' });
  // Parameter expansion, not a basename process per file: the baseline forks only nasm.
  // The same work as the action's default: the user's code and the native runtime.
  const rtCmd = await rawRuntimeCommands(ws, 'seq');
  const seq = `mkdir -p seq/bin && for f in src/*.asm; do b=\${f##*/}; nasm -f elf64 -o "seq/\${b%.asm}.o" "$f" || exit 1; done && ld -o seq/bin/app seq/*.o && ${rtCmd.nasm} && ${rtCmd.ld} && cd seq && rm -f f.zip && zip -qX f.zip bootstrap bin/app`;
  const runs = 9;
  const m = interleaved(runs, {
    action: () => timeOnce(process.execPath, [dist], { cwd: ws, env }),
    sequential: () => timeOnce('bash', ['-c', seq], { cwd: ws }),
  });
  console.log(`\n2. 64-file project (median of ${runs}), ${(await import('node:os')).availableParallelism()} CPUs`);
  console.log(`   node dist/index.js           ${fmt(m.action, 0)}`);
  console.log(`   sequential nasm loop + ld + zip ${fmt(m.sequential, 0)}   (the user's code and the native runtime)`);
  console.log(`   speed-up (wall)              ${(m.sequential.wall / m.action.wall).toFixed(2)}x   (target >= 1.6x on 2 cores)`);

  // The assemble stage alone, one nasm at a time against one per CPU: the
  // parallel speed-up itself, without the fixed costs around it.
  const { assembleAll } = await import('../src/build/assemble.ts');
  const { MemoryLogger } = await import('../src/log.ts');
  const sources = (await import('node:fs')).readdirSync(path.join(ws, 'src')).map((f) => path.join(ws, 'src', f));
  const stage = async (jobs: number): Promise<number> => {
    const t0 = performance.now();
    await assembleAll(
      { nasm: 'nasm', sources, workingDirectory: ws, workspace: ws, includePaths: [], nasmArgs: [], objDir: path.join(ws, `obj-${jobs}`), jobs },
      new MemoryLogger(),
    );
    return performance.now() - t0;
  };
  const one: number[] = [];
  const all: number[] = [];
  const jobs = (await import('node:os')).availableParallelism() + 1;
  await stage(jobs);
  for (let i = 0; i < 9; i++) {
    one.push(await stage(1));
    all.push(await stage(jobs));
  }
  console.log(`   assemble stage, 1 job        ${median(one).toFixed(0)} ms wall (median of 9)`);
  console.log(`   assemble stage, ${jobs} jobs       ${median(all).toFixed(0)} ms   (${(median(one) / median(all)).toFixed(2)}x)`);
}

async function runtimeBench(): Promise<void> {
  const { benchRuntime, formatRuntimeBench } = await import('./runtime.ts');
  const r = await benchRuntime({ seconds: 5 });
  console.log(`\n3. ${formatRuntimeBench(r)}`);
}

const work = await mkdtemp(path.join(tmpdir(), 'nasm-lambda-bench-'));
try {
  const only = process.argv[2];
  if (!only || only === 'overhead') await overheadBench(work);
  if (!only || only === 'parallel') await parallelBench(work);
  if (!only || only === 'runtime') await runtimeBench();
} finally {
  await rm(work, { recursive: true, force: true });
}

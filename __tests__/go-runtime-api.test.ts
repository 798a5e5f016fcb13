/**
 * Every runtime against a Runtime API on Go's net/http (servers/go-runtime-api),
 * the server the real service runs: net/http frames each /next answer itself
 * (Content-Length up to its 2048-byte buffer, chunked above), keeps the
 * connection alive, and answers the native runtime's pipelined GET /next in
 * order. The Go program checks every answer; this test reads its verdict.
 *
 * Needs `go` (.ci/run installs golang-go); without it the suite is skipped.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAsm } from './helpers/asm.ts';
import { inProcessBootstrap, killAllRuntimes, nativeBootstrap, spawnRuntime } from './helpers/runtime-native.ts';
import { generateBootstrap } from '../src/runtime/bootstrap.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const hasGo = spawnSync('go', ['version']).status === 0;
const INVOCATIONS = 120;

let work: string;
let server: string;
/** The echo fixture, built once for every process-mode task root. */
let echo: string;

before(async () => {
  if (!hasGo) return;
  work = await mkdtemp(path.join(tmpdir(), 'go-runtime-api-'));
  const src = path.join(work, 'src');
  await mkdir(src);
  for (const f of ['go.mod', 'main.go']) await copyFile(path.join(here, 'servers/go-runtime-api', f), path.join(src, f));
  echo = await buildAsm(await readFile(path.join(here, 'fixtures/runtime/echo.asm'), 'utf8'), { dir: work, name: 'echo' });
  server = path.join(work, 'goruntimeapi');
  // Standard library only: no module download; the caches stay in the temp dir.
  const env = { ...process.env, GOCACHE: path.join(work, 'cache'), GOPATH: path.join(work, 'gopath'), GOTOOLCHAIN: 'local', GOFLAGS: '', CGO_ENABLED: '0' };
  const r = spawnSync('go', ['build', '-o', server, '.'], { cwd: src, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`go build failed: ${r.stderr}`);
});

after(async () => {
  await killAllRuntimes();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Verdict {
  answered: number;
  wrong: string[];
  connections: number;
  requests: number;
}

/** Starts the Go server, then `bootstrap` against it; resolves with the server's verdict and the runtime's log up to it. */
async function runAgainstGo(bootstrap: string, taskRoot: string, env: Record<string, string> = {}): Promise<{ verdict: Verdict; log: string }> {
  const go = spawn(server, [String(INVOCATIONS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  go.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
      lines.push(out.slice(0, nl));
      out = out.slice(nl + 1);
      for (const w of waiters.splice(0)) w();
    }
  });
  const exited = new Promise<never>((_, reject) => go.once('exit', (code) => reject(new Error(`the Go server exited (${code}): ${lines.join(' | ')}`))));
  exited.catch(() => {});
  /** The server's n-th line (from 1). */
  const line = (n: number) =>
    Promise.race([
      exited,
      (async () => {
        while (lines.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
        return lines[n - 1];
      })(),
    ]);
  let rt: ReturnType<typeof spawnRuntime> | undefined;
  try {
    rt = spawnRuntime({ bootstrap, taskRoot, api: await line(1), env });
    // The server still serves after its verdict: the runtime's log can't hold its going away.
    const verdict = JSON.parse(await line(2)) as Verdict;
    return { verdict, log: rt.log().toString() };
  } finally {
    await rt?.kill();
    go.kill('SIGKILL');
  }
}

/** A task root holding `bootstrap` and, for process runtimes, bin/app = the echo fixture. */
async function taskRoot(name: string, bootstrap: Buffer | string, withEcho: boolean): Promise<string> {
  const root = path.join(work, name);
  await mkdir(path.join(root, 'bin'), { recursive: true });
  const file = path.join(root, 'bootstrap');
  if (typeof bootstrap === 'string') await copyFile(bootstrap, file);
  else await writeFile(file, bootstrap);
  await chmod(file, 0o755);
  if (withEcho) {
    await copyFile(echo, path.join(root, 'bin/app'));
    await chmod(path.join(root, 'bin/app'), 0o755);
  }
  return root;
}

describe('the runtimes against a Runtime API on Go net/http', { skip: !hasGo && 'needs go (apt-get install golang-go)' }, () => {
  const variants: { name: string; env?: Record<string, string>; make: () => Promise<string> }[] = [
    { name: 'generated (native, pipelined)', make: async () => taskRoot('native', await nativeBootstrap(work), true) },
    {
      name: 'generated with NASM_LAMBDA_PIPELINING=off',
      env: { NASM_LAMBDA_PIPELINING: 'off' },
      make: async () => taskRoot('native-nopipe', await nativeBootstrap(work), true),
    },
    {
      name: 'in-process',
      make: async () =>
        taskRoot(
          'inprocess',
          await inProcessBootstrap(work, await readFile(path.join(here, '../examples/in-process/echo/src/echo.asm'), 'utf8'), 'echo'),
          false,
        ),
    },
    { name: 'shell over /dev/tcp', make: async () => taskRoot('shell-tcp', Buffer.from(generateBootstrap({ handler: 'bin/app' })), true) },
    {
      name: 'shell over curl',
      env: { NASM_LAMBDA_TRANSPORT: 'curl' },
      make: async () => taskRoot('shell-curl', Buffer.from(generateBootstrap({ handler: 'bin/app' })), true),
    },
  ];
  for (const v of variants) {
    test(`${v.name}: ${INVOCATIONS} events of 2 B to 100 KB, every answer right`, { timeout: 120_000 }, async () => {
      const root = await v.make();
      const { verdict, log } = await runAgainstGo(path.join(root, 'bootstrap'), root, v.env);
      assert.deepEqual(verdict.wrong, [], log);
      assert.equal(verdict.answered, INVOCATIONS, log);
      // The native runtimes keep one connection; the shell's /dev/tcp opens one per request, and curl
      // one per run (the POST and the next GET share it).
      if (!v.name.startsWith('shell')) assert.equal(verdict.connections, 1, log);
      assert.doesNotMatch(log, /failed|cut short/, log);
    });
  }
});

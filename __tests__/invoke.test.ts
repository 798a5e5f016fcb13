/**
 * invokeZip on real zips (built by buildZip and by the zip tool), the pure
 * arm64/qemu decision, and the two front doors that use it: the action's
 * test-event and `nasm-lambda invoke`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAsm, run } from './helpers/asm.ts';
import { runAction, runCli } from './helpers/action-runner.ts';
import { generateBootstrap } from '../src/runtime/bootstrap.ts';
import { invokeZip as invokeZipAsIs, planLocalRun, type InvokeResult, type InvokeZipOptions } from '../src/local/invoke.ts';
import { MemoryLogger } from '../src/log.ts';
import { buildZip, type ZipInput } from '../src/package/zip.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures/runtime');

let work: string;
const exe: Record<string, Buffer> = {};

/**
 * invokeZip with a generous budget unless a test sets one, instead of Lambda's 3 s default: that
 * budget covers the bootstrap's start-up too, which a loaded 2-core CI machine can stretch, and
 * these tests check what comes back, not how fast. A runtime that never answers still fails.
 */
function invokeZip(opts: InvokeZipOptions): Promise<InvokeResult> {
  return invokeZipAsIs({ timeoutMs: 30_000, ...opts });
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'invoke-test-'));
  await Promise.all(
    ['hello', 'echo', 'exit3'].map(async (p) => {
      const file = await buildAsm(await readFile(path.join(fixtures, `${p}.asm`), 'utf8'), { dir: work, name: p });
      exe[p] = await readFile(file);
    }),
  );
});
after(() => rm(work, { recursive: true, force: true }));

let zips = 0;
async function writeZip(entries: ZipInput[]): Promise<string> {
  const file = path.join(work, `function-${zips++}.zip`);
  await writeFile(file, buildZip(entries, { mtime: new Date(0) }));
  return file;
}

/** The usual package: generated bootstrap plus one program as bin/app. */
function packageOf(program: string, opts: { bootstrapExecutable?: boolean } = {}): Promise<string> {
  return writeZip([
    { name: 'bootstrap', data: Buffer.from(generateBootstrap({ handler: 'bin/app' })), executable: opts.bootstrapExecutable ?? true },
    { name: 'bin/app', data: exe[program], executable: true },
  ]);
}

function scriptBootstrap(script: string): Promise<string> {
  return writeZip([{ name: 'bootstrap', data: Buffer.from(script), executable: true }]);
}

function ok(r: InvokeResult): Extract<InvokeResult, { ok: true }> {
  if ('skipped' in r) assert.fail(`skipped: ${r.skipped}`);
  if (!r.ok) assert.fail(`${r.errorType}: ${r.errorMessage}\n${r.logs}`);
  return r;
}

function failed(r: InvokeResult): Extract<InvokeResult, { ok: false }> {
  if ('skipped' in r) assert.fail(`skipped: ${r.skipped}`);
  if (r.ok) assert.fail(`expected a failure, got ${JSON.stringify(r.response)}`);
  return r;
}

/** The temp dir invokeZip reported, which must be gone afterwards. */
async function assertCleanedUp(log: MemoryLogger): Promise<void> {
  const line = log.lines.find((l) => l.includes('unpacked'));
  assert.ok(line, log.lines.join('\n'));
  const taskRoot = line.slice(line.lastIndexOf(' into ') + 6);
  await assert.rejects(stat(path.dirname(taskRoot)), { code: 'ENOENT' });
}

/** True once pid has exited: gone, or a zombie nobody has reaped yet (killed all the same). Polls for up to 20 s. */
async function isGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat === null || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('planLocalRun', () => {
  test('x64 runs natively whatever else is true', () => {
    assert.deepEqual(planLocalRun({ arch: 'x64', qemu: null, bootstrapIsElf: false }), { kind: 'native' });
    assert.deepEqual(planLocalRun({ arch: 'x64', qemu: '/usr/bin/qemu-x86_64', bootstrapIsElf: true }), { kind: 'native' });
  });
  test('arm64 without qemu skips with a reason that says what to install', () => {
    const p = planLocalRun({ arch: 'arm64', qemu: null, bootstrapIsElf: false });
    assert.equal(p.kind, 'skip');
    assert.match(p.kind === 'skip' ? p.reason : '', /arm64.*qemu-x86_64/);
  });
  test('arm64 with qemu wraps the handler, or starts an ELF bootstrap through it', () => {
    assert.deepEqual(planLocalRun({ arch: 'arm64', qemu: '/q', bootstrapIsElf: false }), { kind: 'qemu-handler', qemu: '/q' });
    assert.deepEqual(planLocalRun({ arch: 'arm64', qemu: '/q', bootstrapIsElf: true }), { kind: 'qemu-bootstrap', qemu: '/q' });
  });
});

describe('invokeZip', () => {
  test("a passing handler's whole log is there when the response is, even a big burst", async () => {
    // The stderr relay runs beside the bootstrap; the runtime must let it catch up
    // before it answers, or Lambda may freeze (or here, kill) it with lines unprinted.
    const script = '#!/bin/bash\nfor ((i = 1; i <= 20000; i++)); do echo "log line $i of 20000"; done >&2\nprintf ok\n';
    const zipPath = await writeZip([
      { name: 'bootstrap', data: Buffer.from(generateBootstrap({ handler: 'bin/app' })), executable: true },
      { name: 'bin/app', data: Buffer.from(script), executable: true },
    ]);
    const r = await invokeZip({ zipPath, event: '{}', log: new MemoryLogger() });
    assert.ok('ok' in r && r.ok, JSON.stringify(r).slice(0, 300));
    assert.equal(r.response, 'ok');
    assert.match(r.logs, /^log line 20000 of 20000$/m);
    assert.equal(r.logs.split('\n').filter((l) => /^log line \d+ of 20000$/.test(l)).length, 20000);
  });

  test('a passing function: the response, the log, and nothing left behind', async () => {
    const log = new MemoryLogger();
    const r = ok(await invokeZip({ zipPath: await packageOf('hello'), event: '{}', log }));
    assert.equal(r.response, 'Hello from NASM!\n');
    await assertCleanedUp(log);
  });

  test('the event reaches the handler byte for byte', async () => {
    const event = JSON.stringify({ s: '$(id) `id` \' " \\ %s', n: [1, 2] }) + '\n';
    assert.equal(ok(await invokeZip({ zipPath: await packageOf('echo'), event, log: new MemoryLogger() })).response, event);
  });

  test('a failing function: the error, the stack trace and the stderr in the log', async () => {
    const log = new MemoryLogger();
    const r = failed(await invokeZip({ zipPath: await packageOf('exit3'), event: '{}', log }));
    assert.equal(r.errorType, 'Function.ExitError');
    assert.match(r.errorMessage, /status 3/);
    assert.equal(r.stackTrace.at(-1), 'fatal: could not frobnicate');
    assert.match(r.logs, /fatal: could not frobnicate/);
    assert.ok(log.lines.some((l) => l.startsWith('function log:') && l.includes('fatal: could not frobnicate')));
    await assertCleanedUp(log);
  });

  test('a bootstrap that lost its exec bit: Runtime.InvalidEntrypoint', async () => {
    const r = failed(await invokeZip({ zipPath: await packageOf('hello', { bootstrapExecutable: false }), event: '{}', log: new MemoryLogger() }));
    assert.equal(r.errorType, 'Runtime.InvalidEntrypoint');
    assert.match(r.errorMessage, /permission denied/);
  });

  test('the same with a zip made by the zip tool from a chmod 644 file', async () => {
    const dir = await mkdtemp(path.join(work, 'ziptool-'));
    await mkdir(path.join(dir, 'bin'));
    await writeFile(path.join(dir, 'bootstrap'), generateBootstrap({ handler: 'bin/app' }));
    await writeFile(path.join(dir, 'bin/app'), exe.hello);
    await chmod(path.join(dir, 'bootstrap'), 0o644);
    await chmod(path.join(dir, 'bin/app'), 0o755);
    await run('zip', ['-qX', 'f.zip', 'bootstrap', 'bin/app'], { cwd: dir });
    const broken = failed(await invokeZip({ zipPath: path.join(dir, 'f.zip'), event: '{}', log: new MemoryLogger() }));
    assert.equal(broken.errorType, 'Runtime.InvalidEntrypoint');
    // And with the bit set the same tool's zip works: the modes come from the zip.
    await chmod(path.join(dir, 'bootstrap'), 0o755);
    await run('zip', ['-qX', 'g.zip', 'bootstrap', 'bin/app'], { cwd: dir });
    assert.equal(ok(await invokeZip({ zipPath: path.join(dir, 'g.zip'), event: '{}', log: new MemoryLogger() })).response, 'Hello from NASM!\n');
  });

  test('handler (the _HANDLER setting) naming a missing file: Runtime.NoSuchHandler', async () => {
    const r = failed(await invokeZip({ zipPath: await packageOf('hello'), event: '{}', handler: 'bin/missing', log: new MemoryLogger() }));
    assert.equal(r.errorType, 'Runtime.NoSuchHandler');
    assert.match(r.errorMessage, /bin\/missing.*bin\/app/);
    assert.equal(r.exitCode, 1);
  });

  test('a bootstrap that exits before answering: Runtime.ExitError with its status and output', async () => {
    const r = failed(
      await invokeZip({ zipPath: await scriptBootstrap('#!/bin/bash\necho "no runtime here" >&2\nexit 7\n'), event: '{}', log: new MemoryLogger() }),
    );
    assert.equal(r.errorType, 'Runtime.ExitError');
    assert.equal(r.exitCode, 7);
    assert.match(r.errorMessage, /exit status 7/);
    assert.match(r.logs, /no runtime here/);
  });

  test('a zip without a bootstrap: Runtime.InvalidEntrypoint', async () => {
    const r = failed(
      await invokeZip({ zipPath: await writeZip([{ name: 'bin/app', data: exe.hello, executable: true }]), event: '{}', log: new MemoryLogger() }),
    );
    assert.equal(r.errorType, 'Runtime.InvalidEntrypoint');
  });

  test('a timeout: Sandbox.Timedout, and the whole process group is killed', async () => {
    const pidFile = path.join(work, 'sleeper.pid');
    // Starts the child that hangs first (its pid must be on file before the timeout, which a
    // loaded machine could reach while curl still starts), then takes the event and waits for
    // the child; _HANDLER carries the pid file's path. The timeout is not the 3 s default.
    const script = [
      '#!/bin/bash',
      'sleep 600 &',
      'echo $! > "$_HANDLER"',
      'curl -sS "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next" > /dev/null',
      'wait',
    ].join('\n');
    const r = failed(await invokeZip({ zipPath: await scriptBootstrap(script), event: '{}', handler: pidFile, timeoutMs: 5000, log: new MemoryLogger() }));
    assert.equal(r.errorType, 'Sandbox.Timedout');
    assert.match(r.errorMessage, /timed out after 5\.00 seconds/);
    const pid = Number(await readFile(pidFile, 'utf8'));
    assert.ok(pid > 0);
    assert.ok(await isGone(pid), 'the sleep in the bootstrap group survived');
  });

  test("Lambda's environment only, not the caller's", async () => {
    process.env.NASM_LAMBDA_SECRET_TEST = 'leak';
    try {
      const zip = await writeZip([
        { name: 'bootstrap', data: Buffer.from(generateBootstrap({ handler: 'bin/app' })), executable: true },
        { name: 'bin/app', data: Buffer.from('#!/bin/bash\nenv\n'), executable: true },
      ]);
      const r = ok(await invokeZip({ zipPath: zip, event: '{}', functionName: 'my-fn', region: 'eu-central-1', log: new MemoryLogger() }));
      const env = Object.fromEntries(
        r.response
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      assert.equal(env.NASM_LAMBDA_SECRET_TEST, undefined);
      assert.equal(env.AWS_LAMBDA_FUNCTION_NAME, 'my-fn');
      assert.equal(env.AWS_REGION, 'eu-central-1');
      assert.equal(env.AWS_DEFAULT_REGION, 'eu-central-1');
      assert.equal(env.PATH, '/usr/local/bin:/usr/bin:/bin:/opt/bin');
      assert.equal(env.LANG, 'en_US.UTF-8');
      assert.equal(env.TZ, ':UTC');
      assert.equal(env._HANDLER, '');
      assert.equal(env.AWS_LAMBDA_FUNCTION_VERSION, '$LATEST');
      assert.match(env.AWS_LAMBDA_RUNTIME_API, /^127\.0\.0\.1:\d+$/);
      assert.match(env._X_AMZN_TRACE_ID, /^Root=1-/);
      assert.equal(env.AWS_ACCESS_KEY_ID, undefined);
    } finally {
      delete process.env.NASM_LAMBDA_SECRET_TEST;
    }
  });
});

describe('invokeZip on a non-x64 host', () => {
  let savedPath: string | undefined;
  before(() => (savedPath = process.env.PATH));
  after(() => (process.env.PATH = savedPath));

  test('without qemu-x86_64 on PATH: skipped with the reason', async () => {
    process.env.PATH = await mkdtemp(path.join(work, 'emptypath-'));
    const r = await invokeZip({ zipPath: await packageOf('hello'), event: '{}', arch: 'arm64', log: new MemoryLogger() });
    assert.ok('skipped' in r);
    assert.match(r.skipped, /qemu/);
  });

  // A stand-in qemu-x86_64 that records its arguments and runs the program natively.
  async function fakeQemu(): Promise<{ dir: string; record: string }> {
    const dir = await mkdtemp(path.join(work, 'qemu-'));
    const record = path.join(dir, 'calls');
    await writeFile(path.join(dir, 'qemu-x86_64'), `#!/bin/bash\nprintf '%s\\n' "$*" >> '${record}'\nexec "$@"\n`);
    await chmod(path.join(dir, 'qemu-x86_64'), 0o755);
    process.env.PATH = `${dir}:${savedPath}`;
    return { dir, record };
  }

  test('with qemu-x86_64: the handler runs through it', async () => {
    const { record } = await fakeQemu();
    const r = ok(await invokeZip({ zipPath: await packageOf('echo'), event: '{"via":"qemu"}', arch: 'arm64', log: new MemoryLogger() }));
    assert.equal(r.response, '{"via":"qemu"}');
    assert.match(await readFile(record, 'utf8'), /\/task\/bin\/app$/m);
  });

  test('with qemu-x86_64 and bootstrap: none, the bootstrap itself runs through it', async () => {
    const { record } = await fakeQemu();
    const r = failed(
      await invokeZip({
        zipPath: await writeZip([{ name: 'bootstrap', data: exe.hello, executable: true }]),
        event: '{}',
        arch: 'arm64',
        log: new MemoryLogger(),
      }),
    );
    // hello is no runtime: it prints and exits 0 before answering.
    assert.equal(r.errorType, 'Runtime.ExitError');
    assert.match(r.logs, /Hello from NASM!/);
    assert.match(await readFile(record, 'utf8'), /\/task\/bootstrap$/m);
  });
});

/** The front doors, as users run them: the bundles in dist/ (CI checks they are fresh). */
describe('front doors', () => {
  async function project(program: string): Promise<string> {
    const ws = await mkdtemp(path.join(work, 'ws-'));
    await mkdir(path.join(ws, 'src'));
    await copyFile(path.join(fixtures, `${program}.asm`), path.join(ws, 'src', `${program}.asm`));
    return ws;
  }

  // A local test budget of 30 s, not Lambda's 3 s default, as for invokeZip above.
  async function action(ws: string, inputs: Record<string, string>) {
    return runAction({ workspace: ws, inputs: { 'artifact-name': '', 'test-timeout': '30', ...inputs } });
  }

  const cli = (args: string[], cwd: string) => runCli([...args, '--test-timeout', '30'], { cwd });

  test('action: test-event on a passing function sets test-response', { timeout: 120_000 }, async () => {
    const r = await action(await project('echo'), { 'test-event': '{"greeting":"hi"}' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['test-response'], '{"greeting":"hi"}');
  });

  test('action: test-event on a failing function fails the step with errorType and message', { timeout: 120_000 }, async () => {
    const r = await action(await project('exit3'), { 'test-event': '{}' });
    assert.equal(r.code, 1);
    const error = r.annotations.find((a) => a.level === 'error' && a.message.includes('Function.ExitError'));
    assert.ok(error, r.stdout);
    assert.match(error.message, /exited with status 3/);
    assert.match(r.stdout, /fatal: could not frobnicate/, 'the function log is shown');
  });

  test('nasm-lambda invoke prints the response', { timeout: 120_000 }, async () => {
    const ws = await project('echo');
    const event = '{"q":"$(touch pwned)"}';
    const r = await cli(['invoke', ws, '--event', event], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, event);
    await assert.rejects(stat(path.join(ws, 'pwned')), { code: 'ENOENT' });
    await writeFile(path.join(ws, 'event.json'), '{"from":"file"}');
    const fromFile = await cli(['invoke', ws, '--event-file', path.join(ws, 'event.json')], ws);
    assert.equal(fromFile.stdout, '{"from":"file"}');
  });

  test('nasm-lambda invoke on a failing function prints the error and exits 1', { timeout: 120_000 }, async () => {
    const ws = await project('exit3');
    const r = await cli(['invoke', ws, '--event', '{}'], ws);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Function\.ExitError: bin\/app exited with status 3/);
    assert.match(r.stderr, /fatal: could not frobnicate/);
  });
});

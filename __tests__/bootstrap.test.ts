/**
 * The generated bootstrap, run for real by bash and curl against the built-in
 * Runtime API, on NASM programs packed into zips by the product's zip code.
 */
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildAsm } from './helpers/asm.ts';
import { generateBootstrap, packedHandlerOf } from '../src/bootstrap.ts';
import { LAMBDA_PATH, startRuntime, type InvokeOutcome, type RuntimeSession } from '../src/invoke.ts';
import { buildZip, extractZip, type ZipInput } from '../src/zip.ts';

const run = promisify(execFile);
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/runtime');
const PROGRAMS = ['hello', 'echo', 'exit3', 'segv', 'env', 'big-output'] as const;
type Program = (typeof PROGRAMS)[number];
/** tcp: bash's /dev/tcp, the default; curl: the fallback, forced with NASM_LAMBDA_TRANSPORT=curl. */
type Transport = 'tcp' | 'curl';

let work: string;
const exe = {} as Record<Program, Buffer>;
const sessions: RuntimeSession[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bootstrap-test-'));
  const dir = path.join(work, 'build');
  await mkdir(dir);
  await Promise.all(
    PROGRAMS.map(async (p) => {
      const file = await buildAsm(await readFile(path.join(fixtures, `${p}.asm`), 'utf8'), { dir, name: p });
      exe[p] = await readFile(file);
    }),
  );
});

after(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await rm(work, { recursive: true, force: true });
});

interface Fn {
  session: RuntimeSession;
  taskRoot: string;
  /** The bootstrap's TMPDIR, owned by the test. */
  tmp: string;
}

/**
 * Packs `files` (handler path -> program) with the generated bootstrap through
 * buildZip, unzips it with extractZip, and starts the bootstrap.
 */
async function startFunction(
  files: Record<string, Program>,
  opts: { packed?: string; handlerEnv?: string; env?: Record<string, string>; executable?: boolean; extra?: ZipInput[]; transport?: Transport } = {},
): Promise<Fn> {
  const packed = opts.packed ?? Object.keys(files)[0];
  const zip = buildZip(
    [
      { name: 'bootstrap', data: Buffer.from(generateBootstrap({ handler: packed })), executable: true },
      ...Object.entries(files).map(([name, p]) => ({ name, data: exe[p], executable: opts.executable ?? true })),
      ...(opts.extra ?? []),
    ],
    { mtime: new Date(0) },
  );
  const dir = await mkdtemp(path.join(work, 'fn-'));
  const taskRoot = path.join(dir, 'task');
  const tmp = path.join(dir, 'tmp');
  await mkdir(tmp);
  await extractZip(zip, taskRoot);
  const transportEnv: Record<string, string> = opts.transport === 'curl' ? { NASM_LAMBDA_TRANSPORT: 'curl' } : {};
  const session = await startRuntime({ taskRoot, handler: opts.handlerEnv ?? '', env: { TMPDIR: tmp, ...transportEnv, ...opts.env } });
  sessions.push(session);
  return { session, taskRoot, tmp };
}

function response(o: InvokeOutcome): Buffer {
  if (!o.ok) assert.fail(`expected a response, got ${o.errorType}: ${o.errorMessage}`);
  return o.body;
}

function failure(o: InvokeOutcome): Extract<InvokeOutcome, { ok: false }> {
  if (o.ok) assert.fail(`expected an error, got the response ${JSON.stringify(o.response.slice(0, 200))}`);
  return o;
}

/** Every file under dir, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
}

describe('generateBootstrap text', () => {
  test('is bash that parses, with no process substitution, /dev/fd or eval', async () => {
    const text = generateBootstrap({ handler: 'bin/app' });
    assert.ok(text.startsWith('#!/bin/bash\n'));
    const file = path.join(work, 'syntax-check.sh');
    await writeFile(file, text);
    await run('bash', ['-n', file]);
    const code = text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
    assert.doesNotMatch(code, /\/dev\/fd|<\(|>\(|\beval\b|`/);
    assert.doesNotMatch(text, /\$\\\{/, 'every placeholder was turned back into ${');
    assert.match(text, /^readonly packed_handler='bin\/app'$/m);
    assert.match(text, /Processes per warm invocation: 1, the handler\./);
  });

  test('embeds the handler single-quoted and reads it back', () => {
    assert.equal(packedHandlerOf(generateBootstrap({ handler: 'functions/my-fn_v2.bin' })), 'functions/my-fn_v2.bin');
    assert.equal(packedHandlerOf('#!/bin/sh\nexec ./app\n'), undefined);
  });

  test('refuses handlers that could escape the quotes or the task root', () => {
    for (const bad of ["bin/a'pp", 'bin/$(id)', '../app', 'bin/../../app', '/bin/app', 'bin app', '']) {
      assert.throws(() => generateBootstrap({ handler: bad }), /handler/, bad);
    }
  });
});

for (const transport of ['tcp', 'curl'] as const) describe(`generated bootstrap against the built-in Runtime API (${transport})`, () => {
  const start = (files: Parameters<typeof startFunction>[0], opts: Parameters<typeof startFunction>[1] = {}) => startFunction(files, { transport, ...opts });

  test('hello: the response is exactly the bytes written, trailing newline included', async () => {
    const { session } = await start({ 'bin/app': 'hello' });
    assert.equal(response(await session.invoke('{}')).toString('latin1'), 'Hello from NASM!\n');
  });

  test('echo: small events round-trip exactly, the empty one too', async () => {
    const { session } = await start({ 'bin/app': 'echo' });
    const events = ['{"a":1}', '', '\n', 'no newline', 'two trailing newlines\n\n', '{"unicode":"é€😀"}\n', 'x'.repeat(2048), 'y'.repeat(2049)];
    for (const ev of events) {
      assert.equal(response(await session.invoke(ev)).toString('utf8'), ev, JSON.stringify(ev.slice(0, 40)));
    }
  });

  test('echo: a 100 KB event round-trips exactly (chunked over curl, close-delimited over /dev/tcp)', async () => {
    const { session } = await start({ 'bin/app': 'echo' });
    const ev = Buffer.from(JSON.stringify({ data: 'z'.repeat(100 * 1024) }) + '\n');
    const r = await session.invoke(ev);
    assert.ok(r.ok);
    assert.equal(session.server.framingOf(r.requestId), transport === 'curl' ? 'chunked' : 'close');
    assert.ok(r.body.equals(ev));
  });

  test('shell-hostile events and headers round-trip exactly and nothing is executed', async () => {
    const { session, taskRoot } = await start({ 'bin/app': 'echo' });
    const marker = path.join(work, 'pwned');
    const controls = Buffer.from(Array.from({ length: 31 }, (_, i) => i + 1));
    const high = Buffer.from(Array.from({ length: 128 }, (_, i) => i + 128));
    const events: Buffer[] = [
      `$(touch ${marker}-1)`,
      `\`touch ${marker}-2\``,
      `"; touch ${marker}-3; echo "`,
      `'; touch ${marker}-4; '`,
      `\${PATH} $HOME $$ $? $0 $1 \${x:-$(touch ${marker}-5)}`,
      `%s%n%d%%\\n\\x41\\0 \\\\ "\\"" '\\''`,
      'line1\nline2\r\n\n$(id)\n',
      '-X POST --data @/etc/passwd',
      '*?[a-z]{1,2}~!#&|;<>()',
    ]
      .map((s) => Buffer.from(s))
      .concat([controls, high, Buffer.concat([high, controls, Buffer.from('$(touch x)\n')])]);
    for (const ev of events) {
      const body = response(await session.invoke(ev));
      assert.ok(body.equals(ev), `round-trip of ${JSON.stringify(ev.toString('latin1'))}: got ${JSON.stringify(body.toString('latin1'))}`);
    }
    // Hostile header values too: they reach the handler's environment, unevaluated.
    const { session: envSession } = await start({ 'bin/app': 'env' });
    const trace = `Root=1-$(touch ${marker}-6);Parent=\`touch ${marker}-7\`;Sampled=1 "'\\`;
    const env = parseEnv(response(await envSession.invoke('{}', { traceId: trace })));
    assert.equal(env._X_AMZN_TRACE_ID, trace);
    for (const i of [1, 2, 3, 4, 5, 6, 7]) {
      await assert.rejects(stat(`${marker}-${i}`), { code: 'ENOENT' }, `event ${i} was executed`);
    }
    assert.deepEqual((await readdir(taskRoot)).sort(), ['bin', 'bootstrap']);
  });

  test('exit 3 after stderr: Function.ExitError with the status and the stderr lines, as valid JSON', async () => {
    const { session } = await start({ 'bin/app': 'exit3' });
    const r = failure(await session.invoke('{}'));
    assert.equal(r.errorType, 'Function.ExitError');
    assert.match(r.errorMessage, /bin\/app exited with status 3/);
    // Bytes 0xff 0xfe are not UTF-8: they arrive as \u00ff\u00fe escapes.
    assert.deepEqual(r.stackTrace, ['starting up', 'bad bytes \u00ff\u00fe and a "quote" and a \\ backslash', 'fatal: could not frobnicate']);
    const raw = r.body!;
    new TextDecoder('utf-8', { fatal: true }).decode(raw);
    assert.deepEqual(Object.keys(JSON.parse(raw.toString('utf8'))), ['errorType', 'errorMessage', 'stackTrace']);
    assert.equal(r.headerErrorType, 'Function.ExitError');
    // The stderr still reached the function log, and the loop goes on.
    assert.match(session.logs(), /fatal: could not frobnicate/);
    assert.equal(failure(await session.invoke('{}')).errorType, 'Function.ExitError');
  });

  test('a segfault: Function.Signal naming SIGSEGV', async () => {
    const { session } = await start({ 'bin/app': 'segv' });
    const r = failure(await session.invoke('{}'));
    assert.equal(r.errorType, 'Function.Signal');
    assert.equal(r.headerErrorType, 'Function.Signal');
    assert.match(r.errorMessage, /SIGSEGV/);
    assert.deepEqual(r.stackTrace, ['about to crash']);
  });

  test('stackTrace keeps only the last 4 KB of stderr', async () => {
    // A handler script (bash is on Lambda too) that writes 100 numbered 100-byte lines, then fails.
    const script = '#!/bin/bash\nfor (( i = 1; i <= 100; i++ )); do printf "%03d %095d\\n" "$i" 0 >&2; done\nexit 9\n';
    const { session } = await start({ 'bin/app': 'hello' }, { handlerEnv: 'bin/noisy', extra: [{ name: 'bin/noisy', data: Buffer.from(script), executable: true }] });
    const r = failure(await session.invoke('{}'));
    assert.equal(r.errorMessage, 'bin/noisy exited with status 9');
    const bytes = r.stackTrace.reduce((n, l) => n + l.length + 1, 0);
    assert.ok(bytes <= 4097 && bytes > 3900, `kept ${bytes} bytes`);
    assert.equal(r.stackTrace.at(-1)?.slice(0, 3), '100');
    assert.equal(r.stackTrace.length, 40);
  });

  test('the handler sees the trace id, request id, deadline and function ARN', async () => {
    const { session, taskRoot } = await start({ 'bin/app': 'env' });
    const trace = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const r = await session.invoke('{}', { traceId: trace, requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678' });
    const env = parseEnv(response(r));
    assert.equal(env._X_AMZN_TRACE_ID, trace);
    assert.equal(env.AWS_LAMBDA_REQUEST_ID, 'c6af9ac6-7b61-11e6-9a41-93e812345678');
    assert.equal(env.AWS_LAMBDA_INVOKED_FUNCTION_ARN, session.server.functionArn);
    assert.match(env.AWS_LAMBDA_DEADLINE_MS, /^\d{13}$/);
    assert.ok(Math.abs(Number(env.AWS_LAMBDA_DEADLINE_MS) - (Date.now() + 30_000)) < 60_000);
    assert.equal(env.LAMBDA_TASK_ROOT, taskRoot);
    assert.equal(env.PATH, LAMBDA_PATH);
    // No trace header, no variable: a previous invocation's value must not leak.
    const env2 = parseEnv(response(await session.invoke('{}', { traceId: '' })));
    assert.equal(env2._X_AMZN_TRACE_ID, undefined);
    assert.notEqual(env2.AWS_LAMBDA_REQUEST_ID, env.AWS_LAMBDA_REQUEST_ID);
  });

  test('_HANDLER naming a missing file: /init/error Runtime.NoSuchHandler naming both paths, then exit', async () => {
    const { session, taskRoot } = await start({ 'bin/app': 'hello' }, { handlerEnv: 'bin/nope' });
    const r = failure(await session.invoke('{}'));
    assert.equal(r.errorType, 'Runtime.NoSuchHandler');
    assert.ok(r.errorMessage.includes(path.join(taskRoot, 'bin/nope')), r.errorMessage);
    assert.ok(r.errorMessage.includes(path.join(taskRoot, 'bin/app')), r.errorMessage);
    const init = await session.server.initError;
    assert.equal(init.headerErrorType, 'Runtime.NoSuchHandler');
    const exit = await session.waitExit();
    assert.equal(exit.code, 1);
    assert.equal(session.server.deliveredCount, 0);
  });

  test('_HANDLER empty runs the packed path; _HANDLER naming another executable runs that one', async () => {
    const files = { 'bin/app': 'hello', 'bin/other': 'echo' } as const;
    const packed = await start(files, { handlerEnv: '' });
    assert.equal(response(await packed.session.invoke('ping')).toString(), 'Hello from NASM!\n');
    const other = await start(files, { handlerEnv: 'bin/other' });
    assert.equal(response(await other.session.invoke('ping')).toString(), 'ping');
  });

  test('a handler without its exec bit: Runtime.InvalidEntrypoint at init', async () => {
    const { session } = await start({ 'bin/app': 'hello' }, { executable: false });
    const r = failure(await session.invoke('{}'));
    assert.equal(r.errorType, 'Runtime.InvalidEntrypoint');
    assert.match(r.errorMessage, /permission denied/);
  });

  test('a response over 6 MB is reported as an error, and the next events still work', async () => {
    const { session } = await start({ 'bin/app': 'big-output' });
    const big = failure(await session.invoke('7340032'));
    assert.equal(big.errorType, 'Function.ResponseSizeTooLarge');
    // Exactly at the limit (6 MiB + 100 bytes) is accepted.
    assert.equal(response(await session.invoke('6291556')).length, 6291556);
    assert.equal(failure(await session.invoke('6291557')).errorType, 'Function.ResponseSizeTooLarge');
    assert.equal(response(await session.invoke('10')).toString(), 'xxxxxxxxxx');
    assert.match(session.logs(), /over the 6 MB the Runtime API accepts/);
    assert.match(session.logs(), /the Runtime API had already failed .* \(403\)/);
  });

  test('500 invocations in one bootstrap process, all correct, with its temp dir not growing', { timeout: 180_000 }, async () => {
    const { session, tmp } = await start({ 'bin/app': 'echo' });
    // Warm up first: curl writes its last file just after the server has the answer.
    for (let i = 0; i < 5; i++) assert.equal(response(await session.invoke(`{"n":${i}}\n`)).toString(), `{"n":${i}}\n`);
    const before = await filesUnder(tmp);
    assert.ok(before.length > 0 && before.every((f) => path.basename(path.dirname(f)).startsWith('nasm-lambda.')), before.join(' '));
    for (let i = 5; i < 500; i++) {
      const ev = i % 7 === 0 ? `{"n":${i},"s":"$(x)\\n"}\n\n` : `{"n":${i}}`;
      const body = response(await session.invoke(ev)).toString();
      if (body !== ev) assert.fail(`invocation ${i}: sent ${JSON.stringify(ev)}, got ${JSON.stringify(body)}`);
    }
    assert.deepEqual((await filesUnder(tmp)).sort(), before.sort());
    process.kill(session.pid!, 0); // the same bootstrap process served all of them
    assert.equal(session.server.deliveredCount, 500);
  });

  test('processes per warm invocation: the handler, plus one curl only over curl or for a response over 1 MiB', async () => {
    // A curl shim first on PATH counts the real curl's starts.
    const shims = await mkdtemp(path.join(work, 'shim-'));
    const count = path.join(shims, 'count');
    await writeFile(count, '');
    const realCurl = (await run('bash', ['-c', 'command -v curl'])).stdout.trim();
    await writeFile(path.join(shims, 'curl'), `#!/bin/bash\necho >> '${count}'\nexec '${realCurl}' "$@"\n`);
    await chmod(path.join(shims, 'curl'), 0o755);
    const env = { PATH: `${shims}:${LAMBDA_PATH}` };
    const { session } = await start({ 'bin/app': 'echo' }, { env });
    for (let i = 0; i < 20; i++) response(await session.invoke(`{"i":${i}}`));
    const starts = (await readFile(count, 'utf8')).length;
    // Over curl: the first GET, then one POST+GET per invocation (the 20th GET still waits).
    assert.equal(starts, transport === 'curl' ? 21 : 0);

    const big = await start({ 'bin/app': 'big-output' }, { env });
    await writeFile(count, '');
    assert.equal(response(await big.session.invoke('10')).length, 10);
    assert.equal(response(await big.session.invoke('2097152')).length, 2097152);
    assert.equal(response(await big.session.invoke('1048576')).length, 1048576);
    assert.equal((await readFile(count, 'utf8')).length, transport === 'curl' ? 4 : 1);
  });

  test('SIGTERM: the bootstrap removes its temp dir and exits', async () => {
    const { session, tmp } = await start({ 'bin/app': 'echo' });
    response(await session.invoke('{}'));
    assert.equal((await readdir(tmp)).length, 1);
    await session.close(10_000);
    assert.deepEqual(await readdir(tmp), []);
  });

  test('GET /next failing: the bootstrap retries, then exits non-zero', { timeout: 60_000 }, async () => {
    const { session } = await start({ 'bin/app': 'echo' });
    response(await session.invoke('{}'));
    await session.server.close();
    const exit = await session.waitExit();
    assert.equal(exit.code, 1);
    assert.match(session.logs(), /GET \/invocation\/next failed/);
  });
});

function parseEnv(body: Buffer): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of body.toString('utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

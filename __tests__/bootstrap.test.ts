/**
 * The black-box suite of the runtimes, run for real against the built-in
 * Runtime API, on NASM programs packed into zips by the product's zip code:
 * the shell bootstrap (bash and curl, over /dev/tcp and over curl) and the
 * native one (NASM, process mode). What is contract runs for all three; what
 * is particular to one (curl, TMPDIR, the relay's subshells) says so.
 */
import { execFile, spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import { buildAsm } from './helpers/asm.ts';
import { alive, nativeBootstrap } from './helpers/runtime-native.ts';
import { truncator } from './helpers/runtime-truncate.ts';
import { generateBootstrap, packedHandlerOf } from '../src/runtime/bootstrap.ts';
import { LAMBDA_PATH, lambdaEnvironment, startRuntime, type InvokeOutcome, type RuntimeSession } from '../src/local/invoke.ts';
import { RuntimeApiServer, type InvocationResult } from '../src/local/runtime-api.ts';
import { buildZip, extractZip, type ZipInput } from '../src/package/zip.ts';
import { jsonTextOf } from './helpers/json-text.ts';
import { accepted, nextAnswer, RawRuntimeApi } from './servers/raw-runtime-api.ts';

const run = promisify(execFile);
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/runtime');
const PROGRAMS = ['hello', 'echo', 'exit3', 'segv', 'env', 'big-output', 'zeros'] as const;
type Program = (typeof PROGRAMS)[number];
/** tcp: bash's /dev/tcp, the default; curl: the fallback, forced with NASM_LAMBDA_TRANSPORT=curl. */
type Transport = 'tcp' | 'curl';
/** shell: bootstrap.sh (generateBootstrap); native: the NASM process-mode runtime (buildNativeRuntime). */
type Runtime = 'shell' | 'native';

let work: string;
const exe = {} as Record<Program, Buffer>;
const sessions: { close(): Promise<void> }[] = [];
/** The bootstrap's working directory under TMPDIR: a fixed name, so restarts reuse it. */
const WORK_DIR = 'nasm-lambda-runtime';
/**
 * The budget of each session.invoke here, instead of Lambda's 3 s default: these tests check what
 * the runtimes answer, not how fast, and that budget also covers the bootstrap's start-up and
 * whatever the test does while the handler runs, which a loaded 2-core CI machine can stretch.
 * A runtime that never answers still fails, with Sandbox.Timedout.
 */
const INVOKE_TIMEOUT_MS = 30_000;

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

type FunctionOptions = {
  packed?: string;
  handlerEnv?: string;
  env?: Record<string, string>;
  executable?: boolean;
  extra?: ZipInput[];
  transport?: Transport;
  runtime?: Runtime;
  /** The bootstrap's TMPDIR; a fresh one by default. */
  tmp?: string;
};

/**
 * Packs `files` (handler path -> program) with the generated bootstrap through
 * buildZip and unzips it with extractZip, as Lambda would.
 */
async function unpackFunction(files: Record<string, Program>, opts: FunctionOptions): Promise<{ taskRoot: string; tmp: string; env: Record<string, string> }> {
  const packed = opts.packed ?? Object.keys(files)[0];
  const bootstrap = opts.runtime === 'native' ? await nativeBootstrap(work, packed) : Buffer.from(generateBootstrap({ handler: packed }));
  const zip = buildZip(
    [
      { name: 'bootstrap', data: bootstrap, executable: true },
      ...Object.entries(files).map(([name, p]) => ({ name, data: exe[p], executable: opts.executable ?? true })),
      ...(opts.extra ?? []),
    ],
    { mtime: new Date(0) },
  );
  const dir = await mkdtemp(path.join(work, 'fn-'));
  const taskRoot = path.join(dir, 'task');
  const tmp = opts.tmp ?? path.join(dir, 'tmp');
  if (!opts.tmp) await mkdir(tmp);
  await extractZip(zip, taskRoot);
  const transportEnv: Record<string, string> = opts.transport === 'curl' ? { NASM_LAMBDA_TRANSPORT: 'curl' } : {};
  return { taskRoot, tmp, env: { TMPDIR: tmp, ...transportEnv, ...opts.env } };
}

/** Unpacks the function and starts its bootstrap with startRuntime. */
async function startFunction(files: Record<string, Program>, opts: FunctionOptions = {}): Promise<Fn> {
  const { taskRoot, tmp, env } = await unpackFunction(files, opts);
  const session = await startRuntime({ taskRoot, handler: opts.handlerEnv ?? '', env });
  sessions.push(session);
  const invoke = session.invoke.bind(session);
  session.invoke = (event, o = {}) => invoke(event, { timeoutMs: INVOKE_TIMEOUT_MS, ...o });
  return { session, taskRoot, tmp };
}

/**
 * The bootstrap started by hand against a RuntimeApiServer, keeping its
 * stderr as raw bytes (RuntimeSession.logs() decodes them as UTF-8).
 */
async function startRawFunction(files: Record<string, Program>, opts: FunctionOptions & { server?: RuntimeApiServer } = {}) {
  const { taskRoot, env } = await unpackFunction(files, opts);
  const server = opts.server ?? new RuntimeApiServer();
  await server.start();
  const child = spawn(path.join(taskRoot, 'bootstrap'), [], {
    cwd: taskRoot,
    env: { ...lambdaEnvironment({ runtimeApi: server.address, taskRoot, handler: opts.handlerEnv ?? '' }), ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const fn = {
    server,
    pid: child.pid!,
    stderr: () => Buffer.concat(stderr),
    invoke: (event: string, o: Parameters<RuntimeApiServer['invoke']>[1] = {}): Promise<InvocationResult> => server.invoke(event, o),
    async close() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await Promise.race([closed, delay(5000)]);
      await server.close();
    },
  };
  sessions.push(fn);
  return fn;
}

/** A handler script (bash is on Lambda too) packed next to the hello program; _HANDLER names it. */
function scriptFunction(name: string, script: string): FunctionOptions {
  return { handlerEnv: `bin/${name}`, extra: [{ name: `bin/${name}`, data: Buffer.from(`#!/bin/bash\n${script}`), executable: true }] };
}

/** Polls until cond holds; fails after a generous bound (a broken bootstrap would wait forever). */
async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) assert.fail(`gave up waiting for ${what}`);
    await delay(50);
  }
}

/**
 * Lets node finish the turn of its event loop in which an answer arrived. A runtime writes the
 * log before it posts the answer, but when both are ready at once node may handle the POST (and
 * resolve the invocation) before it reads the log pipe in the same turn: seen with the native
 * runtime's keep-alive connection, in 6 to 34% of answers in loops of 150. What was written
 * before the POST is in the log after this; a runtime that logs only after posting is still
 * caught, unless its write lands in that same turn.
 */
async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A curl first on PATH that counts the real curl's starts. */
async function curlShim(): Promise<{ env: Record<string, string>; starts(): Promise<number>; reset(): Promise<void> }> {
  const shims = await mkdtemp(path.join(work, 'shim-'));
  const count = path.join(shims, 'count');
  await writeFile(count, '');
  const realCurl = (await run('bash', ['-c', 'command -v curl'])).stdout.trim();
  await writeFile(path.join(shims, 'curl'), `#!/bin/bash\necho >> '${count}'\nexec '${realCurl}' "$@"\n`);
  await chmod(path.join(shims, 'curl'), 0o755);
  return {
    env: { PATH: `${shims}:${LAMBDA_PATH}` },
    starts: async () => (await readFile(count, 'utf8')).length,
    reset: () => writeFile(count, ''),
  };
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
    const code = text
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');
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

const VARIANTS: { runtime: Runtime; transport: Transport; name: string }[] = [
  { runtime: 'shell', transport: 'tcp', name: 'shell bootstrap (tcp)' },
  { runtime: 'shell', transport: 'curl', name: 'shell bootstrap (curl)' },
  { runtime: 'native', transport: 'tcp', name: 'native bootstrap (process mode)' },
];

for (const { runtime, transport, name } of VARIANTS)
  describe(`${name} against the built-in Runtime API`, () => {
    const shell = runtime === 'shell';
    const start = (files: Parameters<typeof startFunction>[0], opts: Parameters<typeof startFunction>[1] = {}) =>
      startFunction(files, { transport, runtime, ...opts });
    /** What the runtime keeps in TMPDIR while it runs: the shell's one directory; the native one writes nothing. */
    const tmpEntries = shell ? [WORK_DIR] : [];

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

    test('echo: a 100 KB event round-trips exactly (chunked over curl and native, close-delimited over /dev/tcp)', async () => {
      const { session } = await start({ 'bin/app': 'echo' });
      const ev = Buffer.from(JSON.stringify({ data: 'z'.repeat(100 * 1024) }) + '\n');
      const r = await session.invoke(ev);
      assert.ok(r.ok);
      assert.equal(session.server.framingOf(r.requestId), transport === 'curl' || !shell ? 'chunked' : 'close');
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
      // Bytes 0xff 0xfe are not UTF-8: each becomes U+FFFD.
      assert.deepEqual(r.stackTrace, ['starting up', 'bad bytes \ufffd\ufffd and a "quote" and a \\ backslash', 'fatal: could not frobnicate']);
      const raw = r.body!;
      new TextDecoder('utf-8', { fatal: true }).decode(raw);
      assert.deepEqual(Object.keys(JSON.parse(raw.toString('utf8'))), ['errorType', 'errorMessage', 'stackTrace']);
      assert.equal(r.headerErrorType, 'Function.ExitError');
      // The stderr already reached the function log, and the loop goes on.
      await settle();
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
      const { session } = await start(
        { 'bin/app': 'hello' },
        scriptFunction('noisy', 'for (( i = 1; i <= 100; i++ )); do printf "%03d %095d\\n" "$i" 0 >&2; done\nexit 9\n'),
      );
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

    test('the handler sees the client context and the Cognito identity when the invocation has them, and not after', async () => {
      const { session } = await start({ 'bin/app': 'env' });
      const clientContext = Buffer.from(JSON.stringify({ client: { app_title: 'a "quoted" $(app)' }, custom: { k: 'v' } })).toString('base64');
      const cognitoIdentity = '{"cognitoIdentityId":"us-east-1:1234","cognitoIdentityPoolId":"us-east-1:pool"}';
      const env = parseEnv(response(await session.invoke('{}', { clientContext, cognitoIdentity })));
      assert.equal(env.AWS_LAMBDA_CLIENT_CONTEXT, clientContext);
      assert.equal(env.AWS_LAMBDA_COGNITO_IDENTITY, cognitoIdentity);
      const only = parseEnv(response(await session.invoke('{}', { cognitoIdentity: '{"cognitoIdentityId":"second"}' })));
      assert.equal(only.AWS_LAMBDA_CLIENT_CONTEXT, undefined);
      assert.equal(only.AWS_LAMBDA_COGNITO_IDENTITY, '{"cognitoIdentityId":"second"}');
      const none = parseEnv(response(await session.invoke('{}')));
      assert.equal(none.AWS_LAMBDA_CLIENT_CONTEXT, undefined);
      assert.equal(none.AWS_LAMBDA_COGNITO_IDENTITY, undefined);
      assert.match(none._X_AMZN_TRACE_ID, /^Root=1-/);
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
      // The shell posts it and gets 413, then 403 for its error; the native runtime never posts it.
      if (shell) assert.match(session.logs(), /the Runtime API had already failed .* \(403\)/);
      else assert.doesNotMatch(session.logs(), /\(403\)/);
    });

    test('500 invocations in one bootstrap process, all correct, with its temp dir not growing', { timeout: 180_000 }, async () => {
      const { session, tmp } = await start({ 'bin/app': 'echo' });
      // Warm up first: curl writes its last file just after the server has the answer.
      for (let i = 0; i < 5; i++) assert.equal(response(await session.invoke(`{"n":${i}}\n`)).toString(), `{"n":${i}}\n`);
      const before = await filesUnder(tmp);
      if (shell) assert.ok(before.length > 0 && before.every((f) => path.relative(tmp, f).startsWith(`${WORK_DIR}/`)), before.join(' '));
      else assert.deepEqual(before, [], 'the native runtime writes nothing to TMPDIR');
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
      const shim = await curlShim();
      const { session } = await start({ 'bin/app': 'echo' }, { env: shim.env });
      for (let i = 0; i < 20; i++) response(await session.invoke(`{"i":${i}}`));
      // Over curl: the first GET, then one POST+GET per invocation (the 20th GET still waits).
      assert.equal(await shim.starts(), shell && transport === 'curl' ? 21 : 0);

      // Reset before the start: over curl the new bootstrap's first GET is one of the 4.
      await shim.reset();
      const big = await start({ 'bin/app': 'big-output' }, { env: shim.env });
      assert.equal(response(await big.session.invoke('10')).length, 10);
      assert.equal(response(await big.session.invoke('2097152')).length, 2097152);
      assert.equal(response(await big.session.invoke('1048576')).length, 1048576);
      assert.equal(await shim.starts(), !shell ? 0 : transport === 'curl' ? 4 : 1);
    });

    test('SIGTERM: the bootstrap removes its temp dir (the native one has none) and exits', async () => {
      const { session, tmp } = await start({ 'bin/app': 'echo' });
      response(await session.invoke('{}'));
      assert.deepEqual(await readdir(tmp), tmpEntries);
      await session.close(10_000);
      assert.deepEqual(await readdir(tmp), []);
      if (!shell) assert.equal((await session.waitExit()).code, 143);
    });

    test('GET /next failing: the bootstrap retries, then exits non-zero', { timeout: 60_000 }, async () => {
      const { session } = await start({ 'bin/app': 'echo' });
      response(await session.invoke('{}'));
      await session.server.close();
      const { code, signal } = await session.waitExit();
      // Killed by SIGPIPE would be code null: the server may reset a GET bash has begun to write.
      assert.deepEqual({ code, signal }, { code: 1, signal: null }, session.logs());
      assert.match(session.logs(), /GET \/invocation\/next failed/);
    });

    test(
      'a Runtime API that resets the connection before the GET is written: an error, not death by SIGPIPE; curl takes over',
      { timeout: 60_000, skip: (!shell || transport !== 'tcp') && 'shell over /dev/tcp only' },
      async (t) => {
        // strace holds each connect() of the bootstrap's bash for 200 ms after it succeeds, so the
        // reset always lands between the connect and the writes, as it does by chance when a loaded
        // machine preempts bash there (the server closing in "GET /next failing" above).
        const hold = ['strace', '-qq', '-o', '/dev/null', '-e', 'trace=connect', '-e', 'inject=connect:delay_exit=200000'];
        const canHold = await run(hold[0], [...hold.slice(1), 'true']).then(
          () => true,
          () => false,
        );
        if (!canHold) return t.skip('needs strace, allowed to trace here');
        const api = net.createServer((socket) => socket.resetAndDestroy());
        await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
        try {
          const { taskRoot, env } = await unpackFunction({ 'bin/app': 'echo' }, { transport, runtime });
          const runtimeApi = `127.0.0.1:${(api.address() as AddressInfo).port}`;
          const session = await startRuntime({ taskRoot, env: { ...env, AWS_LAMBDA_RUNTIME_API: runtimeApi }, launcher: hold });
          sessions.push(session);
          const { code, signal } = await session.waitExit();
          assert.deepEqual({ code, signal }, { code: 1, signal: null }, session.logs());
          assert.match(session.logs(), /did not reach the Runtime API; using curl from now on/);
          assert.match(session.logs(), /GET \/invocation\/next failed \(HTTP 000\)/);
        } finally {
          api.close();
        }
      },
    );

    test(
      'a connection closed after an answer was sent, before any reply: the answer is posted again, and the runtime goes on',
      { timeout: 60_000 },
      async () => {
        const event = (id: string) => ({ pieces: [nextAnswer({ id, body: `{"id":"${id}"}` })] });
        const gets = [event('r-1'), event('r-2')];
        let dropped = 0;
        const api = new RawRuntimeApi((req) => {
          if (req.method === 'GET') return gets.shift() ?? { hang: true };
          if (req.path.endsWith('/r-1/response') && dropped++ === 0) return { drop: true };
          return { pieces: [accepted()] };
        });
        await api.start();
        try {
          const { taskRoot, env } = await unpackFunction({ 'bin/app': 'echo' }, { transport, runtime });
          const session = await startRuntime({ taskRoot, env: { ...env, AWS_LAMBDA_RUNTIME_API: api.address } });
          sessions.push(session);
          await waitFor('the answer to r-2', () => api.requests.some((r) => r.path.endsWith('/r-2/response')), 30_000);
          const posts = api.requests.filter((r) => r.method === 'POST');
          assert.deepEqual(
            posts.map((r) => [r.path.split('/')[4], r.body.toString()]),
            [
              ['r-1', '{"id":"r-1"}'],
              ['r-1', '{"id":"r-1"}'],
              ['r-2', '{"id":"r-2"}'],
            ],
          );
          assert.equal(await alive(session.pid!), true, session.logs());
          assert.doesNotMatch(session.logs(), /failed/);
        } finally {
          await api.close();
        }
      },
    );

    test('stderr reaches the log while the handler runs, and the error still carries its last lines', { timeout: 60_000 }, async () => {
      const release = path.join(work, `release-live-${runtime}-${transport}`);
      const { session } = await start(
        { 'bin/app': 'hello' },
        scriptFunction('slow', `printf 'waiting for the test\\n' >&2\nuntil [[ -e '${release}' ]]; do sleep 0.05; done\nprintf 'released\\n' >&2\nexit 4\n`),
      );
      const pending = session.invoke('{}');
      try {
        await waitFor('the first stderr line in the log while the handler still runs', () => session.logs().includes('waiting for the test\n'));
        assert.doesNotMatch(session.logs(), /released/);
      } finally {
        await writeFile(release, '');
      }
      const r = failure(await pending);
      assert.equal(r.errorMessage, 'bin/slow exited with status 4');
      assert.deepEqual(r.stackTrace, ['waiting for the test', 'released']);
      await settle();
      assert.match(session.logs(), /released\n/);
      // The next invocation's stackTrace holds only its own lines.
      await rm(release);
      const next = session.invoke('{}');
      await waitFor('the second invocation to start', () => session.logs().split('waiting for the test').length === 3);
      await writeFile(release, '');
      assert.deepEqual(failure(await next).stackTrace, ['waiting for the test', 'released']);
    });

    test(
      'a runtime SIGKILLed mid-invoke: its stderr is already in the log, and a restart on the same TMPDIR leaves one working directory',
      { timeout: 60_000 },
      async () => {
        const tmp = await mkdtemp(path.join(work, 'shared-tmp-'));
        const started = path.join(work, `started-${runtime}-${transport}`);
        const first = await start(
          { 'bin/app': 'echo' },
          { tmp, ...scriptFunction('stuck', `: > '${started}'\nprintf 'stuck on %s\\n' "$AWS_LAMBDA_REQUEST_ID" >&2\nexec sleep 60\n`) },
        );
        const pending = first.session.invoke(JSON.stringify({ pad: 'p'.repeat(100_000) }), { requestId: 'killed-mid-invoke' });
        await waitFor('the handler to start', () => exists(started));
        await waitFor('the stderr line in the log before the kill', () => first.session.logs().includes('stuck on killed-mid-invoke\n'));
        // What Lambda does on a timeout or out of memory: SIGKILL to everything, no EXIT trap.
        process.kill(-first.session.pid!, 'SIGKILL');
        await first.session.waitExit();
        assert.equal(failure(await pending).errorType, 'Runtime.ExitError');
        const left = await readdir(tmp);
        assert.deepEqual(left, tmpEntries);
        if (shell) await writeFile(path.join(tmp, WORK_DIR, 'canary'), 'from the killed runtime');

        const second = await start({ 'bin/app': 'echo' }, { tmp });
        assert.equal(response(await second.session.invoke('{"after":"restart"}')).toString(), '{"after":"restart"}');
        assert.deepEqual(await readdir(tmp), tmpEntries);
        assert.ok(!(await exists(path.join(tmp, WORK_DIR, 'canary'))), 'the restarted runtime emptied its directory');
        // The killed event (100 KB) is gone too: the directory holds this runtime's small files only.
        const sizes = await Promise.all((await filesUnder(tmp)).map(async (f) => (await stat(f)).size));
        assert.ok(
          sizes.every((n) => n < 1000),
          `sizes ${sizes.join(' ')}`,
        );
      },
    );

    test('stderr is relayed byte for byte: long lines, invalid UTF-8, control bytes, a last line with no newline', { timeout: 60_000 }, async () => {
      const binary = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1).filter((b) => b !== 10));
      const content = Buffer.concat([
        Buffer.from('first line\n'),
        Buffer.from('L'.repeat(300_000) + '\n'),
        Buffer.from('M'.repeat(65_536) + '\n'),
        Buffer.from('N'.repeat(65_535) + '\n'),
        Buffer.from('\n\n  spaces and \\backslashes\\n kept  \n'),
        binary,
        Buffer.from('\n'),
        Buffer.from('no newline at the end'),
      ]);
      const fn = await startRawFunction(
        { 'bin/app': 'hello' },
        {
          transport,
          runtime,
          handlerEnv: 'bin/cat-stderr',
          extra: [
            { name: 'bin/cat-stderr', data: Buffer.from('#!/bin/bash\ncat "$LAMBDA_TASK_ROOT/stderr.bin" >&2\nexit 5\n'), executable: true },
            { name: 'stderr.bin', data: content, executable: false },
          ],
        },
      );
      const r = await fn.invoke('{}');
      assert.equal(r.kind, 'error');
      if (r.kind !== 'error') return;
      assert.equal(r.errorMessage, 'bin/cat-stderr exited with status 5');
      // The non-UTF-8 bytes arrive as \u00XX escapes: each char's code is the byte.
      // The last 4 KB of whole lines: the 65,535-byte line before them doesn't fit.
      assert.deepEqual(r.stackTrace, ['', '', '  spaces and \\backslashes\\n kept  ', jsonTextOf(binary), 'no newline at the end']);
      new TextDecoder('utf-8', { fatal: true }).decode(r.body);
      // The relay ends the last line, as a log line.
      const expected = Buffer.concat([content, Buffer.from('\n')]);
      await settle();
      assert.ok(fn.stderr().includes(expected), `the log holds the handler's stderr exactly (log: ${fn.stderr().length} bytes)`);
    });

    // The shell lets a handler's background child live on; the native runtime kills the handler's
    // process group once it exits (see native-runtime.test.ts for what that gives).
    test(
      'a background child holding stderr open does not hold up the answer, and its lines keep reaching the log',
      { timeout: 60_000, skip: !shell && 'shell only: the native runtime kills it' },
      async () => {
        const { session } = await start(
          { 'bin/app': 'hello' },
          scriptFunction('forks', `( for (( i = 0; i < 100; i++ )); do printf 'tick %d\\n' "$i" >&2; sleep 0.2; done ) &\nprintf 'bye\\n' >&2\nexit 7\n`),
        );
        const r = failure(await session.invoke('{}'));
        assert.equal(r.errorMessage, 'bin/forks exited with status 7');
        assert.ok(r.stackTrace.includes('bye'), JSON.stringify(r.stackTrace));
        await waitFor('the child to go on logging after the handler exited', () => session.logs().includes('tick 3\n'));
        assert.ok(failure(await session.invoke('{}')).stackTrace.includes('bye'));
      },
    );

    test('a response of 1 MiB of NUL bytes arrives exactly (over /dev/tcp curl posts it)', { timeout: 60_000 }, async () => {
      const shim = await curlShim();
      const { session } = await start({ 'bin/app': 'zeros' }, { env: shim.env });
      assert.ok(response(await session.invoke('10')).equals(Buffer.alloc(10)));
      const afterSmall = await shim.starts();
      assert.ok(response(await session.invoke('1048576')).equals(Buffer.alloc(1048576)));
      assert.ok(response(await session.invoke('3')).equals(Buffer.alloc(3)));
      // Over /dev/tcp: a few NULs stay in bash, a million go to one curl.
      if (!shell) assert.equal(await shim.starts(), 0);
      else if (transport === 'tcp') {
        assert.equal(afterSmall, 0);
        assert.equal(await shim.starts(), 1);
      }
    });

    test('an event cut short: Runtime.TruncatedEvent with both byte counts, the handler not run, the next event served', async () => {
      const cuts = truncator();
      const server = new RuntimeApiServer({ writeEvent: cuts.writeEvent });
      const fn = await startRawFunction({ 'bin/app': 'echo' }, { transport, runtime, server });
      const event = JSON.stringify({ cut: 'here', pad: 'q'.repeat(100) });
      cuts.cut('cut-1', 10);
      const r = await fn.invoke(event, { requestId: 'cut-1' });
      assert.equal(r.kind, 'error');
      if (r.kind !== 'error') return;
      assert.equal(r.errorType, 'Runtime.TruncatedEvent');
      assert.equal(r.headerErrorType, 'Runtime.TruncatedEvent');
      assert.match(r.errorMessage, new RegExp(`\\b10\\b.*\\b${event.length}\\b`));
      const next = await fn.invoke('{"next":1}');
      assert.equal(next.kind === 'response' && next.body.toString(), '{"next":1}');
      if (transport === 'curl' || !shell) {
        // Over HTTP/1.1 a large event is chunked: the cut shows only as the broken transfer.
        cuts.cut('cut-2', 4000);
        const big = await fn.invoke(JSON.stringify({ pad: 'r'.repeat(10_000) }), { requestId: 'cut-2' });
        assert.equal(big.kind === 'error' && big.errorType, 'Runtime.TruncatedEvent');
        assert.match(big.kind === 'error' ? big.errorMessage : '', /\b4000\b/);
        const next2 = await fn.invoke('{"next":2}');
        assert.equal(next2.kind === 'response' && next2.body.toString(), '{"next":2}');
      }
      assert.match(fn.stderr().toString(), /Runtime\.TruncatedEvent/);
    });
  });

for (const runtime of ['shell', 'native'] as const)
  describe(`stderr relay (${runtime} bootstrap): bursts, unterminated lines, random writes`, () => {
    const shell = runtime === 'shell';
    /** Many lines at once (cat writes them in 128 KB blocks): the relay falls behind and switches to block reads. */
    function burst(lines: number, salt: string): Buffer {
      const odd = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1).filter((b) => b !== 10));
      const parts: Buffer[] = [];
      for (let i = 0; i < lines; i++) {
        if (i % 997 === 0) parts.push(Buffer.from(`${salt} long ${i} ${'W'.repeat(9000)}\n`));
        else if (i % 331 === 0) parts.push(Buffer.concat([Buffer.from(`${salt} odd ${i} \x1enasm-lambda:12345: `), odd, Buffer.from('\n')]));
        else parts.push(Buffer.from(`${salt} line ${i} of the burst\n`));
      }
      return Buffer.concat(parts);
    }

    /** Lines that start like the bootstrap's own records: only the handler's may reach the log. */
    const lookAlikes = (b: Buffer) => b.toString('latin1').split('\x1enasm-lambda:').length - 1;

    test('a 1 MB burst arrives byte for byte, and a line after it reaches the log while the handler is paused', { timeout: 60_000 }, async () => {
      const release = path.join(work, 'release-burst');
      const content = Buffer.concat([burst(30_000, 'b'), Buffer.from('paused here\n')]);
      const fn = await startRawFunction(
        { 'bin/app': 'hello' },
        {
          runtime,
          handlerEnv: 'bin/burst',
          extra: [
            {
              name: 'bin/burst',
              data: Buffer.from(
                `#!/bin/bash\ncat "$LAMBDA_TASK_ROOT/burst.bin" >&2\nuntil [[ -e '${release}' ]]; do sleep 0.05; done\nprintf 'after the pause' >&2\nexit 6\n`,
              ),
              executable: true,
            },
            { name: 'burst.bin', data: content, executable: false },
          ],
        },
      );
      assert.ok(content.length > 1_000_000);
      const pending = fn.invoke('{}');
      try {
        // The last line sits in a half-filled block until a pad pushes it through.
        await waitFor('the whole burst in the log while the handler waits', () => fn.stderr().includes(content));
      } finally {
        await writeFile(release, '');
      }
      const r = await pending;
      assert.equal(r.kind, 'error');
      if (r.kind !== 'error') return;
      assert.equal(r.errorMessage, 'bin/burst exited with status 6');
      assert.deepEqual(r.stackTrace.slice(-2), ['paused here', 'after the pause']);
      await settle();
      assert.ok(fn.stderr().includes(Buffer.concat([content, Buffer.from('after the pause\n')])));
      // The bootstrap's own records never reach the log.
      assert.ok(lookAlikes(content) > 50);
      assert.equal(lookAlikes(fn.stderr()), lookAlikes(content), "only the handler's own look-alikes");
    });

    test('unterminated last lines of any length, after a burst, end at the right place', { timeout: 60_000 }, async () => {
      const lengths = [0, 1, 17, 100, 1000, 3999, 4000, 4001, 4096, 4097, 8000, 65535, 65536, 65537, 100_000];
      const small = burst(400, 'p');
      const fn = await startRawFunction(
        { 'bin/app': 'hello' },
        {
          runtime,
          handlerEnv: 'bin/partial',
          extra: [
            {
              name: 'bin/partial',
              data: Buffer.from(
                '#!/bin/bash\nread -r n status\ncat "$LAMBDA_TASK_ROOT/burst.bin" >&2\nprintf -v p "%*s" "$n" ""\nprintf "%s" "${p// /P}" >&2\nexit "$status"\n',
              ),
              executable: true,
            },
            { name: 'burst.bin', data: small, executable: false },
          ],
        },
      );
      for (const [i, n] of lengths.entries()) {
        const status = i % 2;
        const r = await fn.invoke(`${n} ${status}`);
        if (status === 0) {
          assert.equal(r.kind, 'response', `length ${n}`);
          continue;
        }
        assert.equal(r.kind, 'error', `length ${n}`);
        if (r.kind !== 'error') continue;
        const last = r.stackTrace.at(-1)!;
        if (n === 0) assert.equal(last, 'p line 399 of the burst');
        else assert.equal(last, 'P'.repeat(Math.min(n, 4096)), `length ${n}: the stackTrace ends with ${last.length} bytes`);
      }
      const ps = () =>
        fn
          .stderr()
          .toString('latin1')
          .split('\n')
          .filter((l) => /^P+$/.test(l))
          .map((l) => l.length);
      const expected = lengths.filter((n) => n > 0);
      await waitFor('every unterminated line in the log', () => ps().length >= expected.length);
      assert.deepEqual(ps(), expected);
      assert.equal(lookAlikes(fn.stderr()), lengths.length * lookAlikes(small), "only the handler's own look-alikes");
    });

    test('the relay and its ticker are started once (shell; none native); a handler gets only stdin, stdout and stderr', { timeout: 60_000 }, async () => {
      // A bash handler names its open descriptors among 3-9, where the bootstrap keeps its own (the
      // environment may pass others further up, and bash keeps the script on 255).
      const { session } = await startFunction(
        { 'bin/app': 'hello' },
        {
          runtime,
          ...scriptFunction(
            'fds',
            'for fd in {3..9}; do [[ -e /proc/$$/fd/$fd ]] && printf "%s " "$fd"; done\necho end\nprintf "to stderr\\n" >&2\nexit "$(< /dev/stdin)"\n',
          ),
        },
      );
      /** The bootstrap's process group, read from /proc: [pid, command] pairs. */
      const group = async () => {
        const out: string[] = [];
        for (const name of await readdir('/proc')) {
          if (!/^\d+$/.test(name)) continue;
          const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (Number(fields[2]) === session.pid) out.push(`${name} ${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}`);
        }
        return out.sort();
      };
      assert.equal(response(await session.invoke('0')).toString(), 'end\n');
      const first = await group();
      // The shell: itself, the relay and its ticker. The native runtime: itself (its handlers
      // get process groups of their own, and are gone after each invocation).
      assert.equal(first.length, shell ? 3 : 1, first.join(', '));
      for (let i = 0; i < 30; i++) {
        const status = i % 3 === 0 ? 1 : 0;
        const r = await session.invoke(String(status));
        if (status === 0) assert.equal(response(r).toString(), 'end\n');
        else assert.deepEqual(failure(r).stackTrace, ['to stderr']);
      }
      assert.deepEqual(await group(), first);
    });

    test('random stderr in random write sizes: the log holds exactly the bytes, the stackTrace the last 4 KB of lines', { timeout: 60_000 }, async () => {
      // A seeded generator, so that a failure can be replayed.
      let seed = 0x5eed1234;
      const rand = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) % n;
      };
      // Printable ASCII, tab, CR, RS (the records' first byte), and high bytes that
      // never form UTF-8 (so each becomes \u00XX in the stackTrace); no NUL.
      const alphabet = [...Array.from({ length: 95 }, (_, i) => i + 32), 9, 13, 0x1e, 0x80, 0x9f, 0xbf, 0xf8, 0xff];
      const content = (size: number) => {
        const b = Buffer.alloc(size);
        for (let i = 0; i < size; i++) b[i] = rand(40) === 0 ? 10 : alphabet[rand(alphabet.length)];
        if (size > 20 && rand(3) === 0) b.set(Buffer.from('\x1enasm-lambda:'), rand(size - 20));
        return b;
      };
      /** The stackTrace the 4 KB rule gives for one invocation's stderr, as logged. */
      const lastLines = (logged: string) => {
        const lines = logged === '' ? [] : logged.slice(0, -1).split('\n');
        const kept: string[] = [];
        let total = 0;
        for (const line of lines.reverse().map((l) => l.slice(-4096))) {
          if (kept.length > 0 && total + line.length + 1 > 4097) break;
          kept.unshift(line);
          total += line.length + 1;
        }
        return kept;
      };
      const fn = await startRawFunction(
        { 'bin/app': 'hello' },
        {
          runtime,
          handlerEnv: 'bin/dd',
          extra: [
            {
              name: 'bin/dd',
              data: Buffer.from('#!/bin/bash\nread -r file bs status\ndd if="$file" bs="$bs" status=none >&2\nexit "$status"\n'),
              executable: true,
            },
          ],
        },
      );
      const logged: Buffer[] = [];
      for (let i = 0; i < 40; i++) {
        const size = [0, rand(100), rand(5000), rand(5000), rand(150_000)][rand(5)];
        const bs = size < 5000 ? [1, 7, 100, 4096][rand(4)] : [4095, 4097, 65536, 200_000][rand(4)];
        const status = rand(2);
        const bytes = content(size);
        const file = path.join(work, `random-${i}.bin`);
        await writeFile(file, bytes);
        const r = await fn.invoke(`${file} ${bs} ${status}`);
        const asLogged = size === 0 || bytes[size - 1] === 10 ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
        logged.push(asLogged);
        const what = `invocation ${i}: ${size} bytes in writes of ${bs}, status ${status}`;
        if (status === 0) {
          assert.equal(r.kind, 'response', what);
          continue;
        }
        assert.equal(r.kind, 'error', what);
        if (r.kind === 'error')
          assert.deepEqual(
            r.stackTrace,
            lastLines(asLogged.toString('latin1')).map((l) => jsonTextOf(Buffer.from(l, 'latin1'))),
            what,
          );
      }
      const all = Buffer.concat(logged);
      await waitFor('the last invocation in the log', () => fn.stderr().length >= all.length);
      assert.ok(fn.stderr().equals(all), `the log (${fn.stderr().length} bytes) is the handlers' stderr (${all.length} bytes), byte for byte`);
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

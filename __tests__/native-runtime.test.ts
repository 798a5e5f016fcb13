/**
 * The native process-mode runtime (src/runtime/native/, built by
 * src/runtime/native.ts with the real nasm and ld), beyond the contract suite
 * it shares with the shell bootstrap (bootstrap.test.ts): exact wire bytes
 * through a raw TCP fake, cut-off answers, hostile request ids, leaked output,
 * resource use over many invocations, big payloads, signals, bad settings.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { setTimeout as delay } from 'node:timers/promises';
import { buildAsm } from './helpers/asm.ts';
import { alive, killAllRuntimes, nativeBootstrap, procStats, spawnRuntime } from './helpers/runtime-native.ts';
import { accepted, jsonAnswer, nextAnswer, RawRuntimeApi, splitEvery, type RawRequest, type Reply } from './servers/raw-runtime-api.ts';
import { startRuntime, type InvokeOutcome, type RuntimeSession } from '../src/local/invoke.ts';
import { RuntimeApiServer } from '../src/local/runtime-api.ts';
import { inspectElf } from '../src/build/elf.ts';
import { buildNativeRuntime, packedHandlerSource } from '../src/runtime/native.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { jsonTextOf } from './helpers/json-text.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/runtime');
const PROGRAMS = ['echo', 'env', 'big-output', 'exit3'] as const;
type Program = (typeof PROGRAMS)[number];

let work: string;
let bootstrap: Buffer;
const exe = {} as Record<Program, Buffer>;
const sessions: RuntimeSession[] = [];
const servers: RawRuntimeApi[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'native-runtime-test-'));
  const dir = path.join(work, 'build');
  await mkdir(dir);
  await Promise.all(
    PROGRAMS.map(async (p) => {
      exe[p] = await readFile(await buildAsm(await readFile(path.join(fixtures, `${p}.asm`), 'utf8'), { dir, name: p }));
    }),
  );
  bootstrap = await nativeBootstrap(work);
});

after(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await Promise.all(servers.map((s) => s.close()));
  await killAllRuntimes();
  await rm(work, { recursive: true, force: true });
});

/** A task root with the native bootstrap, bin/app = program, and extra files (scripts are executable). */
async function taskRoot(program: Program, scripts: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(work, 'task-'));
  await mkdir(path.join(root, 'bin'));
  await writeFile(path.join(root, 'bootstrap'), bootstrap);
  await chmod(path.join(root, 'bootstrap'), 0o755);
  await writeFile(path.join(root, 'bin/app'), exe[program]);
  await chmod(path.join(root, 'bin/app'), 0o755);
  for (const [name, text] of Object.entries(scripts)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), `#!/bin/bash\n${text}`);
    await chmod(path.join(root, name), 0o755);
  }
  return root;
}

async function session(program: Program, opts: { scripts?: Record<string, string>; handler?: string; env?: Record<string, string> } = {}) {
  const root = await taskRoot(program, opts.scripts);
  const s = await startRuntime({ taskRoot: root, handler: opts.handler ?? '', env: opts.env });
  sessions.push(s);
  return { s, root };
}

function ok(o: InvokeOutcome): Buffer {
  if (!o.ok) assert.fail(`expected a response, got ${o.errorType}: ${o.errorMessage}`);
  return o.body;
}
function bad(o: InvokeOutcome) {
  if (o.ok) assert.fail(`expected an error, got ${JSON.stringify(o.response.slice(0, 100))}`);
  return o;
}

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) assert.fail(`gave up waiting for ${what}`);
    await delay(20);
  }
}

/** A raw fake whose GETs are answered from `gets` in order (then left hanging) and POSTs with `post`. */
async function rawApi(gets: Reply[], post: (req: RawRequest) => Reply = () => ({ pieces: [accepted()] })): Promise<RawRuntimeApi> {
  let g = 0;
  const api = new RawRuntimeApi((req) => {
    if (req.method === 'GET') return g < gets.length ? gets[g++] : { hang: true };
    return post(req);
  });
  await api.start();
  servers.push(api);
  return api;
}

const posts = (api: RawRuntimeApi) => api.requests.filter((r) => r.method === 'POST');

describe('native runtime: the wire', () => {
  test('GET /next is HTTP/1.1 with Host; answers are POSTed to the id, and one connection is kept alive', async () => {
    const api = await rawApi([{ pieces: [nextAnswer({ id: 'id-1', body: '{"a":1}' })] }, { pieces: [nextAnswer({ id: 'id-2', body: 'two' })] }]);
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await api.waitForRequests(5);
    const [get] = api.requests;
    assert.equal(get.method, 'GET');
    assert.equal(get.path, '/2018-06-01/runtime/invocation/next');
    assert.equal(get.version, 'HTTP/1.1');
    assert.equal(get.headers.host, api.address);
    const p = posts(api);
    assert.deepEqual(
      p.map((r) => [r.path, r.body.toString()]),
      [
        ['/2018-06-01/runtime/invocation/id-1/response', '{"a":1}'],
        ['/2018-06-01/runtime/invocation/id-2/response', 'two'],
      ],
    );
    assert.equal(p[0].headers['content-length'], '7');
    assert.deepEqual(new Set(api.requests.map((r) => r.connection)), new Set([0]), 'all on one connection');
    // Pipelined: each answer's POST carries the next GET /next in the same write.
    assert.deepEqual(
      api.requests.map((r) => `${r.method} ${r.path.split('/').pop()}`),
      ['GET next', 'POST response', 'GET next', 'POST response', 'GET next'],
    );
    for (const i of [1, 3]) assert.equal(api.requests[i + 1].read, api.requests[i].read, `the GET after POST #${i} came in the same read`);
    await rt.kill();
  });

  for (const [value, pipelined] of [
    ['off', false],
    ['OFF', false],
    ['of', true],
    ['offline', true],
  ] as const) {
    test(`NASM_LAMBDA_PIPELINING=${value}: ${pipelined ? 'still pipelined' : "GET /next waits for each answer's reply"}`, async () => {
      const api = await rawApi([{ pieces: [nextAnswer({ id: 'np-1' })] }, { pieces: [nextAnswer({ id: 'np-2' })] }]);
      const root = await taskRoot('echo');
      const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address, env: { NASM_LAMBDA_PIPELINING: value } });
      await api.waitForRequests(5);
      assert.deepEqual(
        api.requests.map((r) => `${r.method} ${r.connection}`),
        ['GET 0', 'POST 0', 'GET 0', 'POST 0', 'GET 0'],
      );
      for (const i of [1, 3]) assert.equal(api.requests[i + 1].read === api.requests[i].read, pipelined, `the GET after POST #${i}`);
      await rt.kill();
    });
  }

  test('a POST too big to share a write with GET /next is answered first; the GET follows it, on the same connection', async () => {
    const big = Buffer.alloc(70_000, 'b');
    const api = await rawApi([
      { pieces: [nextAnswer({ id: 'big-1', body: big, framing: 'chunked', chunk: 8192 })] },
      { pieces: [nextAnswer({ id: 'small-2' })] },
    ]);
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await api.waitForRequests(5);
    const [, postBig, getAfter, postSmall, getLast] = api.requests;
    assert.ok(postBig.body.equals(big));
    assert.equal(getAfter.method, 'GET');
    assert.ok(getAfter.read > postBig.read, 'the GET waited for the 202');
    assert.equal(postSmall.path, '/2018-06-01/runtime/invocation/small-2/response');
    assert.equal(getLast.read, postSmall.read, 'a small answer carries its GET');
    assert.deepEqual(new Set(api.requests.map((r) => r.connection)), new Set([0]));
    await rt.kill();
  });

  const event = Buffer.from(JSON.stringify({ pad: 'c'.repeat(2500), s: 'é€😀', ctl: '\u0001' }));
  const framings: [string, Reply][] = [
    ['Content-Length, one write', { pieces: [nextAnswer({ id: 'f-cl', body: event })] }],
    ['Content-Length, every byte its own write', { pieces: splitEvery(nextAnswer({ id: 'f-cl-bytes', body: event.subarray(0, 300) }), 1), gapMs: 1 }],
    ['chunked, 1-byte chunks', { pieces: splitEvery(nextAnswer({ id: 'f-ch1', body: event, framing: 'chunked', chunk: 1 }), 700) }],
    [
      'chunked, 1-byte chunks, every byte its own write',
      { pieces: splitEvery(nextAnswer({ id: 'f-ch1-bytes', body: event.subarray(0, 200), framing: 'chunked', chunk: 1 }), 1), gapMs: 0 },
    ],
    [
      'chunked with extensions and trailers',
      {
        pieces: [
          nextAnswer({
            id: 'f-ext',
            body: event,
            framing: 'chunked',
            chunk: 777,
            chunkExtension: ';name="v";x=1',
            trailers: [
              ['X-Trailer', 'yes'],
              ['Another', '1'],
            ],
          }),
        ],
      },
    ],
    ['chunked, big chunks, headers split across reads', { pieces: splitEvery(nextAnswer({ id: 'f-big', body: event, framing: 'chunked', chunk: 65536 }), 37) }],
  ];
  test('bodies framed by Content-Length and chunked coding arrive whole, in pieces of any size', { timeout: 60_000 }, async () => {
    const api = await rawApi(framings.map(([, r]) => r));
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('every answer', () => posts(api).length >= framings.length, 30_000);
    const bodies = new Map(posts(api).map((r) => [r.path.split('/')[4], r.body]));
    assert.ok(bodies.get('f-cl')!.equals(event), 'f-cl');
    assert.ok(bodies.get('f-cl-bytes')!.equals(event.subarray(0, 300)), 'f-cl-bytes');
    assert.ok(bodies.get('f-ch1')!.equals(event), 'f-ch1');
    assert.ok(bodies.get('f-ch1-bytes')!.equals(event.subarray(0, 200)), 'f-ch1-bytes');
    assert.ok(bodies.get('f-ext')!.equals(event), 'f-ext');
    assert.ok(bodies.get('f-big')!.equals(event), 'f-big');
    for (const r of posts(api)) assert.match(r.path, /\/response$/, r.path);
    await rt.kill();
  });

  test('header names match case-insensitively, in any order, with blanks around values', async () => {
    const base: [string, string][] = [
      ['LAMBDA-RUNTIME-AWS-REQUEST-ID', '  order-1 \t'],
      ['lambda-runtime-deadline-ms', '1700000000123'],
      ['Lambda-Runtime-Invoked-Function-Arn', 'arn:aws:lambda:eu-west-1:1:function:f'],
      ['lambda-runtime-TRACE-id', 'Root=1-abc;Parent=def;Sampled=1'],
      ['Lambda-Runtime-Client-Context', 'e30='],
      ['Lambda-Runtime-Cognito-Identity', '{"id":"x"}'],
      ['X-Other', 'ignored: with a colon'],
    ];
    const orders = [base, [...base].reverse(), [base[3], base[0], base[6], base[2], base[5], base[1], base[4]]];
    const answers = orders.map((h, i) => ({
      pieces: splitEvery(
        nextAnswer({ headers: h.map(([k, v]): [string, string] => [k, k.toLowerCase().endsWith('request-id') ? v.replace('1', String(i + 1)) : v]) }),
        9,
      ),
    }));
    const api = await rawApi(answers);
    const root = await taskRoot('env');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('three answers', () => posts(api).length >= 3);
    for (const [i, p] of posts(api).entries()) {
      assert.equal(p.path, `/2018-06-01/runtime/invocation/order-${i + 1}/response`);
      const env = p.body.toString();
      assert.match(env, new RegExp(`^AWS_LAMBDA_REQUEST_ID=order-${i + 1}$`, 'm'));
      assert.match(env, /^AWS_LAMBDA_DEADLINE_MS=1700000000123$/m);
      assert.match(env, /^AWS_LAMBDA_INVOKED_FUNCTION_ARN=arn:aws:lambda:eu-west-1:1:function:f$/m);
      assert.match(env, /^_X_AMZN_TRACE_ID=Root=1-abc;Parent=def;Sampled=1$/m);
    }
    await rt.kill();
  });

  test('a server that closes after each answer, or lets a kept-alive connection die, gets fresh connections', async () => {
    const api = await rawApi(
      [
        {
          pieces: [
            nextAnswer({
              id: 'c-1',
              headers: [
                ['Lambda-Runtime-Aws-Request-Id', 'c-1'],
                ['Connection', 'close'],
              ],
            }),
          ],
          close: true,
        },
        { pieces: [nextAnswer({ id: 'c-2' })] },
        { pieces: [nextAnswer({ id: 'c-3' })] },
      ],
      (req) => (req.path.includes('c-2') ? { pieces: [accepted()], close: true } : { pieces: [accepted()] }),
    );
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('three answers', () => posts(api).length >= 3);
    assert.deepEqual(
      posts(api).map((r) => r.path.split('/')[4]),
      ['c-1', 'c-2', 'c-3'],
    );
    // c-1's answer said close: its POST went on a new connection; after c-2's POST the server
    // closed the kept-alive connection, so the GET for c-3 went on another one.
    const conns = api.requests.map((r) => `${r.method} ${r.connection}`);
    assert.deepEqual(conns.slice(0, 6), ['GET 0', 'POST 1', 'GET 1', 'POST 1', 'GET 2', 'POST 2'], conns.join(', '));
    await rt.kill();
  });

  test('a pipelined GET /next that the server drops unanswered is sent again on a fresh connection', async () => {
    const api = await rawApi([{ pieces: [nextAnswer({ id: 'd-1' })] }, { drop: true }, { pieces: [nextAnswer({ id: 'd-2' })] }]);
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('d-2', () => posts(api).some((r) => r.path.includes('d-2')));
    const conns = api.requests.map((r) => `${r.method} ${r.connection}`);
    assert.deepEqual(conns.slice(0, 5), ['GET 0', 'POST 0', 'GET 0', 'GET 1', 'POST 1'], conns.join(', '));
    assert.equal(api.requests[2].read, api.requests[1].read, 'the dropped GET went with the POST');
    assert.deepEqual(
      posts(api).map((r) => r.path.split('/')[4]),
      ['d-1', 'd-2'],
    );
    assert.equal(await alive(rt.pid), true);
    await rt.kill();
  });

  test('answers to POSTs: 400 and 413 are logged and the runtime goes on, nothing posted behind the GET already sent', async () => {
    const api = await rawApi(
      [{ pieces: [nextAnswer({ id: 'p-400' })] }, { pieces: [nextAnswer({ id: 'p-413', body: 'big' })] }, { pieces: [nextAnswer({ id: 'p-ok' })] }],
      (req) => {
        if (req.path.includes('p-400'))
          return { pieces: [jsonAnswer('400 Bad Request', { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' })] };
        if (req.path.endsWith('p-413/response')) return { pieces: [jsonAnswer('413 Request Entity Too Large', { errorType: 'RequestEntityTooLarge' })] };
        if (req.path.endsWith('p-413/error')) return { pieces: [jsonAnswer('403 Forbidden', { errorType: 'InvalidStateTransition' })] };
        return { pieces: [accepted()] };
      },
    );
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('p-ok', () => posts(api).some((r) => r.path.includes('p-ok')));
    // After a 413 the API has failed the invocation itself (an /error gets 403), and the
    // GET /next that went with the POST is waiting: nothing more is posted for p-413.
    assert.deepEqual(
      posts(api).map((r) => r.path.split('/').slice(4).join('/')),
      ['p-400/response', 'p-413/response', 'p-ok/response'],
    );
    const log = rt.log().toString();
    assert.match(log, /POST answer for p-400 failed \(HTTP 400\) \{"errorMessage":"Invalid request ID"/);
    assert.match(log, /POST answer for p-413 failed \(HTTP 413\) \{"errorType":"RequestEntityTooLarge"\}/);
    await rt.kill();
  });

  for (const [what, reply, log] of [
    ['500', { pieces: [jsonAnswer('500 Internal Server Error', { errorType: 'Broken' })] }, /GET \/invocation\/next failed \(HTTP 500\)/],
    [
      '404',
      { pieces: [Buffer.from('HTTP/1.1 404 Not Found\r\nContent-Length: 19\r\n\r\n404 page not found\n')] },
      /GET \/invocation\/next failed \(HTTP 404\) 404 page not found/,
    ],
    ['not HTTP', { pieces: [Buffer.from('SSH-2.0-OpenSSH\r\n\r\n')] }, /GET \/invocation\/next failed \(the answer is not HTTP\)/],
    ['no answer (closed at once)', { drop: true }, /GET \/invocation\/next failed \(no answer from the Runtime API\)/],
  ] as [string, Reply, RegExp][]) {
    test(`GET /next answered ${what}: one log line, exit 1`, async () => {
      const api = await rawApi([reply, reply]);
      const root = await taskRoot('echo');
      const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
      const exit = await rt.exited;
      assert.equal(exit.code, 1);
      assert.match(rt.log().toString(), log);
      assert.equal(posts(api).length, 0);
    });
  }
});

describe('native runtime: cut-off answers and hostile ids', () => {
  const mark = { 'bin/mark': 'echo ran >> "$LAMBDA_TASK_ROOT/ran"\ncat\n' };
  const cutCases: [string, Reply, RegExp | null][] = [
    [
      'in the headers, after the request id',
      { pieces: [Buffer.from('HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: cut-h\r\nLambda-Runtime-Deadline-Ms: 1')], close: true },
      /cut short: the connection broke in the headers/,
    ],
    ['in the headers, before the request id', { pieces: [Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: app')], close: true }, null],
    [
      'in a Content-Length body',
      { pieces: [nextAnswer({ id: 'cut-cl', body: 'x'.repeat(100) }).subarray(0, -90)], close: true },
      /cut short: 10 of the 100 bytes its Content-Length announced/,
    ],
    [
      'in a chunk',
      { pieces: [nextAnswer({ id: 'cut-ch', body: 'y'.repeat(5000), framing: 'chunked', chunk: 1000 }).subarray(0, -2500)], close: true },
      /cut short: the connection broke after \d+ bytes of its chunked body/,
    ],
    [
      'before the last chunk',
      { pieces: [nextAnswer({ id: 'cut-end', body: 'z'.repeat(3000), framing: 'chunked', chunk: 1000 }).subarray(0, -5)], close: true },
      /cut short: the connection broke after 3000 bytes of its chunked body/,
    ],
  ];
  test('an answer cut off in its headers or body: Runtime.TruncatedEvent when the id came, the handler never runs', { timeout: 60_000 }, async () => {
    const api = await rawApi([...cutCases.map(([, r]) => r), { pieces: [nextAnswer({ id: 'after', body: 'fine' })] }]);
    const root = await taskRoot('echo', mark);
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address, handler: 'bin/mark' });
    await waitFor('the event after the cut ones', () => posts(api).some((r) => r.path.includes('/after/')), 30_000);
    const errors = posts(api).filter((r) => r.path.endsWith('/error'));
    assert.deepEqual(
      errors.map((r) => r.path.split('/')[4]),
      ['cut-h', 'cut-cl', 'cut-ch', 'cut-end'],
    );
    for (const [i, e] of errors.entries()) {
      const doc = JSON.parse(e.body.toString());
      assert.equal(e.headers['lambda-runtime-function-error-type'], 'Runtime.TruncatedEvent');
      assert.equal(doc.errorType, 'Runtime.TruncatedEvent');
      assert.match(doc.errorMessage, cutCases.filter(([, , m]) => m)[i][2]!);
    }
    assert.equal(
      posts(api)
        .find((r) => r.path.includes('/after/'))!
        .body.toString(),
      'fine',
    );
    // The handler ran once: for the event after them.
    assert.equal(await readFile(path.join(root, 'ran'), 'utf8'), 'ran\n');
    assert.match(rt.log().toString(), /gave no usable request id \(''\); skipping the event/);
    await rt.kill();
  });

  test('hostile request ids never reach a URL: the event is skipped and the runtime goes on', async () => {
    const hostile = ['.', '..', 'a/b', '%2e', '%2e%2e', 'a b', 'id?x=1', 'id#frag', '../../init/error', 'x'.repeat(257), 'é', 'a\tb'];
    const gets: Reply[] = hostile.map((id) => ({ pieces: [nextAnswer({ headers: [['Lambda-Runtime-Aws-Request-Id', id]] })] }));
    gets.push({ pieces: [nextAnswer({ headers: [['Lambda-Runtime-Aws-Request-Id', '']] })] });
    gets.push({ pieces: [nextAnswer({ headers: [['Content-Type', 'application/json']] })] });
    gets.push({ pieces: [nextAnswer({ id: 'Valid-id_1.2:3', body: 'ok' })] });
    const api = await rawApi(gets);
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: api.address });
    await waitFor('the valid event', () => posts(api).length >= 1);
    assert.deepEqual(
      posts(api).map((r) => r.path),
      ['/2018-06-01/runtime/invocation/Valid-id_1.2:3/response'],
    );
    assert.equal(api.requests.filter((r) => r.method === 'GET').length, gets.length + 1);
    const log = rt.log().toString();
    assert.equal(log.split('gave no usable request id').length - 1, gets.length - 1, log);
    assert.match(log, /\('a\?b'\)/, 'a control byte is shown as ?');
    await rt.kill();
  });
});

describe('native runtime: handlers and their output', () => {
  test('output after the handler exits reaches no later invocation; a child holding stdout open holds nothing up', { timeout: 60_000 }, async () => {
    const { s, root } = await session('echo', {
      handler: 'bin/leak',
      scripts: {
        'bin/leak': [
          'read -r what',
          'if [[ $what == first ]]; then',
          '  ( sleep 0.3; echo LEAK-OUT; echo LEAK-ERR >&2 ) &',
          '  echo $! > "$LAMBDA_TASK_ROOT/child"',
          '  sleep 30 &',
          '  printf first',
          '  exit 0',
          'fi',
          'sleep 0.6',
          'printf "second %s" "$what"',
          'echo "second stderr" >&2',
          'exit 2',
          '',
        ].join('\n'),
      },
    });
    assert.equal(ok(await s.invoke('first\n')).toString(), 'first');
    const child = Number(await readFile(path.join(root, 'child'), 'utf8'));
    await waitFor('the background child to be killed', async () => !(await alive(child)));
    const r = bad(await s.invoke('next\n'));
    assert.deepEqual(r.stackTrace, ['second stderr']);
    assert.equal(r.errorMessage, 'bin/leak exited with status 2');
    await delay(400);
    assert.doesNotMatch(s.logs(), /LEAK/);
  });

  test('300 invocations: the runtime keeps its fd count, and its memory stays flat', { timeout: 120_000 }, async () => {
    const { s } = await session('echo');
    for (let i = 0; i < 20; i++) ok(await s.invoke(`{"warm":${i}}`));
    const before = await procStats(s.pid!);
    for (let i = 0; i < 300; i++) {
      const ev = i % 10 === 0 ? JSON.stringify({ i, pad: 'p'.repeat(3000) }) : `{"i":${i}}`;
      const body = ok(await s.invoke(ev)).toString();
      if (body !== ev) assert.fail(`invocation ${i}`);
    }
    const afterStats = await procStats(s.pid!);
    assert.equal(afterStats.fds, before.fds, `fds before ${before.fds}, after ${afterStats.fds}`);
    assert.ok(afterStats.rssKb <= before.rssKb + 256, `VmRSS before ${before.rssKb} kB, after ${afterStats.rssKb} kB`);
  });

  test('a 6 MB event round-trips; a 7 MB response is Function.ResponseSizeTooLarge naming its size, and is not posted', { timeout: 60_000 }, async () => {
    const { s } = await session('echo');
    const event = Buffer.alloc(6_291_456, 'e');
    event.write('{"big":"', 0);
    event.write('"}', event.length - 2);
    assert.ok(ok(await s.invoke(event)).equals(event));
    const big = await session('big-output');
    const r = bad(await big.s.invoke('7340032'));
    assert.equal(r.errorType, 'Function.ResponseSizeTooLarge');
    assert.equal(r.headerErrorType, 'Function.ResponseSizeTooLarge');
    assert.match(r.errorMessage, /Response payload size \(7340032 bytes\) exceeded maximum allowed payload size \(6291556 bytes\)\./);
    assert.ok(r.body && JSON.parse(r.body.toString()).errorType === 'Function.ResponseSizeTooLarge', 'the runtime posted its own error, not the response');
    assert.equal(ok(await big.s.invoke('6291556')).length, 6291556);
    // After a big event the buffers give their pages back: memory does not stay at the peak.
    const peak = (await procStats(s.pid!)).rssKb;
    for (let i = 0; i < 3; i++) ok(await s.invoke('{}'));
    assert.ok((await procStats(s.pid!)).rssKb < peak, 'RSS went down after the big event');
  });

  test('SIGTERM: the runtime and its running handler are gone promptly', async () => {
    const { s, root } = await session('echo', { handler: 'bin/stuck', scripts: { 'bin/stuck': 'echo $$ > "$LAMBDA_TASK_ROOT/pid"\nexec sleep 60\n' } });
    const pending = s.invoke('{}');
    await waitFor('the handler', async () => (await stat(path.join(root, 'pid')).catch(() => null)) !== null);
    await delay(50);
    const handler = Number(await readFile(path.join(root, 'pid'), 'utf8'));
    assert.ok(await alive(handler));
    process.kill(s.pid!, 'SIGTERM');
    const exit = await s.waitExit();
    assert.equal(exit.code, 143);
    await waitFor('the handler to be gone', async () => !(await alive(handler)), 5000);
    assert.equal(bad(await pending).errorType, 'Runtime.ExitError');
  });

  test('invalid UTF-8, NUL and control bytes in stderr: the error document is valid UTF-8 JSON', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0, 1, 2, 7, 8, 9, 11, 12, 13, 27, 31, 0x7f]),
      Buffer.from(' ok é€😀 '),
      Buffer.from([0x80, 0xbf, 0xc0, 0xaf, 0xc1, 0xbf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xf5, 0xff, 0xe2, 0x82]),
      Buffer.from('\n"quoted" \\ back\n'),
      Buffer.from([0xf0, 0x9f, 0x98]),
    ]);
    const { s, root } = await session('echo', { handler: 'bin/noise', scripts: { 'bin/noise': 'cat "$LAMBDA_TASK_ROOT/noise.bin" >&2\nexit 9\n' } });
    await writeFile(path.join(root, 'noise.bin'), bytes);
    const r = bad(await s.invoke('{}'));
    new TextDecoder('utf-8', { fatal: true }).decode(r.body);
    const doc = JSON.parse(r.body!.toString('utf8'));
    // What bootstrap.sh's json_quote gives too: valid UTF-8 kept, any other byte >= 0x80 as U+FFFD.
    const lines = jsonTextOf(bytes).split('\n');
    assert.deepEqual(doc.stackTrace, lines);
    assert.equal(doc.errorMessage, 'bin/noise exited with status 9');
    assert.ok(r.body!.includes(Buffer.from('\\u0000\\u0001\\u0002\\u0007\\u0008\\t\\u000b\\u000c\\r\\u001b\\u001f\\u007f')));
  });

  test('the handler gets the per-invoke variables, replacing inherited ones; no trace id: none', async () => {
    const { s } = await session('env', {
      env: {
        AWS_LAMBDA_REQUEST_ID: 'stale',
        _X_AMZN_TRACE_ID: 'stale',
        AWS_LAMBDA_DEADLINE_MS: '1',
        AWS_LAMBDA_CLIENT_CONTEXT: 'stale',
        AWS_LAMBDA_COGNITO_IDENTITY: 'stale',
        KEPT: 'yes',
      },
    });
    const env = ok(await s.invoke('{}', { requestId: 'fresh-1', traceId: 'Root=1-x' })).toString();
    const lines = env.split('\n');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('AWS_LAMBDA_REQUEST_ID=')),
      ['AWS_LAMBDA_REQUEST_ID=fresh-1'],
    );
    assert.deepEqual(
      lines.filter((l) => l.startsWith('_X_AMZN_TRACE_ID=')),
      ['_X_AMZN_TRACE_ID=Root=1-x'],
    );
    assert.equal(lines.filter((l) => l.startsWith('AWS_LAMBDA_DEADLINE_MS=')).length, 1);
    assert.notEqual(
      lines.find((l) => l.startsWith('AWS_LAMBDA_DEADLINE_MS=')),
      'AWS_LAMBDA_DEADLINE_MS=1',
    );
    assert.ok(lines.includes('KEPT=yes'));
    assert.doesNotMatch(env, /stale/);
    const none = ok(await s.invoke('{}', { requestId: 'fresh-2', traceId: '' })).toString();
    assert.doesNotMatch(none, /_X_AMZN_TRACE_ID|AWS_LAMBDA_CLIENT_CONTEXT|AWS_LAMBDA_COGNITO_IDENTITY|stale/);
    assert.match(none, /^AWS_LAMBDA_REQUEST_ID=fresh-2$/m);
    // All six at once, at their longest together: the header block's whole budget.
    const all = ok(
      await s.invoke('{}', { requestId: 'fresh-3', traceId: 'Root=1-y', clientContext: 'c'.repeat(3000), cognitoIdentity: 'i'.repeat(3000) }),
    ).toString();
    assert.ok(all.split('\n').includes(`AWS_LAMBDA_CLIENT_CONTEXT=${'c'.repeat(3000)}`));
    assert.ok(all.split('\n').includes(`AWS_LAMBDA_COGNITO_IDENTITY=${'i'.repeat(3000)}`));
    assert.match(all, /^_X_AMZN_TRACE_ID=Root=1-y$/m);
    assert.ok(all.split('\n').includes('KEPT=yes'));
  });
});

describe('native runtime: settings it refuses', () => {
  for (const value of [
    undefined,
    '',
    'localhost',
    ':9001',
    'example.com:9001',
    '256.0.0.1:9001',
    '1.2.3:80',
    '1.2.3.4.5:80',
    '1..2.3:80',
    '127.0.0.1:0',
    '127.0.0.1:65536',
    '127.0.0.1:80x',
    '127.0.0.1:',
    '[::1]:9001',
    ' 127.0.0.1:80',
  ]) {
    test(`AWS_LAMBDA_RUNTIME_API=${JSON.stringify(value)}: one log line, exit 1`, async () => {
      const root = await taskRoot('echo');
      const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: 'unused', env: { AWS_LAMBDA_RUNTIME_API: value as string } });
      const exit = await rt.exited;
      assert.equal(exit.code, 1);
      const lines = rt.log().toString().split('\n').filter(Boolean);
      assert.equal(lines.length, 1, lines.join(' | '));
      assert.match(lines[0], /^bootstrap: AWS_LAMBDA_RUNTIME_API is /);
    });
  }

  test('AWS_LAMBDA_RUNTIME_API=localhost:PORT works', async () => {
    const server = new RuntimeApiServer();
    const { port } = await server.start();
    const root = await taskRoot('echo');
    const rt = spawnRuntime({ bootstrap: path.join(root, 'bootstrap'), taskRoot: root, api: `localhost:${port}` });
    const r = await server.invoke('{"local":1}');
    assert.equal(r.kind === 'response' && r.body.toString(), '{"local":1}');
    await rt.kill();
    await server.close();
  });

  for (const [handler, type, message] of [
    [
      '/bin/true',
      'Runtime.NoSuchHandler',
      /^_HANDLER is \/bin\/true, an absolute path: .*the packed handler is .*\/bin\/app: set the function's Handler to bin\/app or leave it empty\)$/,
    ],
    ['bin/../bin/app', 'Runtime.NoSuchHandler', /^_HANDLER is bin\/\.\.\/bin\/app, which has a \.\. part/],
    ['..', 'Runtime.NoSuchHandler', /which has a \.\. part/],
    ['bin/..', 'Runtime.NoSuchHandler', /which has a \.\. part/],
    ['missing', 'Runtime.NoSuchHandler', /^_HANDLER names \/.*\/missing, which does not exist \(the packed handler is .*\/bin\/app/],
    ['bin', 'Runtime.InvalidEntrypoint', /\/bin is not an executable file \(permission denied\)/],
    ['data.txt', 'Runtime.InvalidEntrypoint', /\/data\.txt is not an executable file \(permission denied\): the zip must record mode 0755 for it$/],
  ] as [string, string, RegExp][]) {
    test(`_HANDLER=${handler}: /init/error ${type}, then exit 1`, async () => {
      const root = await taskRoot('echo');
      await writeFile(path.join(root, 'data.txt'), 'not a program');
      const s = await startRuntime({ taskRoot: root, handler });
      sessions.push(s);
      const r = bad(await s.invoke('{}'));
      assert.equal(r.errorType, type);
      assert.equal(r.headerErrorType, type);
      assert.match(r.errorMessage, message);
      assert.equal(r.exitCode, 1);
      assert.equal(s.server.deliveredCount, 0, 'no event was taken');
    });
  }
});

describe('native runtime: the build', () => {
  test('the ELF verifier accepts it: static x86-64, no interpreter', () => {
    const v = inspectElf(bootstrap);
    assert.ok(v.ok, v.ok ? '' : v.reason);
    if (!v.ok) return;
    assert.equal(v.facts.machineName, 'x86-64');
    assert.equal(v.facts.class, 'ELFCLASS64');
    assert.equal(v.facts.static, true);
    assert.equal(v.facts.interpreter, undefined);
    assert.equal(v.facts.int80SiteCount, 0);
    // no RWX segment: code and data stay apart
    assert.ok(v.facts.segments.every((s) => s.flags !== 'RWE'));
  });

  test('is small: no section headers, and it deflates to a few KB', () => {
    assert.equal(bootstrap.readBigUInt64LE(0x28), 0n, 'e_shoff');
    assert.equal(bootstrap.readUInt16LE(0x3c), 0, 'e_shnum');
    // A guard against growth; the hello function.zip is this plus ~600 bytes.
    const deflated = deflateRawSync(bootstrap, { level: 9 }).length;
    assert.ok(deflated <= 8192, `the process-mode runtime deflates to ${deflated} bytes`);
  });

  test('is reproducible, and bakes the packed handler in as bytes', async () => {
    const a = path.join(work, 'repro-a');
    const b = path.join(work, 'repro-b');
    await mkdir(a);
    await mkdir(b);
    const built = await buildNativeRuntime({
      nasm: 'nasm',
      ld: 'ld',
      workDir: a,
      mode: 'process',
      packedHandler: 'fn/my-app_v2.bin',
      output: path.join(a, 'bootstrap'),
    });
    await buildNativeRuntime({
      nasm: 'nasm',
      ld: 'ld',
      workDir: b,
      mode: 'process',
      packedHandler: 'fn/my-app_v2.bin',
      output: path.join(b, 'out', 'bootstrap'),
    });
    const x = await readFile(path.join(a, 'bootstrap'));
    assert.ok(built.bytes?.equals(x), 'the build returns the bytes it wrote');
    assert.match(built.ldVersion ?? '', /^GNU ld .*\d+\.\d+/);
    assert.ok(x.equals(await readFile(path.join(b, 'out', 'bootstrap'))), 'same inputs, same bytes');
    assert.ok(!x.equals(bootstrap), 'another packed handler, other bytes');
    assert.ok(x.includes(Buffer.from('fn/my-app_v2.bin\0')));
    assert.match(packedHandlerSource('bin/app'), /^packed_handler: db 98,105,110,47,97,112,112,0$/m);
  });

  test('refuses packed handlers it cannot bake in, and in-process builds without objects', async () => {
    for (const bad of ['../app', 'bin/../../x', '/bin/app', 'bin app', "it's", '', 'a\nb']) {
      await assert.rejects(
        buildNativeRuntime({ nasm: 'nasm', ld: 'ld', workDir: work, mode: 'process', packedHandler: bad, output: path.join(work, 'never') }),
        (e: unknown) => e instanceof NasmLambdaError && /handler/.test(e.message),
        JSON.stringify(bad),
      );
    }
    await assert.rejects(
      buildNativeRuntime({ nasm: 'nasm', ld: 'ld', workDir: work, mode: 'in-process', userObjects: [], output: path.join(work, 'never') }),
      NasmLambdaError,
    );
    await assert.rejects(
      buildNativeRuntime({ nasm: '/nonexistent/nasm', ld: 'ld', workDir: work, mode: 'process', packedHandler: 'bin/app', output: path.join(work, 'never') }),
      (e: unknown) => e instanceof NasmLambdaError && /nasm/.test(e.message),
    );
  });
});

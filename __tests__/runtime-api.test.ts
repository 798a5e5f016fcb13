/**
 * RuntimeApiServer spoken to with plain HTTP, byte by byte where the framing
 * matters, to check it behaves as FACTS.md says the real Runtime API does.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { MAX_RESPONSE_BYTES, RuntimeApiServer, parseErrorBody, validErrorType, type InvocationResult } from '../src/local/runtime-api.ts';

let server: RuntimeApiServer;
let port: number;

before(async () => {
  server = new RuntimeApiServer({ functionName: 'fn', region: 'eu-west-1' });
  ({ port } = await server.start());
});
after(() => server.close());

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(method: string, path: string, opts: { body?: Buffer | string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: `/2018-06-01/runtime${path}`, headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const next = () => request('GET', '/invocation/next');
const json = (r: Reply) => JSON.parse(r.body.toString('utf8'));

/** Sends raw bytes and returns everything the server sends until it closes. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

function headOf(response: string): { statusLine: string; headers: Record<string, string>; body: string } {
  const end = response.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = response.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
  return { statusLine, headers, body: response.slice(end + 4) };
}

/** Queues an event and fetches it as a runtime would; returns the request id and the pending result. */
async function delivered(event = '{}'): Promise<{ id: string; result: Promise<InvocationResult>; reply: Reply }> {
  const result = server.invoke(event);
  const reply = await next();
  return { id: String(reply.headers['lambda-runtime-aws-request-id']), result, reply };
}

describe('GET /invocation/next', () => {
  test('blocks until an event is queued, then sends it with the four headers', async () => {
    let answered = false;
    const pending = next().then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(answered, false, '/next answered with no event queued');
    const result = server.invoke('{"k":"v"}', { requestId: 'req-1', traceId: 'Root=1-abc;Parent=def;Sampled=1', timeoutMs: 5000 });
    const reply = await pending;
    assert.equal(reply.status, 200);
    assert.equal(reply.body.toString(), '{"k":"v"}');
    assert.equal(reply.headers['lambda-runtime-aws-request-id'], 'req-1');
    assert.equal(reply.headers['lambda-runtime-trace-id'], 'Root=1-abc;Parent=def;Sampled=1');
    assert.equal(reply.headers['lambda-runtime-invoked-function-arn'], 'arn:aws:lambda:eu-west-1:123456789012:function:fn');
    const deadline = Number(reply.headers['lambda-runtime-deadline-ms']);
    assert.ok(deadline > Date.now() && deadline <= Date.now() + 5000);
    assert.equal(reply.headers['lambda-runtime-client-context'], undefined);
    assert.equal((await request('POST', '/invocation/req-1/response', { body: 'ok' })).status, 202);
    assert.deepEqual(await result, { kind: 'response', requestId: 'req-1', body: Buffer.from('ok') });
  });

  test('leaves out empty headers and sends the optional ones when given', async () => {
    const result = server.invoke('{}', { traceId: '', clientContext: '{"custom":{}}', cognitoIdentity: '{"cognitoIdentityId":"x"}' });
    const reply = await next();
    assert.equal(reply.headers['lambda-runtime-trace-id'], undefined);
    assert.equal(reply.headers['lambda-runtime-client-context'], '{"custom":{}}');
    assert.equal(reply.headers['lambda-runtime-cognito-identity'], '{"cognitoIdentityId":"x"}');
    await request('POST', `/invocation/${String(reply.headers['lambda-runtime-aws-request-id'])}/response`, { body: '' });
    await result;
  });

  test('generates a trace id of the X-Ray shape by default', async () => {
    const { id, result, reply } = await delivered();
    assert.match(String(reply.headers['lambda-runtime-trace-id']), /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/);
    await request('POST', `/invocation/${id}/response`, { body: '' });
    await result;
  });

  test('framing: Content-Length up to 2048 bytes, chunked above on HTTP/1.1', async () => {
    for (const [size, framing] of [
      [2048, 'content-length'],
      [2049, 'chunked'],
    ] as const) {
      const result = server.invoke('a'.repeat(size), { requestId: `framing-${size}` });
      const { headers, body } = headOf(await raw('GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      assert.equal(server.framingOf(`framing-${size}`), framing);
      if (framing === 'content-length') {
        assert.equal(headers['content-length'], String(size));
        assert.equal(headers['transfer-encoding'], undefined);
        assert.equal(body.length, size);
      } else {
        assert.equal(headers['transfer-encoding'], 'chunked');
        assert.equal(headers['content-length'], undefined);
        assert.match(body, new RegExp(`^${size.toString(16)}\\r\\na{${size}}\\r\\n0\\r\\n\\r\\n$`));
      }
      await request('POST', `/invocation/framing-${size}/response`, { body: '' });
      await result;
    }
  });

  test('framing: an HTTP/1.0 request gets the large body and then the connection closes', async () => {
    const result = server.invoke('b'.repeat(5000), { requestId: 'http10' });
    const { statusLine, headers, body } = headOf(await raw('GET /2018-06-01/runtime/invocation/next HTTP/1.0\r\n\r\n'));
    assert.match(statusLine, /^HTTP\/1\.[01] 200/);
    assert.equal(headers['content-length'], undefined);
    assert.equal(headers['transfer-encoding'], undefined);
    assert.equal(body, 'b'.repeat(5000));
    assert.equal(server.framingOf('http10'), 'close');
    await request('POST', '/invocation/http10/response', { body: '' });
    await result;
  });
});

describe('answers', () => {
  test('/response: 202 {"status":"OK"}, then 403 InvalidStateTransition for a second answer', async () => {
    const { id, result } = await delivered();
    const first = await request('POST', `/invocation/${id}/response`, { body: 'one' });
    assert.equal(first.status, 202);
    assert.deepEqual(json(first), { status: 'OK' });
    const second = await request('POST', `/invocation/${id}/response`, { body: 'two' });
    assert.equal(second.status, 403);
    assert.equal(json(second).errorType, 'InvalidStateTransition');
    const error = await request('POST', `/invocation/${id}/error`, { body: '{}' });
    assert.equal(error.status, 403);
    assert.equal(((await result) as { body: Buffer }).body.toString(), 'one');
  });

  test('an unknown request id: 400 InvalidRequestID, with the real body', async () => {
    for (const what of ['response', 'error']) {
      const r = await request('POST', `/invocation/no-such-id/${what}`, { body: '{}' });
      assert.equal(r.status, 400);
      assert.deepEqual(json(r), { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    }
  });

  test('a queued but not yet delivered id is unknown to the runtime: 400', async () => {
    const result = server.invoke('{}', { requestId: 'queued-1' });
    assert.equal((await request('POST', '/invocation/queued-1/response', { body: 'x' })).status, 400);
    await next();
    await request('POST', '/invocation/queued-1/response', { body: 'x' });
    await result;
  });

  test('413 above 6 MiB + 100 bytes: the invocation fails as Function.ResponseSizeTooLarge and /error then gets 403', async () => {
    const atLimit = await delivered();
    const ok = await request('POST', `/invocation/${atLimit.id}/response`, { body: Buffer.alloc(MAX_RESPONSE_BYTES, 0x61) });
    assert.equal(ok.status, 202);
    assert.equal(((await atLimit.result) as { body: Buffer }).body.length, MAX_RESPONSE_BYTES);

    const over = await delivered();
    const tooLarge = await request('POST', `/invocation/${over.id}/response`, { body: Buffer.alloc(MAX_RESPONSE_BYTES + 1, 0x61) });
    assert.equal(tooLarge.status, 413);
    assert.deepEqual(json(tooLarge), { errorMessage: 'Exceeded maximum allowed payload size (6291556 bytes).', errorType: 'RequestEntityTooLarge' });
    const r = await over.result;
    assert.equal(r.kind, 'error');
    assert.equal(r.kind === 'error' && r.errorType, 'Function.ResponseSizeTooLarge');
    assert.equal((await request('POST', `/invocation/${over.id}/error`, { body: '{}' })).status, 403);
  });

  test('413 for a chunked body with no Content-Length, counted while streaming', async () => {
    const { id, result } = await delivered();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/2018-06-01/runtime/invocation/${id}/response`, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      const block = Buffer.alloc(1024 * 1024, 0x62);
      for (let i = 0; i < 7; i++) req.write(block);
      req.end();
    });
    assert.equal(status, 413);
    assert.equal((await result).kind, 'error');
  });

  test('/error: 202; the header type is validated, the body passes through', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'Lambda-Runtime-Function-Error-Type': 'Function.ExitError' }, 'Function.ExitError'],
      [{ 'Lambda-Runtime-Function-Error-Type': 'Runtime.MyCustomErrorTypeHere' }, 'Runtime.MyCustomErrorTypeHere'],
      [{ 'Lambda-Runtime-Function-Error-Type': 'MyCustomError' }, 'Runtime.Unknown'],
      [{ 'Lambda-Runtime-Function-Error-Type': 'Function.exitError' }, 'Runtime.Unknown'],
      [{ 'Lambda-Runtime-Function-Error-Type': 'Function.Exit Error' }, 'Runtime.Unknown'],
      [{}, 'Runtime.Unknown'],
    ];
    for (const [headers, expected] of cases) {
      const { id, result } = await delivered();
      const body = JSON.stringify({ errorMessage: 'boom', errorType: 'TypeError', stackTrace: ['at a', 'at b'] });
      const r = await request('POST', `/invocation/${id}/error`, { body, headers });
      assert.equal(r.status, 202);
      assert.deepEqual(json(r), { status: 'OK' });
      assert.deepEqual(await result, {
        kind: 'error',
        requestId: id,
        errorType: 'TypeError',
        errorMessage: 'boom',
        stackTrace: ['at a', 'at b'],
        headerErrorType: expected,
        body: Buffer.from(body),
      });
    }
  });

  test('/error with a body that is not the JSON document still yields an error', async () => {
    const { id, result } = await delivered();
    await request('POST', `/invocation/${id}/error`, { body: 'plain text', headers: { 'Lambda-Runtime-Function-Error-Type': 'Function.Oops' } });
    const r = await result;
    assert.equal(r.kind === 'error' && r.errorType, 'Function.Oops');
    assert.equal(r.kind === 'error' && r.errorMessage, 'plain text');
  });

  test('unknown paths get 404 and wrong methods 405', async () => {
    assert.equal((await request('GET', '/invocation/x/nope')).status, 404);
    assert.equal((await request('POST', '/invocation/next')).status, 405);
    assert.equal((await request('GET', '/invocation/x/response')).status, 405);
  });
});

describe('init errors and closing', () => {
  test('/init/error: 202, surfaced once; a second one gets 403', async () => {
    const own = new RuntimeApiServer();
    const { port: p } = await own.start();
    try {
      const post = (body: string) =>
        fetch(`http://127.0.0.1:${p}/2018-06-01/runtime/init/error`, {
          method: 'POST',
          body,
          headers: { 'Lambda-Runtime-Function-Error-Type': 'Runtime.NoSuchHandler' },
        });
      const r = await post(JSON.stringify({ errorType: 'Runtime.NoSuchHandler', errorMessage: 'no handler', stackTrace: [] }));
      assert.equal(r.status, 202);
      assert.deepEqual(await r.json(), { status: 'OK' });
      const e = await own.initError;
      assert.equal(e.errorType, 'Runtime.NoSuchHandler');
      assert.equal(e.errorMessage, 'no handler');
      assert.equal(e.headerErrorType, 'Runtime.NoSuchHandler');
      assert.equal((await post('{}')).status, 403);
    } finally {
      await own.close();
    }
  });

  test('/init/error after an event was handed out gets 403', async () => {
    const { id, result } = await delivered();
    assert.equal((await request('POST', '/init/error', { body: '{}' })).status, 403);
    await request('POST', `/invocation/${id}/response`, { body: '' });
    await result;
  });

  test('close() rejects unanswered invocations and drops a waiting /next', async () => {
    const own = new RuntimeApiServer();
    const { port: p } = await own.start();
    const waiting = fetch(`http://127.0.0.1:${p}/2018-06-01/runtime/invocation/next`).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((r) => setTimeout(r, 100));
    const queued = own.invoke('{}');
    // The waiting /next took it; nobody answers it.
    await own.close();
    await assert.rejects(queued, /closed before the runtime answered/);
    assert.ok(['answered', 'dropped'].includes(await waiting));
    await assert.rejects(own.invoke('{}'), /closed/);
  });

  test('close() with /next still waiting ends that connection', async () => {
    const own = new RuntimeApiServer();
    const { port: p } = await own.start();
    const waiting = fetch(`http://127.0.0.1:${p}/2018-06-01/runtime/invocation/next`).then(
      (r) => r.status,
      () => 'dropped',
    );
    await new Promise((r) => setTimeout(r, 100));
    await own.close();
    assert.equal(await waiting, 'dropped');
  });
});

describe('error-type helpers', () => {
  test('validErrorType follows (Runtime|Function).[A-Z][a-zA-Z]+', () => {
    assert.equal(validErrorType('Runtime.ExitError'), 'Runtime.ExitError');
    assert.equal(validErrorType('Function.ResponseSizeTooLarge'), 'Function.ResponseSizeTooLarge');
    for (const bad of [undefined, '', 'Sandbox.Timedout', 'Runtime.', 'Runtime.X1', 'xRuntime.Exit', 'Runtime.Exit\n']) {
      assert.equal(validErrorType(bad), 'Runtime.Unknown', String(bad));
    }
  });

  test('parseErrorBody falls back to the header type when the body has none', () => {
    const e = parseErrorBody(Buffer.from('{"errorMessage":"m"}'), 'Function.Boom');
    assert.equal(e.errorType, 'Function.Boom');
    assert.deepEqual(e.stackTrace, []);
    assert.equal(parseErrorBody(Buffer.from('[1]'), undefined).errorType, 'Runtime.Unknown');
  });
});

describe('the injected event writer', () => {
  test('a writeEvent hook sends the body as it likes (here: cut off), and is told the id and framing', async () => {
    const { truncator } = await import('./helpers/runtime-truncate.ts');
    const cuts = truncator();
    const seen: string[] = [];
    const own = new RuntimeApiServer({
      writeEvent: (res, body, info) => {
        seen.push(`${info.requestId} ${info.framing}`);
        cuts.writeEvent(res, body, info);
      },
    });
    const { port: p } = await own.start();
    try {
      cuts.cut('cut-me', 5);
      void own.invoke('{"0123456789":1}', { requestId: 'cut-me' });
      const raw = await new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        const s = net.connect(p, '127.0.0.1', () => s.write('GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n'));
        s.on('data', (d: Buffer) => chunks.push(d));
        s.on('close', () => resolve(Buffer.concat(chunks)));
        s.on('error', () => {});
      });
      const text = raw.toString();
      assert.match(text, /Content-Length: 16\r\n/);
      assert.ok(text.endsWith('\r\n\r\n{"012'), JSON.stringify(text.slice(-20)));
      assert.deepEqual(seen, ['cut-me content-length']);
      // Without a cut for the id, the whole body goes.
      const whole = own.invoke('{"whole":true}', { requestId: 'whole' });
      const r = await new Promise<string>((resolve) => {
        http.get({ host: '127.0.0.1', port: p, path: '/2018-06-01/runtime/invocation/next', agent: false }, (res) => {
          let b = '';
          res.on('data', (c: Buffer) => (b += c.toString()));
          res.on('end', () => resolve(b));
        });
      });
      assert.equal(r, '{"whole":true}');
      void whole;
    } finally {
      await own.close();
    }
  });
});

describe('the wire (HTTP/1.x as Go net/http speaks it)', () => {
  /** Writes `parts` one at a time (a pause between them), then reads until the server closes. */
  function rawParts(parts: string[], gapMs = 5): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        void (async () => {
          for (const p of parts) {
            socket.write(p);
            await new Promise((r) => setTimeout(r, gapMs));
          }
        })();
      });
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
      socket.on('error', reject);
    });
  }

  test('a request sent one byte at a time, with a chunked body, extensions and trailers', async () => {
    const { id, result } = await delivered();
    const req =
      `POST /2018-06-01/runtime/invocation/${id}/response HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
      '3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n';
    const reply = await rawParts([...req], 0);
    assert.match(reply, /^HTTP\/1\.1 202 Accepted\r\n/);
    assert.deepEqual(await result, { kind: 'response', requestId: id, body: Buffer.from('abc0123456789') });
  });

  test('pipelined requests are answered in order, a waiting /next included', async () => {
    const { id, result } = await delivered();
    const nextId = 'pipelined-next';
    const both =
      `POST /2018-06-01/runtime/invocation/${id}/response HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok` +
      'GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const replyP = rawParts([both]);
    assert.deepEqual(await result, { kind: 'response', requestId: id, body: Buffer.from('ok') });
    const second = server.invoke('{"second":1}', { requestId: nextId });
    const reply = await replyP;
    const first = reply.indexOf('HTTP/1.1 202');
    const nextAt = reply.indexOf('HTTP/1.1 200');
    assert.ok(first >= 0 && nextAt > first, reply);
    assert.ok(reply.endsWith('{"second":1}'), reply);
    await request('POST', `/invocation/${nextId}/response`, { body: '' });
    await second;
  });

  test('a POST with GET /next behind it, the next event invoked as its answer comes: the 202 and the event leave in one write', async () => {
    const { id, result } = await delivered();
    const nextId = 'one-write-next';
    const socket = net.connect(port, '127.0.0.1');
    const reads: string[] = [];
    const got = new Promise<void>((resolve, reject) => {
      socket.on('data', (c: Buffer) => {
        reads.push(c.toString('latin1'));
        if (reads.join('').endsWith('{"third":1}')) resolve();
      });
      socket.on('error', reject);
    });
    // Count the server side's writes to the kernel (one _write or _writev call each).
    type Proto = { _write: (...a: unknown[]) => unknown; _writev: (...a: unknown[]) => unknown };
    const proto = net.Socket.prototype as unknown as Proto;
    const { _write, _writev } = proto;
    let serverWrites = 0;
    const serverSide = (s: net.Socket) => s.localPort === port;
    proto._write = function (this: net.Socket, ...a: unknown[]) {
      if (serverSide(this)) serverWrites++;
      return _write.apply(this, a);
    };
    proto._writev = function (this: net.Socket, ...a: unknown[]) {
      if (serverSide(this)) serverWrites++;
      return _writev.apply(this, a);
    };
    try {
      await new Promise<void>((r) => socket.once('connect', () => r()));
      socket.write(
        `POST /2018-06-01/runtime/invocation/${id}/response HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok` +
          'GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n',
      );
      await result;
      const third = server.invoke('{"third":1}', { requestId: nextId });
      await got;
      assert.equal(serverWrites, 1);
      assert.match(reads.join(''), /^HTTP\/1\.1 202 Accepted\r\n[^]*HTTP\/1\.1 200 OK\r\n[^]*\{"third":1\}$/);
      void third;
    } finally {
      proto._write = _write;
      proto._writev = _writev;
    }
    socket.destroy();
    await request('POST', `/invocation/${nextId}/response`, { body: '' });
  });

  test('Expect: 100-continue gets 100 Continue before the body is sent', async () => {
    const { id, result } = await delivered();
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(
          `POST /2018-06-01/runtime/invocation/${id}/response HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
        ),
      );
      let text = '';
      socket.on('data', (c: Buffer) => {
        text += c.toString('latin1');
        if (text === 'HTTP/1.1 100 Continue\r\n\r\n') socket.write('body');
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(reply, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 202 Accepted\r\n/);
    assert.deepEqual(await result, { kind: 'response', requestId: id, body: Buffer.from('body') });
  });

  test('garbage gets 400, an unknown transfer coding 501, a head over 1 MiB 431, each then closed', async () => {
    assert.match(await raw('HELLO\r\n\r\n'), /^HTTP\/1\.1 400 Bad Request\r\n[^]*Connection: close\r\n/);
    assert.match(await raw('GET /x HTTP/1.1\r\nbad header\r\n\r\n'), /^HTTP\/1\.1 400 /);
    assert.match(await raw('POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'), /^HTTP\/1\.1 400 /);
    assert.match(await raw('POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n'), /^HTTP\/1\.1 501 /);
    assert.match(await raw(`GET /x HTTP/1.1\r\nX-Big: ${'a'.repeat((1 << 20) + 10)}\r\n\r\n`), /^HTTP\/1\.1 431 /);
    // The server still serves after all of that.
    assert.equal((await request('GET', '/invocation/x/nope')).status, 404);
  });

  test('a header value with a line break is refused at invoke(), never sent', async () => {
    await assert.rejects(server.invoke('{}', { requestId: 'a\r\nX-Evil: 1' }), /line break/);
    await assert.rejects(server.invoke('{}', { clientContext: 'x\ny' }), /line break/);
  });

  test('answered invocations are forgotten after 1024 more, so a long run stays flat', async () => {
    const own = new RuntimeApiServer();
    const { port: p } = await own.start();
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const call = (method: string, pathname: string, body?: string) =>
        new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
          const req = http.request({ host: '127.0.0.1', port: p, method, path: `/2018-06-01/runtime${pathname}`, agent }, (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(Object.assign(res, { text })));
          });
          req.on('error', reject);
          req.end(body);
        });
      for (let i = 0; i < 2100; i++) {
        const done = own.invoke('{}', { requestId: `flat-${i}` });
        await call('GET', '/invocation/next');
        await call('POST', `/invocation/flat-${i}/response`, 'ok');
        await done;
      }
      agent.destroy();
      assert.equal(own.framingOf('flat-2099'), 'content-length');
      assert.equal(own.framingOf('flat-0'), undefined, 'the oldest answered invocation is still held');
    } finally {
      await own.close();
    }
  });
});

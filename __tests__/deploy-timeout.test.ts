import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { deployFunction, type Pacing } from '../src/deploy/index.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import type { DeployOptions } from '../src/types.ts';
import { FakeLambda, codeSha256Of } from './servers/lambda-api.ts';

/**
 * A deploy never hangs: every SDK call has an idle timeout (nothing sent and
 * nothing received), and deploy-timeout bounds the whole run. Loopback servers
 * that accept and never answer, or stop reading an upload half way, must fail
 * within the bound and name the call; a slow upload that keeps moving must not.
 */

const FAST: Partial<Pacing> = { firstDelayMs: 5, factor: 1.5, maxDelayMs: 40, timeoutMs: 30_000, conflictAttempts: 6, sdkMaxAttempts: 3 };
const ENV = { AWS_ACCESS_KEY_ID: 'AKIDTIMEOUTTEST', AWS_SECRET_ACCESS_KEY: 'not-a-secret', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };

let work: string;
let big: { zipPath: string; codeSha256: string };
let saved: Record<string, string | undefined>;
const closers: (() => Promise<void>)[] = [];

function opts(endpointUrl: string, over: Partial<DeployOptions> = {}): DeployOptions {
  return {
    functionName: 'fn-timeout',
    region: 'us-east-1',
    endpointUrl,
    publish: false,
    functionUrl: false,
    functionUrlAuth: 'AWS_IAM',
    skipUnchanged: true,
    dryRun: false,
    handler: 'bin/app',
    ...over,
  };
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as net.AddressInfo).port;
}

/** Accepts connections, reads whatever comes, never answers. */
async function blackHole(): Promise<string> {
  const server = net.createServer((s) => s.on('data', () => {}));
  return `http://127.0.0.1:${await listen(server)}`;
}

/**
 * A TCP proxy in front of `target`. Client-to-server bytes are forwarded in
 * 64 KiB steps every `tickMs`; after `stallAfter` bytes it stops reading for good.
 */
async function proxy(target: number, o: { tickMs?: number; stallAfter?: number }): Promise<string> {
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    let forwarded = 0;
    client.on('data', (chunk: Buffer) => {
      forwarded += chunk.length;
      upstream.write(chunk);
      if (o.stallAfter !== undefined && forwarded >= o.stallAfter) {
        client.pause();
        return;
      }
      if (o.tickMs) {
        client.pause();
        setTimeout(() => client.resume(), o.tickMs);
      }
    });
    upstream.on('data', (d) => client.write(d));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return `http://127.0.0.1:${await listen(server)}`;
}

async function failure(p: Promise<unknown>): Promise<{ err: NasmLambdaError; ms: number }> {
  const t0 = Date.now();
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof NasmLambdaError, `expected NasmLambdaError, got ${(err as Error)?.stack}`);
    return { err, ms: Date.now() - t0 };
  }
  assert.fail('expected the deploy to fail');
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deploy-timeout-'));
  // Random bytes do not compress: 18 MB of zip is 24 MB of base64 JSON on the wire.
  const bytes = randomBytes(18 * 1024 * 1024);
  const zipPath = path.join(work, 'function.zip');
  await writeFile(zipPath, bytes);
  big = { zipPath, codeSha256: codeSha256Of(bytes) };
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]));
  Object.assign(process.env, ENV);
});

afterEach(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  while (closers.length) await closers.pop()!();
});

describe('a deploy never hangs', { timeout: 60_000 }, () => {
  it('deploy-timeout fails a call to a server that accepts and never answers, naming the call and endpoint', async () => {
    const endpoint = await blackHole();
    const { err, ms } = await failure(deployFunction(opts(endpoint, { deployTimeoutSeconds: 3 }), big, new MemoryLogger(), FAST));
    assert.match(err.message, /deploy-timeout \(3 s\): GetFunction to http:\/\/127\.0\.0\.1:\d+ got no complete answer/);
    assert.match(err.message, /raise deploy-timeout/);
    assert.equal(err.input, 'deploy-timeout');
    assert.ok(ms >= 2900 && ms < 5000, `failed after ${ms} ms`);
  });

  it('deploy-timeout fails an upload the server stops reading half way', async () => {
    const fake = new FakeLambda({ inProgressPolls: 1 });
    const port = Number(new URL(await fake.start()).port);
    closers.push(() => fake.close());
    fake.addFunction({ name: 'fn-timeout', code: Buffer.from('old') });
    const endpoint = await proxy(port, { stallAfter: 8 * 1024 * 1024 });
    const { err, ms } = await failure(deployFunction(opts(endpoint, { deployTimeoutSeconds: 3 }), big, new MemoryLogger(), FAST));
    assert.match(err.message, /deploy-timeout \(3 s\): UpdateFunctionCode to http:\/\/127\.0\.0\.1:\d+ got no complete answer/);
    assert.ok(ms >= 2900 && ms < 5000, `failed after ${ms} ms`);
    assert.equal(fake.fn('fn-timeout').latest.CodeSha256, codeSha256Of(Buffer.from('old')), 'nothing was written');
  });

  it('the idle timeout fails a silent call on its own (with SDK retries), well within deploy-timeout', async () => {
    const endpoint = await blackHole();
    const { err, ms } = await failure(
      deployFunction(opts(endpoint, { deployTimeoutSeconds: 60 }), big, new MemoryLogger(), { ...FAST, idleTimeoutMs: 400, sdkMaxAttempts: 2 }),
    );
    assert.match(err.message, /GetFunction to http:\/\/127\.0\.0\.1:\d+ stalled: the connection sent and received nothing/);
    assert.equal(err.input, 'endpoint-url');
    assert.ok(ms < 10_000, `failed after ${ms} ms`);
  });

  it('a slow upload that keeps moving outlasts the idle timeout and succeeds', async () => {
    const fake = new FakeLambda({ inProgressPolls: 1 });
    const port = Number(new URL(await fake.start()).port);
    closers.push(() => fake.close());
    fake.addFunction({ name: 'fn-timeout', code: Buffer.from('old') });
    // 24 MB at about 6 MB/s: about 4 s of upload against a 2 s idle timeout.
    const endpoint = await proxy(port, { tickMs: 10 });
    const t0 = Date.now();
    const log = new MemoryLogger();
    const r = await deployFunction(opts(endpoint, { deployTimeoutSeconds: 60 }), big, log, { ...FAST, idleTimeoutMs: 2000, sdkMaxAttempts: 1 });
    const ms = Date.now() - t0;
    assert.equal(r.deployed, true);
    assert.equal(fake.fn('fn-timeout').latest.CodeSha256, big.codeSha256);
    assert.ok(ms > 2000, `the upload took ${ms} ms, longer than the idle timeout`);
    assert.equal(fake.requests.filter((q) => q.op === 'UpdateFunctionCode').length, 1, 'one attempt, no retry');
  });

  it('waits between polls are bounded too: a function stuck InProgress fails at deploy-timeout naming the wait', async () => {
    const fake = new FakeLambda({ inProgressPolls: 1_000_000 });
    const endpoint = await fake.start();
    closers.push(() => fake.close());
    fake.addFunction({ name: 'fn-timeout', code: Buffer.from('old') });
    const small = path.join(work, 'small.zip');
    await writeFile(small, 'tiny');
    const { err, ms } = await failure(
      deployFunction(opts(endpoint, { deployTimeoutSeconds: 2 }), { zipPath: small, codeSha256: codeSha256Of(Buffer.from('tiny')) }, new MemoryLogger(), {
        ...FAST,
        firstDelayMs: 200,
        maxDelayMs: 200,
      }),
    );
    assert.match(err.message, /deploy-timeout \(2 s\).*(waiting for fn-timeout to settle after UpdateFunctionCode|GetFunctionConfiguration)/);
    assert.ok(ms >= 1900 && ms < 4000, `failed after ${ms} ms`);
  });
});

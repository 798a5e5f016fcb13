import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { uploadFunctionZip } from '../src/artifact/upload.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.ts';
import { run } from './helpers/asm.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY_MS = 86_400_000;

let service: ArtifactService;
let work: string;
let smallZip: string;
let smallZipBytes: Buffer;
/** Host of every outgoing node:http request made in this process. */
const outgoingHosts: string[] = [];
const onRequest = (msg: unknown) => outgoingHosts.push(String((msg as { request: { host?: string } }).request.host));
const savedNoProxy = process.env.NO_PROXY;

/** A real function.zip made by `zip`: an executable bootstrap plus `payloadBytes` of random handler. */
async function makeFunctionZip(dir: string, payloadBytes: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'bootstrap'), '#!/bin/sh\nexec "$LAMBDA_TASK_ROOT/app"\n');
  await writeFile(path.join(dir, 'app'), randomBytes(payloadBytes));
  await chmod(path.join(dir, 'bootstrap'), 0o755);
  await chmod(path.join(dir, 'app'), 0o755);
  await run('zip', ['-qX', 'function.zip', 'bootstrap', 'app'], { cwd: dir });
  return path.join(dir, 'function.zip');
}

/** Lists and extracts the uploaded artifact archive with the real `unzip`. */
async function openArtifact(content: Buffer): Promise<{ entries: string[]; functionZip: Buffer }> {
  const file = path.join(work, `artifact-${randomBytes(4).toString('hex')}.zip`);
  await writeFile(file, content);
  const list = await run('unzip', ['-Z1', file]);
  const extracted = await run('unzip', ['-p', file, 'function.zip'], { encoding: 'buffer', maxBuffer: 64 << 20 });
  return { entries: list.stdout.split('\n').filter(Boolean), functionZip: extracted.stdout };
}

async function rejection(p: Promise<unknown>): Promise<NasmLambdaError> {
  const err = await p.then(
    () => assert.fail('expected the upload to fail'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof NasmLambdaError, `expected NasmLambdaError, got ${String(err)}`);
  assert.doesNotMatch(err.message, /[\r\n]/, 'error message is one line');
  return err;
}

function countRoute(route: string): number {
  return service.requests.filter((r) => r.route === route).length;
}

before(async () => {
  // The Azure client reads NO_PROXY once; make sure a proxy on the host never sees loopback calls.
  process.env.NO_PROXY = ['127.0.0.1', savedNoProxy].filter(Boolean).join(',');
  subscribe('http.client.request.start', onRequest);
  work = await mkdtemp(path.join(tmpdir(), 'artifact-test-'));
  service = await startArtifactService();
  smallZip = await makeFunctionZip(path.join(work, 'small'), 4096);
  smallZipBytes = await readFile(smallZip);
});

after(async () => {
  unsubscribe('http.client.request.start', onRequest);
  if (savedNoProxy === undefined) delete process.env.NO_PROXY;
  else process.env.NO_PROXY = savedNoProxy;
  await service?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  service.requests.length = 0;
  service.failures.clear();
});

describe('uploadFunctionZip against the local results service', { timeout: 60_000 }, () => {
  test('uploads function.zip inside the artifact archive byte for byte, in several blocks', async () => {
    // Over the client's 8 MiB chunk size, so the blob is staged as more than one block.
    const zipPath = await makeFunctionZip(path.join(work, 'large'), 9 * 1024 * 1024);
    const original = await readFile(zipPath);
    const tokenBefore = process.env.ACTIONS_RUNTIME_TOKEN;
    const log = new MemoryLogger();

    const result = await uploadFunctionZip({ name: 'lambda-function', zipPath, env: service.runnerEnv() }, log);

    const stored = service.find('lambda-function');
    assert.ok(stored?.content, 'the blob was committed');
    assert.deepEqual(result, {
      uploaded: true,
      id: stored.id,
      size: stored.content.length,
      digest: createHash('sha256').update(stored.content).digest('hex'),
    });
    assert.equal(stored.finalized?.hash, `sha256:${createHash('sha256').update(stored.content).digest('hex')}`);
    assert.equal(stored.finalized?.size, stored.content.length);
    assert.equal(stored.mimeType, 'application/zip');
    assert.equal(stored.expiresAt, undefined, 'no retention requested, none sent');
    assert.ok(service.requests.filter((r) => r.url.includes('comp=block&')).length >= 2, 'staged several blocks');

    const { entries, functionZip } = await openArtifact(stored.content);
    assert.deepEqual(entries, ['function.zip']);
    assert.ok(functionZip.equals(original), 'function.zip inside the artifact is identical to the original');

    assert.equal(process.env.ACTIONS_RUNTIME_TOKEN, tokenBefore, 'process.env restored after the upload');
    assert.ok(log.lines.some((l) => l.includes(`id ${stored.id}`)));
    assert.ok(outgoingHosts.length > 0);
    assert.deepEqual([...new Set(outgoingHosts)], ['127.0.0.1'], 'the client contacted no other host');
  });

  test('retentionDays reaches CreateArtifact as expires_at', async () => {
    const result = await uploadFunctionZip({ name: 'kept-7-days', zipPath: smallZip, retentionDays: 7, env: service.runnerEnv() }, new MemoryLogger());
    assert.equal(result.uploaded, true);
    const expires = Date.parse(service.find('kept-7-days')?.expiresAt ?? '');
    assert.ok(Number.isFinite(expires), 'expires_at was sent');
    assert.equal(Math.round((expires - Date.now()) / DAY_MS), 7);
  });

  test("retention above the repository's maximum is capped and logged", async () => {
    const log = new MemoryLogger();
    const env = { ...service.runnerEnv(), GITHUB_RETENTION_DAYS: '3' };
    await uploadFunctionZip({ name: 'capped', zipPath: smallZip, retentionDays: 30, env }, log);
    const expires = Date.parse(service.find('capped')?.expiresAt ?? '');
    assert.equal(Math.round((expires - Date.now()) / DAY_MS), 3);
    assert.ok(
      log.lines.some((l) => /maximum of 3 days/.test(l)),
      log.lines.join('\n'),
    );
  });

  for (const days of [-1, 2.5, 401, Number.NaN]) {
    test(`retention-days ${days} is an input error before any request`, async () => {
      const err = await rejection(
        uploadFunctionZip({ name: 'bad-retention', zipPath: smallZip, retentionDays: days, env: service.runnerEnv() }, new MemoryLogger()),
      );
      assert.equal(err.input, 'retention-days');
      assert.match(err.message, /^Input 'retention-days': /);
      assert.equal(service.requests.length, 0);
    });
  }

  test('a second artifact with the same name in the run is a clear error, not retried', async () => {
    await uploadFunctionZip({ name: 'twice', zipPath: smallZip, env: service.runnerEnv() }, new MemoryLogger());
    // Another job of the same run (e.g. a matrix leg) uploads under the same name.
    const env = service.runnerEnv({ jobId: 'c0ffee00-0000-4000-8000-0000000000b2' });
    const err = await rejection(uploadFunctionZip({ name: 'twice', zipPath: smallZip, env }, new MemoryLogger()));
    assert.equal(err.input, 'artifact-name');
    assert.match(err.message, /'twice' already exists in this workflow run/);
    assert.match(err.message, /matrix/);
    assert.equal(countRoute('CreateArtifact'), 2, 'the 409 was not retried');
    assert.equal(service.artifacts.filter((a) => a.name === 'twice').length, 1);
  });

  for (const [name, char] of [
    ['bad:name', /Colon/],
    ['dir/name', /Forward slash/],
  ] as const) {
    test(`artifact name ${JSON.stringify(name)} is an input error before any request`, async () => {
      const err = await rejection(uploadFunctionZip({ name, zipPath: smallZip, env: service.runnerEnv() }, new MemoryLogger()));
      assert.equal(err.input, 'artifact-name');
      assert.match(err.message, char);
      assert.equal(service.requests.length, 0);
    });
  }

  test('CreateArtifact refused with a twirp error fails at once with the service message', async () => {
    service.failures.set('CreateArtifact', { status: 403, code: 'permission_denied', msg: 'token lacks the upload scope' });
    const err = await rejection(uploadFunctionZip({ name: 'refused', zipPath: smallZip, env: service.runnerEnv() }, new MemoryLogger()));
    assert.match(err.message, /rejected CreateArtifact: .*\(403\).*token lacks the upload scope/);
    assert.equal(countRoute('CreateArtifact'), 1);
    assert.equal(countRoute('blob'), 0);
  });

  test('FinalizeArtifact refused fails with the service message after the content went up', async () => {
    service.failures.set('FinalizeArtifact', { status: 404, code: 'not_found', msg: 'artifact not found' });
    const err = await rejection(uploadFunctionZip({ name: 'unfinalized', zipPath: smallZip, env: service.runnerEnv() }, new MemoryLogger()));
    assert.match(err.message, /rejected FinalizeArtifact: .*\(404\).*artifact not found/);
    assert.ok(service.find('unfinalized')?.content?.length, 'content was committed before finalize');
    assert.equal(countRoute('FinalizeArtifact'), 1);
  });

  test('blob storage refusing the upload is a clear error naming the status', async () => {
    service.failures.set('blob', { status: 403, code: 'AuthenticationFailed', msg: 'Signature did not match.' });
    const err = await rejection(uploadFunctionZip({ name: 'blob-refused', zipPath: smallZip, env: service.runnerEnv() }, new MemoryLogger()));
    assert.match(err.message, /blob storage failed \(HTTP 403\)/);
    assert.equal(countRoute('FinalizeArtifact'), 0);
  });

  const claims = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  for (const [label, token] of [
    ['not a JWT', 'not-a-jwt'],
    ['a JWT without the Actions.Results scope', `${claims({ alg: 'none' })}.${claims({ scp: 'Actions.GenericRead:1' })}.`],
  ]) {
    test(`a runtime token that is ${label} is reported as such`, async () => {
      const env = { ...service.runnerEnv(), ACTIONS_RUNTIME_TOKEN: token };
      const err = await rejection(uploadFunctionZip({ name: 'bad-token', zipPath: smallZip, env }, new MemoryLogger()));
      assert.match(err.message, /ACTIONS_RUNTIME_TOKEN is not a usable runtime token/);
      assert.equal(service.requests.length, 0);
    });
  }

  test('GitHub Enterprise Server is refused up front, without contacting it', async () => {
    const env = { ...service.runnerEnv(), GITHUB_SERVER_URL: 'https://ghes.example.invalid' };
    const err = await rejection(uploadFunctionZip({ name: 'on-ghes', zipPath: smallZip, env }, new MemoryLogger()));
    assert.equal(err.input, 'artifact-name');
    assert.match(err.message, /Enterprise Server/);
    assert.equal(service.requests.length, 0);
    assert.deepEqual([...new Set(outgoingHosts)], ['127.0.0.1']);
  });

  test('a missing zip is an error before any request', async () => {
    const err = await rejection(
      uploadFunctionZip({ name: 'missing', zipPath: path.join(work, 'nope/function.zip'), env: service.runnerEnv() }, new MemoryLogger()),
    );
    assert.match(err.message, /no such file/);
    assert.equal(service.requests.length, 0);
  });

  test('without ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL nothing is uploaded', async () => {
    const { ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL } = service.runnerEnv();
    const noToken = await uploadFunctionZip({ name: 'x', zipPath: smallZip, env: { ACTIONS_RESULTS_URL } }, new MemoryLogger());
    assert.equal(noToken.uploaded, false);
    assert.match(noToken.uploaded ? '' : noToken.reason, /ACTIONS_RUNTIME_TOKEN/);
    const noUrl = await uploadFunctionZip({ name: 'x', zipPath: smallZip, env: { ACTIONS_RUNTIME_TOKEN } }, new MemoryLogger());
    assert.equal(noUrl.uploaded, false);
    assert.match(noUrl.uploaded ? '' : noUrl.reason, /ACTIONS_RESULTS_URL/);
    assert.equal(service.requests.length, 0);
  });
});

/**
 * Runs uploadFunctionZip in a fresh Node with process.env as given (no `env`
 * option, as the action calls it) and reports whether any module of
 * @actions/artifact was resolved, seen through a module resolve hook.
 */
async function uploadInChild(env: Record<string, string>): Promise<{ result: unknown; artifactModules: number }> {
  const moduleUrl = pathToFileURL(path.join(here, '../src/artifact/upload.ts')).href;
  const logUrl = pathToFileURL(path.join(here, '../src/log.ts')).href;
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(specifier, context, next) {
      const r = next(specifier, context);
      if (r.url.includes('/node_modules/@actions/artifact/')) seen.push(r.url);
      return r;
    } });
    const { uploadFunctionZip } = await import(${JSON.stringify(moduleUrl)});
    const { MemoryLogger } = await import(${JSON.stringify(logUrl)});
    const result = await uploadFunctionZip({ name: 'child', zipPath: ${JSON.stringify(smallZip)} }, new MemoryLogger());
    process.stdout.write('\\nRESULT ' + JSON.stringify({ result, artifactModules: seen.length }) + '\\n');
  `;
  const childEnv: Record<string, string> = { NO_PROXY: '127.0.0.1' };
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(ACTIONS_|GITHUB_)|proxy$/i.test(k)) childEnv[k] = v;
  }
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...childEnv, ...env },
    cwd: work,
    timeout: 60_000,
    maxBuffer: 16 << 20,
  });
  const line = stdout.split('\n').findLast((l) => l.startsWith('RESULT '));
  assert.ok(line, `child printed a result:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as { result: unknown; artifactModules: number };
}

describe('lazy loading of @actions/artifact', { timeout: 60_000 }, () => {
  test('without a runtime token the package is never loaded and nothing is requested', async () => {
    const { result, artifactModules } = await uploadInChild({ ACTIONS_RESULTS_URL: service.url });
    assert.equal((result as { uploaded: boolean }).uploaded, false);
    assert.equal(artifactModules, 0);
    assert.equal(service.requests.length, 0);
  });

  test('control: with the runner variables the same child loads it and uploads', async () => {
    const { result, artifactModules } = await uploadInChild(service.runnerEnv({ runId: 'c0ffee00-0000-4000-8000-00000000c41d' }));
    assert.equal((result as { uploaded: boolean }).uploaded, true);
    assert.ok(artifactModules > 0, 'the hook does see @actions/artifact when it is loaded');
    const stored = service.find('child', 'c0ffee00-0000-4000-8000-00000000c41d');
    assert.ok(stored?.content);
    assert.ok((await openArtifact(stored.content)).functionZip.equals(smallZipBytes));
  });
});

import assert from 'node:assert/strict';
import { readFile, rm, writeFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import { sanitizeAlias } from '../src/options/alias.ts';
import { deleteAlias, deployFunction, type DeployResult, type Pacing } from '../src/deploy/index.ts';
import { publicUrlStatementIds } from '../src/deploy/checks.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import type { DeployOptions } from '../src/types.ts';
import { buildAsm, run, tempDir } from './helpers/asm.ts';
import { ACCOUNT, FakeLambda, codeSha256Of } from './servers/lambda-api.ts';

/**
 * The deploy stage through the real @aws-sdk/client-lambda, over HTTP, to a fake
 * control plane that keeps state like Lambda (InProgress polls, 409 during
 * updates, CodeSha256 computed from the bytes). Short pacing keeps it fast.
 */

const FAST: Partial<Pacing> = {
  firstDelayMs: 5,
  factor: 1.5,
  maxDelayMs: 40,
  timeoutMs: 30_000,
  conflictAttempts: 6,
  sdkMaxAttempts: 4,
  roleRetryDelayMs: 5,
};

const ROLE = `arn:aws:iam::${ACCOUNT}:role/nasm-lambda-exec`;
const TEST_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDNASMLAMBDATEST',
  AWS_SECRET_ACCESS_KEY: 'not-a-secret',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
};
// Variables a credential or endpoint lookup might read; saved and restored around every test.
const TOUCHED = [
  ...Object.keys(TEST_ENV),
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_REGION',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_LAMBDA',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

interface Pkg {
  zipPath: string;
  codeSha256: string;
  bytes: Buffer;
}

let fake: FakeLambda;
let endpoint: string;
let work: string;
let v1: Pkg;
let v2: Pkg;
let saved: Record<string, string | undefined>;
let counter = 0;

/** A real package: a NASM hello world and a bootstrap, zipped with the zip tool. */
async function makePackage(dir: string, text: string): Promise<Pkg> {
  await mkdir(path.join(dir, 'bin'), { recursive: true });
  const bytes = [...Buffer.from(text)].join(',');
  await buildAsm(
    `global _start
section .data
msg: db ${bytes}
len equ $ - msg
section .text
_start:
  mov rax, 1
  mov rdi, 1
  lea rsi, [rel msg]
  mov rdx, len
  syscall
  mov rax, 60
  xor rdi, rdi
  syscall
`,
    { dir: path.join(dir, 'bin'), name: 'app' },
  );
  await writeFile(path.join(dir, 'bootstrap'), '#!/bin/bash\nexec "$LAMBDA_TASK_ROOT/$_HANDLER"\n');
  await chmod(path.join(dir, 'bootstrap'), 0o755);
  const zipPath = path.join(dir, 'function.zip');
  await run('zip', ['-X', '-q', zipPath, 'bootstrap', 'bin/app'], { cwd: dir });
  const data = await readFile(zipPath);
  return { zipPath, codeSha256: codeSha256Of(data), bytes: data };
}

function opts(over: Partial<DeployOptions> & { functionName: string }): DeployOptions {
  return {
    region: 'us-east-1',
    endpointUrl: endpoint,
    publish: false,
    functionUrl: false,
    functionUrlAuth: 'AWS_IAM',
    skipUnchanged: true,
    dryRun: false,
    handler: 'bin/app',
    ...over,
  };
}

function freshName(prefix: string): string {
  return `${prefix}-${++counter}`;
}

/** Requests for one function, so tests sharing the server do not see each other. */
function callsFor(name: string) {
  return fake.requests.filter((r) => r.path.split('/')[3] === name || (r.op === 'CreateFunction' && String(r.body?.FunctionName).endsWith(name)));
}
function writesFor(name: string) {
  const writes = new Set(fake.writes());
  return callsFor(name).filter((r) => writes.has(r));
}
function opsFor(name: string): string[] {
  return callsFor(name).map((r) => r.op);
}

async function expectDeployError(p: Promise<unknown>, pattern: RegExp): Promise<NasmLambdaError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof NasmLambdaError, `expected NasmLambdaError, got ${(err as Error)?.stack ?? String(err)}`);
    assert.match(err.message, pattern);
    assert.doesNotMatch(err.message, /\n/);
    assert.doesNotMatch(err.message, /not-a-secret/);
    return err;
  }
  assert.fail(`expected an error matching ${pattern}`);
}

before(async () => {
  fake = new FakeLambda({ inProgressPolls: 3 });
  endpoint = await fake.start();
  work = await tempDir('deploy-test-');
  v1 = await makePackage(path.join(work, 'v1'), 'hi\n');
  v2 = await makePackage(path.join(work, 'v2'), 'hello again\n');
  assert.notEqual(v1.codeSha256, v2.codeSha256);
});

after(async () => {
  await fake.close();
  await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  saved = Object.fromEntries(TOUCHED.map((k) => [k, process.env[k]]));
  for (const k of TOUCHED) delete process.env[k];
  Object.assign(process.env, TEST_ENV);
});

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('deployFunction', () => {
  it('first deploy with publish, alias pr-7 and a public function URL', async () => {
    const name = freshName('preview');
    fake.addFunction({ name, code: Buffer.from('old code'), environment: { KEEP: 'me' }, memorySize: 256 });
    const log = new MemoryLogger();
    const result = await deployFunction(
      opts({ functionName: name, publish: true, alias: 'pr-7', functionUrl: true, functionUrlAuth: 'NONE', versionDescription: 'PR #7' }),
      v1,
      log,
      FAST,
    );

    const fn = fake.fn(name);
    assert.deepEqual(result, {
      functionName: name,
      functionArn: fake.functionArn(name),
      version: '1',
      alias: 'pr-7',
      aliasArn: fake.functionArn(name, 'pr-7'),
      functionUrl: fn.urls.get('pr-7')!.FunctionUrl,
      deployed: true,
      skippedUnchanged: false,
      created: false,
      dryRun: false,
    } satisfies DeployResult);
    assert.match(result.functionUrl, /^https:\/\/[a-z0-9]+\.lambda-url\.us-east-1\.on\.aws\/$/);

    // $LATEST holds exactly our bytes; the user's settings are untouched.
    assert.equal(fn.latest.CodeSha256, v1.codeSha256);
    assert.deepEqual(fn.code, v1.bytes);
    assert.equal(fn.latest.State, 'Active');
    assert.equal(fn.latest.LastUpdateStatus, 'Successful');
    assert.deepEqual(fn.latest.Environment, { Variables: { KEEP: 'me' } });
    assert.equal(fn.latest.MemorySize, 256);
    assert.equal(fn.latest.Runtime, 'provided.al2023');
    assert.equal(fn.versions.get('1')!.CodeSha256, v1.codeSha256);
    assert.equal(fn.versions.get('1')!.Description, 'PR #7 [nasm-lambda alias=pr-7]');
    assert.equal(fn.aliases.get('pr-7')!.FunctionVersion, '1');
    assert.equal(fn.urls.get('pr-7')!.AuthType, 'NONE');
    assert.equal(fn.urls.has(''), false, 'no URL for $LATEST when an alias is given');

    const statements = fake.statements(name, 'pr-7');
    assert.deepEqual(
      statements.map((s) => [s.Sid, s.Action, s.Principal, s.Resource, s.Condition]),
      [
        ['nasm-lambda-url-pr-7', 'lambda:InvokeFunctionUrl', '*', fake.functionArn(name, 'pr-7'), { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }],
        ['nasm-lambda-invoke-pr-7', 'lambda:InvokeFunction', '*', fake.functionArn(name, 'pr-7'), { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } }],
      ],
    );

    // The calls: code as ZipFile for x86_64, waited on, published with our CodeSha256.
    const calls = callsFor(name);
    const upload = calls.find((r) => r.op === 'UpdateFunctionCode')!;
    assert.deepEqual(upload.body, { ZipFile: { bytes: v1.bytes.length, sha256: v1.codeSha256 }, Architectures: ['x86_64'] });
    const publish = calls.find((r) => r.op === 'PublishVersion')!;
    assert.deepEqual(publish.body, { CodeSha256: v1.codeSha256, Description: 'PR #7 [nasm-lambda alias=pr-7]' });
    const between = calls.slice(calls.indexOf(upload) + 1, calls.indexOf(publish));
    assert.ok(between.filter((r) => r.op === 'GetFunctionConfiguration').length >= 4, 'polled through InProgress before publishing');
    assert.equal(calls.filter((r) => r.status === 409).length, 0, 'waiting meant no write met a conflict');
    assert.ok(
      calls.every((r) => r.accessKeyId === 'AKIDNASMLAMBDATEST'),
      'signed with the credentials from the environment',
    );
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode', 'PublishVersion', 'CreateAlias', 'CreateFunctionUrlConfig', 'AddPermission', 'AddPermission'],
    );
    assert.ok(
      log.lines.some((l) => /request id [0-9a-f-]{36}/.test(l)),
      'request ids are logged',
    );
    assert.ok(!log.lines.some((l) => l.includes('not-a-secret')));
  });

  it('a second identical run skips the upload, publishes nothing new and changes nothing', async () => {
    const name = freshName('again');
    fake.addFunction({ name, code: Buffer.from('old code') });
    const o = opts({ functionName: name, publish: true, alias: 'pr-7', functionUrl: true, functionUrlAuth: 'NONE' });
    const first = await deployFunction(o, v1, new MemoryLogger(), FAST);
    const before = writesFor(name).length;
    const log = new MemoryLogger();
    const second = await deployFunction(o, v1, log, FAST);

    assert.equal(second.deployed, false);
    assert.equal(second.skippedUnchanged, true);
    assert.equal(second.version, first.version);
    assert.equal(second.aliasArn, first.aliasArn);
    assert.equal(second.functionUrl, first.functionUrl);
    const newWrites = writesFor(name)
      .slice(before)
      .map((r) => r.op);
    // PublishVersion on an unchanged $LATEST returns the existing version.
    assert.deepEqual(newWrites, ['PublishVersion']);
    assert.equal(fake.fn(name).versions.size, 1);
    assert.equal(fake.statements(name, 'pr-7').length, 2);
    assert.ok(log.lines.some((l) => /upload skipped/.test(l)));
  });

  it('uploads unchanged code when skip-unchanged is off', async () => {
    const name = freshName('noskip');
    fake.addFunction({ name, code: v1.bytes });
    const result = await deployFunction(opts({ functionName: name, skipUnchanged: false }), v1, new MemoryLogger(), FAST);
    assert.equal(result.deployed, true);
    assert.equal(result.version, undefined);
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode'],
    );
  });

  it('fixes a drifted handler with UpdateFunctionConfiguration that sends the Handler only', async () => {
    const name = freshName('handler');
    fake.addFunction({ name, code: Buffer.from('old'), handler: 'old/app', environment: { A: '1' }, memorySize: 512 });
    const result = await deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), FAST);
    assert.equal(result.deployed, true);
    const fn = fake.fn(name);
    assert.equal(fn.latest.Handler, 'bin/app');
    assert.deepEqual(fn.latest.Environment, { Variables: { A: '1' } });
    assert.equal(fn.latest.MemorySize, 512);
    const config = callsFor(name).filter((r) => r.op === 'UpdateFunctionConfiguration');
    assert.equal(config.length, 1);
    assert.deepEqual(config[0].body, { Handler: 'bin/app' });
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode', 'UpdateFunctionConfiguration'],
    );
    assert.equal(callsFor(name).filter((r) => r.status === 409).length, 0);
  });

  it('refuses to publish when another workflow changed $LATEST first', async () => {
    const name = freshName('race');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.beforeNext('PublishVersion', () => fake.replaceCode(name, v2.bytes));
    const err = await expectDeployError(
      deployFunction(opts({ functionName: name, alias: 'pr-7' }), v1, new MemoryLogger(), FAST),
      /another workflow changed \$LATEST .*concurrency/,
    );
    assert.match(err.message, /nothing was published/);
    const fn = fake.fn(name);
    assert.equal(fn.versions.size, 0);
    assert.equal(fn.aliases.size, 0);
    const publish = callsFor(name).filter((r) => r.op === 'PublishVersion');
    assert.equal(publish.length, 1);
    assert.equal(publish[0].status, 400);
    assert.equal(publish[0].errorType, 'InvalidParameterValueException');
  });

  it('deploys to a function that went Inactive from disuse, without waiting for Active', async () => {
    const name = freshName('inactive');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.fn(name).latest.State = 'Inactive';
    const result = await deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST);
    assert.equal(result.deployed, true);
    assert.equal(result.version, '1');
  });

  it('moves a weighted (canary) alias to the new version with all traffic, and says so', async () => {
    const name = freshName('canary');
    fake.addFunction({ name, code: Buffer.from('old') });
    await deployFunction(opts({ functionName: name, alias: 'live' }), v1, new MemoryLogger(), FAST);
    await deployFunction(opts({ functionName: name, alias: 'live' }), v2, new MemoryLogger(), FAST);
    const live = fake.fn(name).aliases.get('live')!;
    live.FunctionVersion = '1';
    live.RoutingConfig = { AdditionalVersionWeights: { '2': 0.1 } };
    const log = new MemoryLogger();
    const result = await deployFunction(opts({ functionName: name, alias: 'live' }), v2, log, FAST);
    assert.equal(result.version, '2');
    assert.equal(fake.fn(name).aliases.get('live')?.FunctionVersion, '2');
    assert.equal(fake.fn(name).aliases.get('live')?.RoutingConfig, undefined);
    assert.ok(
      log.annotations.some((a) => a.severity === 'warning' && /10% to version 2/.test(a.message)),
      JSON.stringify(log.annotations),
    );
  });

  it('reports what it did when a later step fails', async () => {
    const name = freshName('partial');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.injectError('PublishVersion', 1, { status: 400, type: 'InvalidParameterValueException', message: 'Description too long' });
    const progress: { deploy?: Awaited<ReturnType<typeof deployFunction>> } = {};
    await assert.rejects(deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST, progress));
    assert.equal(progress.deploy?.deployed, true, 'the upload that happened is reported');
    assert.match(progress.deploy?.functionArn ?? '', new RegExp(`function:${name}$`));
    assert.equal(progress.deploy?.version, undefined);
  });

  it('rejects an arm64 function before any write', async () => {
    const name = freshName('arm');
    fake.addFunction({ name, code: Buffer.from('old'), architectures: ['arm64'] });
    const err = await expectDeployError(deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST), /arm64.*x86-64/);
    assert.equal(err.input, 'function-name');
    assert.match(err.message, /--architectures x86_64/);
    assert.deepEqual(writesFor(name), []);
    assert.equal(fake.fn(name).latest.Architectures[0], 'arm64');
  });

  it('rejects a nodejs function and names the runtime to set', async () => {
    const name = freshName('node');
    fake.addFunction({ name, code: Buffer.from('old'), runtime: 'nodejs22.x', handler: 'index.handler' });
    const err = await expectDeployError(deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), FAST), /runtime nodejs22\.x/);
    assert.match(err.message, /--runtime provided\.al2023/);
    assert.deepEqual(writesFor(name), []);
  });

  it('rejects a container-image function', async () => {
    const name = freshName('image');
    fake.addFunction({ name, code: Buffer.from('x'), packageType: 'Image', runtime: '' });
    await expectDeployError(deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), FAST), /container-image/);
    assert.deepEqual(writesFor(name), []);
  });

  it('deploys to provided.al2 with a deprecation warning', async () => {
    const name = freshName('al2');
    fake.addFunction({ name, code: Buffer.from('old'), runtime: 'provided.al2' });
    const log = new MemoryLogger();
    const result = await deployFunction(opts({ functionName: name }), v1, log, FAST);
    assert.equal(result.deployed, true);
    assert.equal(log.annotations.length, 1);
    assert.equal(log.annotations[0].severity, 'warning');
    assert.match(log.annotations[0].message, /provided\.al2.*2026-06-30.*provided\.al2023/);
    assert.equal(fake.fn(name).latest.Runtime, 'provided.al2', "the runtime is the user's to change");
  });

  it('a missing function without role is an error that names the fix', async () => {
    const name = freshName('missing');
    const err = await expectDeployError(deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), FAST), /does not exist in us-east-1/);
    assert.equal(err.input, 'function-name');
    assert.match(err.message, /set role/);
    assert.deepEqual(opsFor(name), ['GetFunction']);
  });

  it('a missing function with role is created for provided.al2023 on x86_64', async () => {
    const name = freshName('created');
    const result = await deployFunction(opts({ functionName: name, role: ROLE, alias: 'live' }), v1, new MemoryLogger(), FAST);
    assert.equal(result.created, true);
    assert.equal(result.deployed, true);
    assert.equal(result.functionArn, fake.functionArn(name));
    assert.equal(result.version, '1');
    const create = callsFor(name).find((r) => r.op === 'CreateFunction')!;
    assert.deepEqual(create.body, {
      FunctionName: name,
      Role: ROLE,
      Runtime: 'provided.al2023',
      Handler: 'bin/app',
      Architectures: ['x86_64'],
      PackageType: 'Zip',
      Code: { ZipFile: { bytes: v1.bytes.length, sha256: v1.codeSha256 } },
    });
    const fn = fake.fn(name);
    assert.equal(fn.latest.State, 'Active');
    assert.equal(fn.latest.CodeSha256, v1.codeSha256);
    assert.equal(fn.aliases.get('live')!.FunctionVersion, '1');
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['CreateFunction', 'PublishVersion', 'CreateAlias'],
    );
    assert.equal(callsFor(name).filter((r) => r.status === 409).length, 0, 'waited for Pending to end before publishing');
  });

  it('retries CreateFunction while a new role is not yet assumable', async () => {
    const name = freshName('newrole');
    fake.injectError('CreateFunction', 2, {
      status: 400,
      type: 'InvalidParameterValueException',
      message: 'The role defined for the function cannot be assumed by Lambda.',
    });
    const result = await deployFunction(opts({ functionName: name, role: ROLE }), v1, new MemoryLogger(), FAST);
    assert.equal(result.created, true);
    assert.deepEqual(
      callsFor(name)
        .filter((r) => r.op === 'CreateFunction')
        .map((r) => r.status),
      [400, 400, 201],
    );
  });

  it('without a region, fails naming the input', async () => {
    const name = freshName('noregion');
    const err = await expectDeployError(deployFunction(opts({ functionName: name, region: '' }), v1, new MemoryLogger(), FAST), /no AWS region/);
    assert.equal(err.input, 'region');
    assert.deepEqual(callsFor(name), []);
  });

  it('without credentials, fails with the configure-aws-credentials fix and sends nothing', async () => {
    const name = freshName('nocreds');
    fake.addFunction({ name, code: Buffer.from('old') });
    const empty = path.join(work, 'empty-aws-file');
    await writeFile(empty, '');
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    process.env.AWS_SHARED_CREDENTIALS_FILE = empty;
    process.env.AWS_CONFIG_FILE = empty;
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    const err = await expectDeployError(
      deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST),
      /no AWS credentials.*aws-actions\/configure-aws-credentials/,
    );
    assert.equal(err.input, undefined);
    assert.deepEqual(callsFor(name), [], 'an unsigned request never left the machine');
  });

  it('honours AWS_ENDPOINT_URL_LAMBDA when endpoint-url is not set', async () => {
    const name = freshName('envendpoint');
    fake.addFunction({ name, code: Buffer.from('old') });
    process.env.AWS_ENDPOINT_URL_LAMBDA = endpoint;
    const result = await deployFunction(opts({ functionName: name, endpointUrl: undefined }), v1, new MemoryLogger(), FAST);
    assert.equal(result.deployed, true);
    assert.equal(fake.fn(name).latest.CodeSha256, v1.codeSha256);
  });

  it('dry-run reads, validates the upload with DryRun, and changes nothing', async () => {
    const name = freshName('dry');
    fake.addFunction({ name, code: Buffer.from('old'), handler: 'old/app' });
    const before = structuredClone(fake.fn(name).latest);
    const log = new MemoryLogger();
    const result = await deployFunction(opts({ functionName: name, dryRun: true, alias: 'pr-9', functionUrl: true, functionUrlAuth: 'NONE' }), v1, log, FAST);
    assert.equal(result.dryRun, true);
    assert.equal(result.deployed, false);
    assert.equal(result.version, undefined);
    assert.equal(result.functionArn, fake.functionArn(name));
    assert.deepEqual(writesFor(name), [], 'no write at all');
    const dry = callsFor(name).filter((r) => r.op === 'UpdateFunctionCode');
    assert.equal(dry.length, 1);
    assert.equal(dry[0].body?.DryRun, true);
    assert.deepEqual(fake.fn(name).latest, before);
    assert.equal(fake.fn(name).aliases.size, 0);
    assert.ok(log.lines.some((l) => /Would change the handler from "old\/app" to "bin\/app"/.test(l)));
    assert.ok(log.lines.some((l) => /Would point alias pr-9/.test(l)));
    assert.ok(log.lines.some((l) => /nothing was changed/.test(l)));
  });

  it('dry-run for a missing function with role does not create it', async () => {
    const name = freshName('drycreate');
    const log = new MemoryLogger();
    const result = await deployFunction(opts({ functionName: name, dryRun: true, role: ROLE }), v1, log, FAST);
    assert.equal(result.created, false);
    assert.equal(result.functionArn, '');
    assert.deepEqual(opsFor(name), ['GetFunction']);
    assert.ok(log.lines.some((l) => /Would create/.test(l)));
  });

  it('uses the sanitised alias name (v1.2.3 → v1-2-3) and the version description', async () => {
    const name = freshName('tag');
    fake.addFunction({ name, code: Buffer.from('old') });
    const { name: alias } = sanitizeAlias('v1.2.3');
    const result = await deployFunction(opts({ functionName: name, alias, versionDescription: 'v1.2.3' }), v1, new MemoryLogger(), FAST);
    assert.equal(result.alias, 'v1-2-3');
    assert.equal(result.aliasArn, fake.functionArn(name, 'v1-2-3'));
    assert.equal(result.version, '1', 'alias implies publish');
    assert.equal(fake.fn(name).versions.get('1')!.Description, 'v1.2.3 [nasm-lambda alias=v1-2-3]');
  });

  it('moves an existing alias to the new version', async () => {
    const name = freshName('move');
    fake.addFunction({ name, code: Buffer.from('old') });
    await deployFunction(opts({ functionName: name, alias: 'main' }), v1, new MemoryLogger(), FAST);
    const result = await deployFunction(opts({ functionName: name, alias: 'main' }), v2, new MemoryLogger(), FAST);
    assert.equal(result.version, '2');
    assert.equal(fake.fn(name).aliases.get('main')!.FunctionVersion, '2');
    const update = callsFor(name).find((r) => r.op === 'UpdateAlias')!;
    assert.equal(update.body?.FunctionVersion, '2');
    assert.equal(typeof update.body?.RevisionId, 'string');
  });

  it('retries injected 429 and 500 answers and succeeds', async () => {
    const name = freshName('flaky');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.injectFailures('GetFunction', 2, 429);
    fake.injectFailures('UpdateFunctionCode', 1, 500);
    fake.injectFailures('PublishVersion', 1, 503);
    fake.injectFailures('CreateAlias', 1, 429);
    const result = await deployFunction(opts({ functionName: name, alias: 'pr-3' }), v1, new MemoryLogger(), FAST);
    assert.equal(result.version, '1');
    assert.equal(fake.fn(name).aliases.get('pr-3')!.FunctionVersion, '1');
    const statuses = (op: string) =>
      callsFor(name)
        .filter((r) => r.op === op)
        .map((r) => r.status);
    assert.deepEqual(statuses('GetFunction'), [429, 429, 200]);
    assert.deepEqual(statuses('UpdateFunctionCode'), [500, 200]);
    assert.deepEqual(statuses('PublishVersion'), [503, 201]);
    assert.deepEqual(statuses('CreateAlias'), [429, 201]);
    assert.equal(fake.fn(name).versions.size, 1, 'a retried publish did not publish twice');
  });

  it('gives a clear error when throttling outlasts the retries', async () => {
    const name = freshName('throttled');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.injectFailures('GetFunction', 10, 429);
    await expectDeployError(
      deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), { ...FAST, sdkMaxAttempts: 3 }),
      /kept throttling GetFunction after 3 attempts/,
    );
    assert.equal(callsFor(name).length, 3);
    fake.clearInjected();
  });

  it("waits out another workflow's update (409) and then writes", async () => {
    const name = freshName('busy');
    fake.addFunction({ name, code: Buffer.from('old') });
    // Someone else's update starts right before our upload; 1 poll settles it.
    fake.beforeNext('UpdateFunctionCode', () => fake.simulateUpdateInProgress(name, 2));
    const log = new MemoryLogger();
    const result = await deployFunction(opts({ functionName: name, publish: true }), v1, log, FAST);
    assert.equal(result.version, '1');
    assert.deepEqual(
      callsFor(name)
        .filter((r) => r.op === 'UpdateFunctionCode')
        .map((r) => r.status),
      [409, 200],
    );
    assert.ok(log.lines.some((l) => /ResourceConflictException.*trying again/.test(l)));
  });

  it('gives up with the concurrency fix when the function stays busy', async () => {
    const name = freshName('stuck');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.simulateUpdateInProgress(name, 1_000_000);
    await expectDeployError(
      deployFunction(opts({ functionName: name }), v1, new MemoryLogger(), { ...FAST, timeoutMs: 300 }),
      /still reports State Active, LastUpdateStatus InProgress .*concurrency/,
    );
    assert.deepEqual(writesFor(name), []);
    fake.fn(name).pollsLeft = 0;
  });

  it("reports a Failed update with Lambda's reason", async () => {
    const name = freshName('failed');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.failNextUpdateOf(name, 'The runtime provided.al2023 is not happy today.', 'InvalidRuntime');
    await expectDeployError(
      deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST),
      /UpdateFunctionCode of .* failed: InvalidRuntime: The runtime provided\.al2023 is not happy today\./,
    );
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode'],
      'nothing published after a failed update',
    );
  });

  it('names the denied IAM action', async () => {
    const name = freshName('denied');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.injectError('UpdateFunctionCode', 1, {
      status: 403,
      type: 'AccessDeniedException',
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/ci/x is not authorized to perform: lambda:UpdateFunctionCode`,
    });
    const err = await expectDeployError(
      deployFunction(opts({ functionName: name, publish: true }), v1, new MemoryLogger(), FAST),
      /AWS denied lambda:UpdateFunctionCode on .*request id .*allow lambda:UpdateFunctionCode/,
    );
    assert.ok(err.fix);
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode'],
    );
  });

  it('refuses a qualified function name before any request', async () => {
    for (const qualified of ['fn-q:pr-7', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn-q:3`, `${ACCOUNT}:function:fn-q:$LATEST`]) {
      const err = await expectDeployError(deployFunction(opts({ functionName: qualified }), v1, new MemoryLogger(), FAST), /names a version or alias/);
      assert.equal(err.input, 'function-name');
    }
    for (const plain of ['fn-q', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn-q`, `${ACCOUNT}:function:fn-q`]) {
      await expectDeployError(deployFunction(opts({ functionName: plain }), v1, new MemoryLogger(), FAST), /does not exist/);
    }
    const sent = fake.requests.filter((r) => decodeURIComponent(r.path).includes('fn-q'));
    assert.deepEqual(
      sent.map((r) => [r.op, decodeURIComponent(r.path).split('/')[3]]),
      [
        ['GetFunction', 'fn-q'],
        ['GetFunction', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn-q`],
        ['GetFunction', `${ACCOUNT}:function:fn-q`],
      ],
    );
  });

  it('names endpoint-url when nothing answers there', async () => {
    const err = await expectDeployError(
      deployFunction(opts({ functionName: freshName('unreachable'), endpointUrl: 'http://127.0.0.1:1' }), v1, new MemoryLogger(), {
        ...FAST,
        sdkMaxAttempts: 2,
      }),
      /could not reach http:\/\/127\.0\.0\.1:1 for GetFunction/,
    );
    assert.equal(err.input, 'endpoint-url');
  });

  it('refuses a zip that changed after packing, before any request', async () => {
    const name = freshName('tampered');
    await expectDeployError(
      deployFunction(opts({ functionName: name }), { zipPath: v1.zipPath, codeSha256: v2.codeSha256 }, new MemoryLogger(), FAST),
      /changed after it was packed/,
    );
    assert.deepEqual(callsFor(name), []);
  });

  it('a function URL without alias belongs to $LATEST; switching to AWS_IAM removes the public statements', async () => {
    const name = freshName('url');
    fake.addFunction({ name, code: Buffer.from('old') });
    const pub = await deployFunction(opts({ functionName: name, functionUrl: true, functionUrlAuth: 'NONE' }), v1, new MemoryLogger(), FAST);
    assert.equal(pub.functionUrl, fake.fn(name).urls.get('')!.FunctionUrl);
    assert.deepEqual(
      fake.statements(name).map((s) => s.Sid),
      ['nasm-lambda-url-latest', 'nasm-lambda-invoke-latest'],
    );
    assert.equal(callsFor(name).find((r) => r.op === 'CreateFunctionUrlConfig')!.query.Qualifier, undefined);

    const iam = await deployFunction(opts({ functionName: name, functionUrl: true, functionUrlAuth: 'AWS_IAM' }), v1, new MemoryLogger(), FAST);
    assert.equal(iam.functionUrl, pub.functionUrl);
    assert.equal(fake.fn(name).urls.get('')!.AuthType, 'AWS_IAM');
    assert.deepEqual(fake.statements(name), []);
    assert.deepEqual(
      writesFor(name).map((r) => r.op),
      ['UpdateFunctionCode', 'CreateFunctionUrlConfig', 'AddPermission', 'AddPermission', 'UpdateFunctionUrlConfig', 'RemovePermission', 'RemovePermission'],
    );
  });
});

describe('deleteAlias', () => {
  it('deletes the function URL, our permissions, the alias and the versions published for it; a second run is a notice', async () => {
    const name = freshName('cleanup');
    fake.addFunction({ name, code: Buffer.from('old') });
    const o = opts({ functionName: name, alias: 'pr-7', functionUrl: true, functionUrlAuth: 'NONE' });
    await deployFunction(o, v1, new MemoryLogger(), FAST);
    // A statement somebody else added must survive the cleanup.
    fake.fn(name).policies.get('pr-7')!.push({ Sid: 'theirs', Effect: 'Allow', Principal: '*', Action: 'lambda:GetFunction', Resource: 'x' });
    const before = writesFor(name).length;

    const log = new MemoryLogger();
    assert.deepEqual(await deleteAlias(o, log, FAST), { deleted: true, deletedVersions: ['1'] });
    const fn = fake.fn(name);
    assert.equal(fn.aliases.has('pr-7'), false);
    assert.equal(fn.urls.has('pr-7'), false);
    const removed = writesFor(name).slice(before);
    assert.deepEqual(
      removed.map((r) => r.op),
      ['DeleteFunctionUrlConfig', 'RemovePermission', 'RemovePermission', 'DeleteAlias', 'DeleteFunction'],
    );
    assert.deepEqual(
      removed.filter((r) => r.op === 'RemovePermission').map((r) => r.path.split('/').pop()),
      ['nasm-lambda-url-pr-7', 'nasm-lambda-invoke-pr-7'],
    );
    assert.ok(removed.every((r) => r.op === 'DeleteAlias' || r.query.Qualifier === (r.op === 'DeleteFunction' ? '1' : 'pr-7')));
    assert.equal(log.annotations.length, 0);
    assert.equal(fn.versions.size, 0, 'the version published for pr-7 went with it');

    const again = new MemoryLogger();
    assert.deepEqual(await deleteAlias(o, again, FAST), { deleted: false, deletedVersions: [] });
    assert.equal(again.annotations.length, 1);
    assert.equal(again.annotations[0].severity, 'notice');
    assert.match(again.annotations[0].message, /pr-7 .*already gone/);
    assert.equal(writesFor(name).length, before + 5, 'the second run wrote nothing');
  });

  it('is a notice when the function itself is gone, and an error without an alias', async () => {
    const log = new MemoryLogger();
    assert.deepEqual(await deleteAlias(opts({ functionName: freshName('nofn'), alias: 'pr-1' }), log, FAST), { deleted: false, deletedVersions: [] });
    assert.equal(log.annotations[0]?.severity, 'notice');
    const err = await expectDeployError(deleteAlias(opts({ functionName: 'x' }), new MemoryLogger(), FAST), /delete-alias needs the alias/);
    assert.equal(err.input, 'alias');
  });

  it('dry-run deletes nothing', async () => {
    const name = freshName('drydelete');
    fake.addFunction({ name, code: Buffer.from('old') });
    await deployFunction(opts({ functionName: name, alias: 'pr-2' }), v1, new MemoryLogger(), FAST);
    const before = writesFor(name).length;
    assert.deepEqual(await deleteAlias(opts({ functionName: name, alias: 'pr-2', dryRun: true }), new MemoryLogger(), FAST), {
      deleted: false,
      deletedVersions: ['1'],
    });
    assert.equal(writesFor(name).length, before);
    assert.equal(fake.fn(name).aliases.has('pr-2'), true);
  });
});

describe('publicUrlStatementIds', () => {
  it("is stable per alias and stays within Lambda's 100-character statement ids", () => {
    assert.deepEqual(publicUrlStatementIds('pr-7'), { url: 'nasm-lambda-url-pr-7', invoke: 'nasm-lambda-invoke-pr-7' });
    assert.deepEqual(publicUrlStatementIds(undefined), { url: 'nasm-lambda-url-latest', invoke: 'nasm-lambda-invoke-latest' });
    const a = publicUrlStatementIds(`${'a'.repeat(127)}1`);
    const b = publicUrlStatementIds(`${'a'.repeat(127)}2`);
    for (const id of [a.url, a.invoke, b.url, b.invoke]) assert.match(id, /^[A-Za-z0-9_-]{1,100}$/);
    assert.notEqual(a.url, b.url);
    assert.notEqual(a.invoke, b.invoke);
    assert.deepEqual(publicUrlStatementIds(`${'a'.repeat(127)}1`), a);
  });
});

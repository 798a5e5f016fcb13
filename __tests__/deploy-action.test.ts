import assert from 'node:assert/strict';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction, type ActionRun } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { ACCOUNT, FakeLambda } from './servers/lambda-api.ts';
import { awsTestEnv } from './helpers/aws-env.ts';

/**
 * Deploy end to end through the bundled action, run the way the runner runs it
 * (`node dist/index.js`, inputs as INPUT_*, action.yml defaults filled in),
 * against the fake Lambda control plane via endpoint-url. The action uses its
 * production pacing (first poll after 250 ms), so the fake settles writes
 * after one poll to keep this file quick.
 */

const HELLO = `; hello world for a custom runtime's handler: print "hi" and exit 0
global _start
section .data
msg: db "hi", 10
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
`;

const ROLE = `arn:aws:iam::${ACCOUNT}:role/nasm-lambda-exec`;

let fake: FakeLambda;
let endpoint: string;
let workspace: string;
let emptyAwsFile: string;
let counter = 0;

function env(over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return awsTestEnv(emptyAwsFile, 'AKIDNASMLAMBDAE2E', { ...over });
}

async function deploy(inputs: Record<string, string>, envOver: Record<string, string | undefined> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    defaults: true,
    inputs: { 'artifact-name': '', 'endpoint-url': endpoint, ...inputs },
    env: env(envOver),
    timeoutMs: 90_000,
  });
}

function freshName(prefix: string): string {
  return `${prefix}-${++counter}`;
}

function callsFor(name: string) {
  return fake.requests.filter((r) => r.path.split('/')[3] === name || (r.op === 'CreateFunction' && r.body?.FunctionName === name));
}
function writesFor(name: string) {
  const writes = new Set(fake.writes());
  return callsFor(name).filter((r) => writes.has(r));
}

function errors(r: ActionRun): string[] {
  return r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

function assertOk(r: ActionRun): void {
  assert.equal(r.code, 0, `action failed:\n${r.stdout}\n${r.stderr}`);
  assert.deepEqual(errors(r), []);
}

function assertFailed(r: ActionRun, pattern: RegExp): string {
  assert.equal(r.code, 1, `expected exit 1:\n${r.stdout}\n${r.stderr}`);
  const errs = errors(r);
  assert.ok(
    errs.some((m) => pattern.test(m)),
    `no ::error:: matching ${pattern} in:\n${errs.join('\n')}\n${r.stdout}`,
  );
  assert.ok(!r.stdout.includes('not-a-secret') && !r.stderr.includes('not-a-secret'), 'the secret key is never printed');
  return errs.find((m) => pattern.test(m))!;
}

before(async () => {
  fake = new FakeLambda({ inProgressPolls: 1 });
  endpoint = await fake.start();
  workspace = await tempDir('deploy-action-');
  await mkdir(path.join(workspace, 'src'));
  await writeFile(path.join(workspace, 'src/hello.asm'), HELLO);
  emptyAwsFile = path.join(workspace, 'empty-aws-config');
  await writeFile(emptyAwsFile, '');
});

after(async () => {
  await fake.close();
  await rm(workspace, { recursive: true, force: true });
});

describe('deploy through the bundled action', { timeout: 240_000 }, () => {
  it('first deploy with publish, alias pr-7 and a function URL; an identical rerun skips the upload', async () => {
    const name = freshName('e2e-preview');
    fake.addFunction({ name, code: Buffer.from('old code'), environment: { KEEP: 'me' } });
    const inputs = {
      'function-name': name,
      publish: 'true',
      alias: 'pr-7',
      'function-url': 'true',
      'function-url-auth': 'NONE',
      'version-description': 'PR 7',
    };
    const first = await deploy(inputs);
    assertOk(first);

    const fn = fake.fn(name);
    const o = first.outputs;
    assert.equal(o['function-arn'], fake.functionArn(name));
    assert.equal(o.version, '1');
    assert.equal(o.alias, 'pr-7');
    assert.equal(o['alias-arn'], fake.functionArn(name, 'pr-7'));
    assert.equal(o['function-url'], fn.urls.get('pr-7')!.FunctionUrl);
    assert.equal(o.deployed, 'true');
    // The zip the action built is what $LATEST, version 1 and the alias now hold.
    assert.equal(fn.latest.CodeSha256, o['code-sha256']);
    assert.equal(fn.versions.get('1')!.CodeSha256, o['code-sha256']);
    assert.equal(fn.versions.get('1')!.Description, 'PR 7 [nasm-lambda alias=pr-7]');
    assert.equal(fn.aliases.get('pr-7')!.FunctionVersion, '1');
    assert.deepEqual(fn.latest.Environment, { Variables: { KEEP: 'me' } });
    assert.deepEqual(
      fake.statements(name, 'pr-7').map((s) => s.Action),
      ['lambda:InvokeFunctionUrl', 'lambda:InvokeFunction'],
    );
    assert.equal(callsFor(name).filter((r) => r.status === 409).length, 0);
    assert.match(first.summary, new RegExp(o['function-url'].replace(/[.]/g, '\\.')));
    assert.match(first.summary, /pr-7/);

    const before = callsFor(name).length;
    const second = await deploy(inputs);
    assertOk(second);
    assert.equal(second.outputs.deployed, 'false');
    assert.equal(second.outputs.version, '1');
    assert.equal(second.outputs['function-url'], o['function-url']);
    const again = callsFor(name).slice(before);
    assert.ok(!again.some((r) => r.op === 'UpdateFunctionCode'), 'no upload on an unchanged run');
    assert.deepEqual(
      again.filter((r) => fake.writes().includes(r)).map((r) => r.op),
      ['PublishVersion'],
    );
    assert.equal(fn.versions.size, 1);
    assert.match(second.summary, /unchanged|skipped/i);
  });

  it('fixes a drifted handler, sending the Handler only', async () => {
    const name = freshName('e2e-handler');
    fake.addFunction({ name, code: Buffer.from('old'), handler: 'old/app', memorySize: 1024 });
    const r = await deploy({ 'function-name': name });
    assertOk(r);
    assert.equal(r.outputs.deployed, 'true');
    assert.equal(r.outputs.version, '');
    const config = callsFor(name).filter((c) => c.op === 'UpdateFunctionConfiguration');
    assert.deepEqual(
      config.map((c) => c.body),
      [{ Handler: 'bin/app' }],
    );
    assert.equal(fake.fn(name).latest.Handler, 'bin/app');
    assert.equal(fake.fn(name).latest.MemorySize, 1024);
  });

  it('fails, publishing nothing, when $LATEST changes before publish', async () => {
    const name = freshName('e2e-race');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.beforeNext('PublishVersion', () => fake.replaceCode(name, Buffer.from('the other workflow')));
    const r = await deploy({ 'function-name': name, alias: 'pr-8' });
    assertFailed(r, /another workflow changed \$LATEST.*concurrency/);
    assert.equal(fake.fn(name).versions.size, 0);
    assert.equal(fake.fn(name).aliases.size, 0);
  });

  it('rejects an arm64 function and a nodejs function without writing', async () => {
    const arm = freshName('e2e-arm');
    fake.addFunction({ name: arm, code: Buffer.from('old'), architectures: ['arm64'] });
    const a = await deploy({ 'function-name': arm, publish: 'true' });
    assertFailed(a, /arm64.*x86-64/);
    assert.deepEqual(writesFor(arm), []);

    const node = freshName('e2e-node');
    fake.addFunction({ name: node, code: Buffer.from('old'), runtime: 'nodejs20.x' });
    const n = await deploy({ 'function-name': node });
    assertFailed(n, /runtime nodejs20\.x.*provided\.al2023/);
    assert.deepEqual(writesFor(node), []);
  });

  it('a missing function is an error without role and is created with role', async () => {
    const name = freshName('e2e-new');
    const without = await deploy({ 'function-name': name });
    assertFailed(without, /function-name.*does not exist.*role/);
    assert.deepEqual(
      callsFor(name).map((c) => c.op),
      ['GetFunction'],
    );

    const created = await deploy({ 'function-name': name, role: ROLE, alias: 'live' });
    assertOk(created);
    assert.equal(created.outputs.deployed, 'true');
    assert.equal(created.outputs['function-arn'], fake.functionArn(name));
    assert.equal(created.outputs.version, '1');
    const fn = fake.fn(name);
    assert.equal(fn.latest.Runtime, 'provided.al2023');
    assert.deepEqual(fn.latest.Architectures, ['x86_64']);
    assert.equal(fn.latest.Handler, 'bin/app');
    assert.equal(fn.latest.Role, ROLE);
    assert.equal(fn.latest.CodeSha256, created.outputs['code-sha256']);
  });

  it('without a region, fails naming the input and sends nothing', async () => {
    const name = freshName('e2e-noregion');
    fake.addFunction({ name, code: Buffer.from('old') });
    const r = await deploy({ 'function-name': name }, { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined });
    assertFailed(r, /region/);
    assert.deepEqual(callsFor(name), []);
  });

  it('without credentials, fails with the configure-aws-credentials fix and sends nothing', async () => {
    const name = freshName('e2e-nocreds');
    fake.addFunction({ name, code: Buffer.from('old') });
    const r = await deploy({ 'function-name': name, publish: 'true' }, { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    assertFailed(r, /no AWS credentials.*configure-aws-credentials/);
    assert.deepEqual(callsFor(name), []);
  });

  it('delete-alias removes the URL, the permissions, the alias and its versions without building; again is a notice', async () => {
    const name = freshName('e2e-cleanup');
    fake.addFunction({ name, code: Buffer.from('old') });
    assertOk(await deploy({ 'function-name': name, alias: 'pr-7', 'function-url': 'true', 'function-url-auth': 'NONE' }));
    await rm(path.join(workspace, '.nasm-lambda'), { recursive: true, force: true });

    const r = await deploy({ 'function-name': name, alias: 'pr-7', 'delete-alias': 'true' });
    assertOk(r);
    const fn = fake.fn(name);
    assert.equal(fn.aliases.has('pr-7'), false);
    assert.equal(fn.urls.has('pr-7'), false);
    assert.equal(r.outputs.alias, 'pr-7');
    assert.equal(r.outputs.deployed, 'false');
    assert.equal(r.outputs['pruned-versions'], '1', 'the version published for pr-7 went too');
    assert.equal(fn.versions.size, 0);
    assert.equal(r.outputs['zip-path'] ?? '', '', 'nothing was built');
    await assert.rejects(stat(path.join(workspace, '.nasm-lambda')), 'no build output');

    const again = await deploy({ 'function-name': name, alias: 'pr-7', 'delete-alias': 'true' });
    assertOk(again);
    assert.ok(
      again.annotations.some((a) => a.level === 'notice' && /pr-7.*already gone/.test(a.message)),
      `expected a notice:\n${again.stdout}`,
    );
  });

  it('dry-run validates and changes nothing', async () => {
    const name = freshName('e2e-dry');
    fake.addFunction({ name, code: Buffer.from('old'), handler: 'old/app' });
    const before = structuredClone(fake.fn(name).latest);
    const r = await deploy({ 'function-name': name, 'dry-run': 'true', alias: 'pr-9', 'function-url': 'true' });
    assertOk(r);
    assert.equal(r.outputs.deployed, 'false');
    assert.equal(r.outputs.version, '');
    assert.deepEqual(writesFor(name), []);
    assert.deepEqual(
      callsFor(name)
        .filter((c) => c.op === 'UpdateFunctionCode')
        .map((c) => c.body?.DryRun),
      [true],
    );
    assert.deepEqual(fake.fn(name).latest, before);
  });

  it('sanitises alias v1.2.3 to v1-2-3', async () => {
    const name = freshName('e2e-tag');
    fake.addFunction({ name, code: Buffer.from('old') });
    const r = await deploy({ 'function-name': name, alias: 'v1.2.3', 'version-description': 'v1.2.3' });
    assertOk(r);
    assert.equal(r.outputs.alias, 'v1-2-3');
    assert.equal(r.outputs['alias-arn'], fake.functionArn(name, 'v1-2-3'));
    assert.equal(fake.fn(name).aliases.get('v1-2-3')!.FunctionVersion, r.outputs.version);
  });

  it('retries injected 429 and 500 answers', async () => {
    const name = freshName('e2e-flaky');
    fake.addFunction({ name, code: Buffer.from('old') });
    fake.injectFailures('GetFunction', 1, 429);
    fake.injectFailures('UpdateFunctionCode', 1, 500);
    fake.injectFailures('PublishVersion', 1, 429);
    const r = await deploy({ 'function-name': name, publish: 'true' });
    assertOk(r);
    assert.equal(r.outputs.version, '1');
    const statuses = (op: string) =>
      callsFor(name)
        .filter((c) => c.op === op)
        .map((c) => c.status);
    assert.deepEqual(statuses('GetFunction'), [429, 200]);
    assert.deepEqual(statuses('UpdateFunctionCode'), [500, 200]);
    assert.deepEqual(statuses('PublishVersion'), [429, 201]);
  });
});

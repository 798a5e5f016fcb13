/**
 * The local test-event behaves like the function it will become: the function's
 * own environment (masked), MemorySize and Timeout when it exists, Lambda's 3 s
 * default when it doesn't, and test-timeout / test-environment / test-event-file
 * on top. Through the bundled action, against the fake Lambda API.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runAction, type ActionRun } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { FakeLambda } from './servers/lambda-api.ts';
import { awsTestEnv } from './helpers/aws-env.ts';

/** Sleeps 5 s, then answers. */
const SLEEPER = `section .data
ts: dq 5, 0
ok: db "{}"
section .text
global _start
_start:
  mov eax, 35
  lea rdi, [rel ts]
  xor esi, esi
  syscall
  mov eax, 1
  mov edi, 1
  lea rsi, [rel ok]
  mov edx, 2
  syscall
  mov eax, 60
  xor edi, edi
  syscall
`;

let fake: FakeLambda;
let endpoint: string;
let envWs: string;
let sleepWs: string;
let emptyAwsFile: string;

const awsEnv = () => awsTestEnv(emptyAwsFile, 'AKIDNASMLAMBDALOCAL');

async function workspace(prefix: string, source: string): Promise<string> {
  const dir = await tempDir(prefix);
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src/app.asm'), source);
  return dir;
}

const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

before(async () => {
  fake = new FakeLambda({ inProgressPolls: 1 });
  endpoint = await fake.start();
  envWs = await workspace('local-env-', await readFile(path.join(repoRoot, '__tests__/fixtures/runtime/env.asm'), 'utf8'));
  sleepWs = await workspace('local-sleep-', SLEEPER);
  emptyAwsFile = path.join(envWs, 'empty-aws-config');
  await writeFile(emptyAwsFile, '');
});
after(async () => {
  await fake.close();
  for (const d of [envWs, sleepWs]) await rm(d, { recursive: true, force: true });
});

describe('the local test-event with a function’s settings', { timeout: 120_000 }, () => {
  it('runs with the function’s environment (values masked before they can appear), its MemorySize, and test-environment on top; a dry run writes nothing', async () => {
    fake.addFunction({ name: 'local-settings', code: Buffer.from('old'), environment: { DB_PASSWORD: 's3cr3t-value-1', MODE: 'prod' }, memorySize: 512 });
    const before = fake.writes().length;
    const r = await runAction({
      workspace: envWs,
      inputs: {
        'artifact-name': '',
        'endpoint-url': endpoint,
        'function-name': 'local-settings',
        'dry-run': 'true',
        'test-event': '{}',
        'test-environment': 'EXTRA_FLAG=on\n!MODE',
      },
      env: awsEnv(),
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const vars = r.outputs['test-response'].split('\n');
    assert.ok(vars.includes('DB_PASSWORD=s3cr3t-value-1'), r.outputs['test-response']);
    assert.ok(vars.includes('EXTRA_FLAG=on'));
    assert.ok(vars.includes('AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512'));
    assert.ok(!vars.some((v) => v.startsWith('MODE=')), 'removed by !MODE');
    const mask = r.stdout.indexOf('::add-mask::s3cr3t-value-1');
    assert.ok(mask >= 0, 'the function’s value is registered as a secret');
    assert.ok(r.stdout.indexOf('s3cr3t-value-1') === mask + '::add-mask::'.length, 'and masked before anything else prints it');
    assert.match(r.stdout, /environment DB_PASSWORD, EXTRA_FLAG \(/, 'the log names keys only');
    assert.equal(fake.writes().length, before, 'a dry run writes nothing');
  });

  it('a function that does not exist yet gets Lambda’s 3 s default timeout', async () => {
    const r = await runAction({ workspace: sleepWs, inputs: { 'artifact-name': '', 'test-event': '{}' }, env: {} });
    assert.equal(r.code, 1, r.stdout);
    assert.ok(
      errors(r).some((m) => /test-event.*Sandbox\.Timedout/.test(m)),
      errors(r).join('\n'),
    );
    assert.match(r.stdout, /timeout 3 s/);
  });

  it('test-timeout overrides it, and test-event-file carries the event', async () => {
    await mkdir(path.join(sleepWs, 'events'), { recursive: true });
    await writeFile(path.join(sleepWs, 'events/big.json'), JSON.stringify({ pad: 'e'.repeat(200_000) }));
    const r = await runAction({ workspace: sleepWs, inputs: { 'artifact-name': '', 'test-event-file': 'events/big.json', 'test-timeout': '10' }, env: {} });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['test-response'], '{}');
    assert.match(r.stdout, /timeout 10 s/);
  });

  it('a test-event-file that is not JSON, or missing, fails naming test-event-file', async () => {
    await writeFile(path.join(sleepWs, 'events/bad.json'), '{nope');
    for (const file of ['events/bad.json', 'events/missing.json']) {
      const r = await runAction({ workspace: sleepWs, inputs: { 'artifact-name': '', 'test-event-file': file }, env: {} });
      assert.equal(r.code, 1);
      assert.ok(
        errors(r).some((m) => m.startsWith("Input 'test-event-file'")),
        errors(r).join('\n'),
      );
    }
  });
});

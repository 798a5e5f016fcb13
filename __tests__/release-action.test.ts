import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runAction, type ActionRun } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { FakeLambda, type RequestRecord } from './servers/lambda-api.ts';
import { awsTestEnv } from './helpers/aws-env.ts';

/**
 * Release safety end to end, through the bundled action run as the runner
 * runs it, against the fake control plane, whose Invoke really runs the
 * published version's zip (its bootstrap, through the product's Runtime API).
 */

/** Echoes the event, but fails when it runs as a published version (AWS_LAMBDA_FUNCTION_VERSION other than $LATEST). */
const PICKY = `section .data
key: db "AWS_LAMBDA_FUNCTION_VERSION="
keylen equ $ - key
msg: db "refusing to run as a published version", 10
msglen equ $ - msg
section .bss
buf: resb 65536
section .text
global _start
_start:
  mov rcx, [rsp]
  lea rbx, [rsp + 8*rcx + 16]
.env:
  mov rsi, [rbx]
  test rsi, rsi
  jz .echo
  lea rdi, [rel key]
  mov rcx, keylen
  repe cmpsb
  jne .nextenv
  cmp byte [rsi], '$'
  jne .fail
.nextenv:
  add rbx, 8
  jmp .env
.fail:
  mov eax, 1
  mov edi, 2
  lea rsi, [rel msg]
  mov edx, msglen
  syscall
  mov eax, 60
  mov edi, 3
  syscall
.echo:
  xor eax, eax
  xor edi, edi
  lea rsi, [rel buf]
  mov edx, 65536
  syscall
  test rax, rax
  jle .done
  mov rdx, rax
  mov eax, 1
  mov edi, 1
  lea rsi, [rel buf]
  syscall
  jmp .echo
.done:
  mov eax, 60
  xor edi, edi
  syscall
`;

const EVENT = '{"hello":"world","n":1}';
const SHA = '0123456789abcdef0123456789abcdef01234567';

let fake: FakeLambda;
let endpoint: string;
let echo: string;
let picky: string;
let emptyAwsFile: string;
/** The echo function's zip as the action builds it, for functions seeded with runnable code. */
let echoZip: Buffer;
let counter = 0;

function env(over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return awsTestEnv(emptyAwsFile, 'AKIDNASMLAMBDARELEASE', { GITHUB_SHA: SHA, ...over });
}

function action(workspace: string, inputs: Record<string, string>, envOver: Record<string, string | undefined> = {}): Promise<ActionRun> {
  return runAction({ workspace, defaults: true, inputs: { 'artifact-name': '', 'endpoint-url': endpoint, ...inputs }, env: env(envOver), timeoutMs: 90_000 });
}

const freshName = (prefix: string) => `${prefix}-${++counter}`;
const callsFor = (name: string): RequestRecord[] => fake.requests.filter((r) => decodeURIComponent(r.path).split('/')[3] === name);
const writesFor = (name: string) => {
  const writes = new Set(fake.writes());
  return callsFor(name).filter((r) => writes.has(r));
};
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

function assertOk(r: ActionRun): void {
  assert.equal(r.code, 0, `action failed:\n${r.stdout}\n${r.stderr}`);
  assert.deepEqual(errors(r), []);
}

function assertFailed(r: ActionRun, pattern: RegExp): string {
  assert.equal(r.code, 1, `expected exit 1:\n${r.stdout}\n${r.stderr}`);
  const found = errors(r).find((m) => pattern.test(m));
  assert.ok(found, `no ::error:: matching ${pattern} in:\n${errors(r).join('\n')}\n${r.stdout}`);
  return found;
}

async function workspaceWith(source: string, prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src/app.asm'), source);
  return dir;
}

before(async () => {
  fake = new FakeLambda({ inProgressPolls: 1, pageSize: 2 });
  endpoint = await fake.start();
  echo = await tempDir('release-echo-');
  await mkdir(path.join(echo, 'src'));
  await copyFile(path.join(repoRoot, 'examples/echo/src/echo.asm'), path.join(echo, 'src/echo.asm'));
  picky = await workspaceWith(PICKY, 'release-picky-');
  emptyAwsFile = path.join(echo, 'empty-aws-config');
  await writeFile(emptyAwsFile, '');
  const built = await runAction({ workspace: echo, defaults: true, inputs: { 'artifact-name': '' }, env: env() });
  assertOk(built);
  echoZip = await readFile(built.outputs['zip-path']);
});

after(async () => {
  await fake.close();
  for (const d of [echo, picky]) await rm(d, { recursive: true, force: true });
});

describe('releases through the bundled action', { timeout: 300_000 }, () => {
  it('a new version that fails on Lambda fails the step, names the version and leaves the alias', async () => {
    const name = freshName('rel-fail');
    fake.addFunction({ name, code: Buffer.from('old') });
    const good = fake.seedVersion(name, 'v0 [nasm-lambda alias=live]');
    fake.seedAlias(name, 'live', good);

    const r = await action(picky, { 'function-name': name, alias: 'live', 'test-event': EVENT, 'remote-test': 'true', 'version-description': 'v1' });
    const message = assertFailed(r, /version 2 failed the remote test: Unhandled/);
    assert.match(message, /alias live was not moved/);
    assert.equal(fake.fn(name).aliases.get('live')!.FunctionVersion, good, 'the alias keeps its version');
    assert.equal(r.outputs.version, '2');
    assert.match(r.summary, /version 2 FAILED/);
    // Locally ($LATEST) it passed; on "Lambda" the published version ran and failed.
    assert.equal(r.outputs['test-response'], EVENT);
    assert.deepEqual(
      fake.invocations.filter((i) => i.function === name).map((i) => [i.version, i.functionError]),
      [['2', 'Unhandled']],
    );
    const invoke = callsFor(name).find((c) => c.op === 'Invoke')!;
    assert.equal(invoke.query.Qualifier, '2');
    assert.equal(invoke.body?.LogType, 'Tail');
    assert.equal(invoke.body?.InvocationType, 'RequestResponse');
    assert.match(r.stdout, /refusing to run as a published version/, 'the log tail is printed');
    assert.ok(!callsFor(name).some((c) => c.op === 'UpdateAlias'));
  });

  it('a passing release: remote figures in the outputs, records in the descriptions', async () => {
    const name = freshName('rel-ok');
    fake.addFunction({ name, code: Buffer.from('old') });
    const first = await action(echo, { 'function-name': name, alias: 'live', 'version-description': 'v1.0.0' });
    assertOk(first);
    const r = await action(echo, {
      'function-name': name,
      alias: 'live',
      'test-event': EVENT,
      'remote-test': 'true',
      'expect-response': '{ "n": 1, "hello": "world" }',
      'version-description': 'v1.0.1',
      'skip-unchanged': 'false',
      'memory-size': '256',
    });
    assertOk(r);
    const fn = fake.fn(name);
    assert.equal(r.outputs.version, '2');
    assert.equal(r.outputs['remote-response'], EVENT);
    for (const o of ['remote-duration-ms', 'remote-billed-ms', 'remote-init-ms', 'remote-max-memory-mb']) {
      assert.match(r.outputs[o], /^[0-9]+(\.[0-9]+)?$/, `${o} = ${JSON.stringify(r.outputs[o])}`);
    }
    assert.ok(Number(r.outputs['remote-billed-ms']) >= Number(r.outputs['remote-duration-ms']));
    assert.match(r.summary, /Remote test.*version 2 ok/);
    assert.match(r.summary, /duration [0-9.]+ ms, billed [0-9]+ ms, init [0-9.]+ ms, max memory [0-9]+ of 256 MB/);
    assert.equal(r.outputs['previous-version'], '1');
    assert.equal(fn.aliases.get('live')!.FunctionVersion, '2');
    assert.equal(fn.aliases.get('live')!.Description, '[nasm-lambda previous=1]');
    assert.equal(fn.versions.get('1')!.Description, 'v1.0.0 [nasm-lambda sha=0123456 alias=live]');
    assert.equal(fn.versions.get('2')!.Description, 'v1.0.1 [nasm-lambda sha=0123456 alias=live]');
    assert.equal(fn.versions.get('2')!.MemorySize, 256);
    // The remote test ran before the alias moved.
    const ops = callsFor(name).map((c) => c.op);
    assert.ok(ops.lastIndexOf('Invoke') < ops.lastIndexOf('UpdateAlias'));
  });

  it('a remote response that fails expect-response fails before the alias moves; a local mismatch before any write', async () => {
    const name = freshName('rel-expect');
    fake.addFunction({ name, code: Buffer.from('old') });
    const local = await action(echo, { 'function-name': name, alias: 'live', 'test-event': EVENT, 'expect-response': '{"hello":"mars","n":1}' });
    assertFailed(local, /expect-response.*local test-event response does not match.*"mars".*"world"/);
    // The local run reads the function's settings (GetFunction), and writes nothing.
    assert.deepEqual(writesFor(name), [], 'nothing was written to Lambda');
    assert.deepEqual(
      callsFor(name).map((c) => c.op),
      ['GetFunction'],
    );
  });

  it('rollback returns the alias to the recorded previous version; rollback-to a deleted version is refused', async () => {
    const name = freshName('rel-back');
    fake.addFunction({ name, code: echoZip });
    const v1 = fake.seedVersion(name);
    const v2 = fake.seedVersion(name);
    fake.seedAlias(name, 'live', v2, { description: 'production [nasm-lambda previous=1]' });
    const empty = await tempDir('release-nosrc-');
    try {
      const r = await action(empty, { 'function-name': name, alias: 'live', rollback: 'true', 'test-event': EVENT, 'remote-test': 'true' });
      assertOk(r);
      assert.equal(fake.fn(name).aliases.get('live')!.FunctionVersion, v1);
      assert.equal(fake.fn(name).aliases.get('live')!.Description, 'production [nasm-lambda previous=2]');
      assert.equal(r.outputs.version, v1);
      assert.equal(r.outputs['previous-version'], v2);
      assert.equal(r.outputs['remote-response'], EVENT, 'the target was tested first');
      assert.equal(r.outputs['zip-path'], '', 'nothing was built');
      assert.match(r.summary, /rollback: alias live → version 1/);

      fake.fn(name).versions.delete('2');
      const gone = await action(empty, { 'function-name': name, alias: 'live', rollback: 'true', 'rollback-to': '2' });
      assertFailed(gone, /rollback-to.*version 2 of .* no longer exists/);
      assert.equal(fake.fn(name).aliases.get('live')!.FunctionVersion, v1);

      fake.seedAlias(name, 'fresh', v1);
      const none = await action(empty, { 'function-name': name, alias: 'fresh', rollback: 'true' });
      assertFailed(none, /alias fresh of .* records no previous version.*rollback-to/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('promote-from moves live to what staging runs, and refuses a weighted staging', async () => {
    const name = freshName('rel-promote');
    fake.addFunction({ name, code: Buffer.from('old') });
    const v1 = fake.seedVersion(name);
    const v2 = fake.seedVersion(name);
    fake.seedAlias(name, 'live', v1);
    fake.seedAlias(name, 'staging', v2);
    const empty = await tempDir('release-nosrc-');
    try {
      const r = await action(empty, { 'function-name': name, alias: 'live', 'promote-from': 'staging' });
      assertOk(r);
      assert.equal(fake.fn(name).aliases.get('live')!.FunctionVersion, v2);
      assert.equal(r.outputs['previous-version'], v1);
      assert.deepEqual(
        writesFor(name).map((w) => w.op),
        ['UpdateAlias'],
        'only the alias moved: no upload, no publish',
      );

      fake.seedAlias(name, 'canary', v2, { weights: { [v1]: 0.1 } });
      const weighted = await action(empty, { 'function-name': name, alias: 'live', 'promote-from': 'canary' });
      assertFailed(weighted, /promote-from.*canary is weighted \(10% to version 1/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('keep-versions prunes old versions but keeps aliased, weighted and recorded ones, across pages', async () => {
    const name = freshName('rel-prune');
    fake.addFunction({ name, code: Buffer.from('old') });
    for (let i = 0; i < 6; i++) fake.seedVersion(name); // 1..6
    fake.seedAlias(name, 'old', '1');
    fake.seedAlias(name, 'canary', '3', { weights: { '2': 0.2 } });
    fake.seedAlias(name, 'live', '4');
    const r = await action(echo, { 'function-name': name, alias: 'live', 'keep-versions': '2' });
    assertOk(r);
    assert.equal(r.outputs.version, '7');
    // Newest two are 7 and 6; of the rest, 1 (old), 2 and 3 (canary) and 4 (live's previous) are referenced.
    assert.equal(r.outputs['pruned-versions'], '5');
    assert.deepEqual([...fake.fn(name).versions.keys()].sort(), ['1', '2', '3', '4', '6', '7']);
    const deletes = callsFor(name).filter((c) => c.op === 'DeleteFunction');
    assert.deepEqual(
      deletes.map((d) => d.query.Qualifier),
      ['5'],
    );
    const pages = callsFor(name).filter((c) => c.op === 'ListVersionsByFunction');
    assert.ok(pages.length >= 4 && pages.slice(1).every((p) => p.query.Marker), 'versions were read page by page');
    assert.ok(callsFor(name).filter((c) => c.op === 'ListAliases').length >= 2, 'aliases were read page by page');
  });

  it("preview cleanup deletes the PR's alias and versions and nothing else", async () => {
    const name = freshName('rel-preview');
    fake.addFunction({ name, code: Buffer.from('old') });
    const a = fake.seedVersion(name, 'PR #12 [nasm-lambda sha=aaaaaaa alias=pr-12]');
    const b = fake.seedVersion(name, 'PR #12 [nasm-lambda sha=bbbbbbb alias=pr-12]');
    const other = fake.seedVersion(name, 'PR #13 [nasm-lambda sha=ccccccc alias=pr-13]');
    const mine = fake.seedVersion(name, 'no record');
    fake.seedAlias(name, 'pr-13', other);
    // Someone promoted one of PR 12's versions to live: it must stay.
    fake.seedAlias(name, 'live', a);
    const deployed = await action(echo, { 'function-name': name, alias: 'pr-12', 'function-url': 'true' });
    assertOk(deployed);
    const latest = deployed.outputs.version;

    const empty = await tempDir('release-nosrc-');
    try {
      const r = await action(empty, { 'function-name': name, alias: 'pr-12', 'delete-alias': 'true' });
      assertOk(r);
      assert.equal(r.outputs['pruned-versions'], [b, latest].join(','));
      const left = [...fake.fn(name).versions.keys()].sort();
      assert.deepEqual(left, [a, other, mine].sort());
      assert.equal(fake.fn(name).aliases.has('pr-12'), false);
      assert.ok(fake.fn(name).aliases.has('pr-13') && fake.fn(name).aliases.has('live'));
      assert.match(r.summary, /Versions deleted/);

      const again = await action(empty, { 'function-name': name, alias: 'pr-12', 'delete-alias': 'true' });
      assertOk(again);
      assert.equal(again.outputs['pruned-versions'], '');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('environment is merged with a concurrent writer in between; a rerun sends no configuration update', async () => {
    const name = freshName('rel-env');
    fake.addFunction({ name, code: Buffer.from('old'), environment: { KEEP: 'me', OLD: 'x' } });
    fake.beforeNext('UpdateFunctionConfiguration', () => fake.setEnvironment(name, { KEEP: 'me', OLD: 'x', THEIRS: 'concurrent' }));
    const inputs = { 'function-name': name, environment: 'NEW_SECRET=hunter2-very-secret\n!OLD', 'memory-size': '512', timeout: '10' };
    const r = await action(echo, inputs);
    assertOk(r);
    const latest = fake.fn(name).latest;
    assert.deepEqual(latest.Environment, { Variables: { KEEP: 'me', THEIRS: 'concurrent', NEW_SECRET: 'hunter2-very-secret' } });
    assert.equal(latest.MemorySize, 512);
    assert.equal(latest.Timeout, 10);
    const updates = callsFor(name).filter((c) => c.op === 'UpdateFunctionConfiguration');
    assert.deepEqual(
      updates.map((u) => u.status),
      [412, 200],
      'the stale write was refused, then merged again',
    );
    assert.deepEqual(Object.keys(updates[1].body!).sort(), ['Environment', 'MemorySize', 'RevisionId', 'Timeout']);
    // The value is registered as a secret (the front door turns Logger.secret into add-mask) and never logged.
    const logged = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    assert.ok(!logged.includes('hunter2') && !r.summary.includes('hunter2'), `values never reach the log or summary:\n${logged}`);
    assert.match(r.stdout, /NEW_SECRET/);

    const before = callsFor(name).length;
    const again = await action(echo, inputs);
    assertOk(again);
    assert.ok(
      !callsFor(name)
        .slice(before)
        .some((c) => c.op === 'UpdateFunctionConfiguration'),
      'nothing changed, nothing sent',
    );
  });

  it('a dry run writes nothing and invokes nothing, and lists what keep-versions would delete', async () => {
    const name = freshName('rel-dry');
    fake.addFunction({ name, code: Buffer.from('old'), environment: { A: 'b' } });
    for (let i = 0; i < 4; i++) fake.seedVersion(name);
    fake.seedAlias(name, 'live', '4');
    const r = await action(echo, {
      'function-name': name,
      alias: 'live',
      'dry-run': 'true',
      'test-event': EVENT,
      'remote-test': 'true',
      'keep-versions': '2',
      environment: 'SECRET_KEY=dry-run-secret-value',
    });
    assertOk(r);
    assert.deepEqual(writesFor(name), []);
    assert.deepEqual(
      fake.invocations.filter((i) => i.function === name),
      [],
    );
    assert.ok(!callsFor(name).some((c) => c.op === 'Invoke'));
    // A new version 5 would be the newest, 4 the second (and live's previous): 1–3 would go.
    assert.equal(r.outputs['pruned-versions'], '1,2,3');
    assert.match(r.stdout, /would change the configuration: set environment SECRET_KEY/);
    assert.ok(!r.stdout.split('\n').some((l) => l.includes('dry-run-secret-value') && !l.startsWith('::add-mask::')));
    assert.equal(r.outputs['remote-response'], '');
  });
});

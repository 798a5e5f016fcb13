/** The rules each stage shares (options/rules.ts) and the local-test and bootstrap inputs, as a user meets them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NasmLambdaError } from '../src/errors.ts';
import { parseOptions, type RawInputs } from '../src/options/index.ts';
import { MAX_EVENT_BYTES } from '../src/options/local-test.ts';
import { checkEndpointUrl, checkFunctionName, checkHandlerPath, checkRegion, checkRetentionDays } from '../src/options/rules.ts';
import { generateBootstrap } from '../src/runtime/bootstrap.ts';
import { checkUnqualified } from '../src/deploy/checks.ts';

const ctx = { cwd: '/work/repo', env: {} as Record<string, string> };

function failsOn(fn: () => unknown, input: string, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof NasmLambdaError, String(e));
    assert.equal(e.input, input);
    assert.match(e.message, pattern);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  });
}
const parse = (raw: RawInputs) => parseOptions(raw, ctx);

describe('each rule, once', () => {
  it('the handler rule: options, the shell bootstrap and the checks all refuse the same values', () => {
    for (const bad of ['/abs', 'a/../b', '..', 'a//b', './a', 'a b', "it's", 'x'.repeat(129)]) {
      failsOn(() => checkHandlerPath(bad), 'handler', /handler/);
      failsOn(() => parse({ handler: bad }), 'handler', /./);
      failsOn(() => generateBootstrap({ handler: bad }), 'handler', /./);
    }
    assert.equal(checkHandlerPath('bin/app.v2_x-y'), 'bin/app.v2_x-y');
  });

  it('function names: plain, full ARN and partial ARN pass; qualified ones are refused the same way by options and deploy', () => {
    for (const ok of ['fn', 'my_fn-1', 'arn:aws:lambda:us-east-1:123456789012:function:fn', '123456789012:function:fn'])
      assert.equal(checkFunctionName(ok), ok);
    for (const q of ['fn:live', 'arn:aws:lambda:us-east-1:123456789012:function:fn:3', '123456789012:function:fn:$LATEST']) {
      failsOn(() => checkFunctionName(q), 'function-name', /names a version or alias/);
      failsOn(() => checkUnqualified(q), 'function-name', /names a version or alias/);
      failsOn(() => parse({ 'function-name': q, region: 'us-east-1' }), 'function-name', /names a version or alias/);
    }
    failsOn(() => checkFunctionName('bad name'), 'function-name', /not a function name or ARN/);
  });

  it('region, endpoint URL and retention days', () => {
    assert.equal(checkRegion('eu-central-1'), 'eu-central-1');
    failsOn(() => checkRegion('Frankfurt'), 'region', /not an AWS region/);
    assert.equal(checkEndpointUrl('http://127.0.0.1:4566'), 'http://127.0.0.1:4566');
    for (const bad of ['localhost:4566', 'ftp://x', 'http://', 'not a url']) failsOn(() => checkEndpointUrl(bad), 'endpoint-url', /not an http\(s\) URL/);
    assert.equal(checkRetentionDays(''), undefined);
    assert.equal(checkRetentionDays('7'), 7);
    assert.equal(checkRetentionDays(0), undefined);
    for (const bad of ['0.5', '401', '-1', 'week']) failsOn(() => checkRetentionDays(bad), 'retention-days', /1 to 400/);
  });
});

describe('bootstrap modes', () => {
  it('generated is the default; in-process, shell, none and a path are understood', () => {
    assert.deepEqual(parse({}).build.bootstrap, { kind: 'generated' });
    assert.deepEqual(parse({ bootstrap: 'in-process' }).build.bootstrap, { kind: 'in-process' });
    assert.deepEqual(parse({ bootstrap: 'shell' }).build.bootstrap, { kind: 'shell' });
    assert.deepEqual(parse({ bootstrap: 'none' }).build.bootstrap, { kind: 'none' });
    assert.deepEqual(parse({ bootstrap: 'my/bootstrap' }).build.bootstrap, { kind: 'file', path: '/work/repo/my/bootstrap' });
  });
  it('handler: bootstrap clashes with a bootstrap file, but not in-process or none, where the executable is the bootstrap', () => {
    failsOn(() => parse({ handler: 'bootstrap' }), 'handler', /bootstrap file occupies/);
    failsOn(() => parse({ handler: 'bootstrap', bootstrap: 'shell' }), 'handler', /bootstrap file occupies/);
    assert.equal(parse({ handler: 'bootstrap', bootstrap: 'in-process' }).build.handler, 'bootstrap');
  });
  it('in-process owns _start, so another entry is an input error rather than ignored', () => {
    failsOn(() => parse({ bootstrap: 'in-process', entry: 'main' }), 'entry', /runtime owns _start/);
    assert.equal(parse({ bootstrap: 'in-process' }).build.entry, '_start');
  });
});

describe('local test inputs', () => {
  it('test-event and test-event-file are one or the other; the file is relative to working-directory', () => {
    failsOn(() => parse({ 'test-event': '{}', 'test-event-file': 'e.json' }), 'test-event-file', /together with test-event/);
    failsOn(() => parse({ 'test-event-file': '/etc/passwd' }), 'test-event-file', /absolute/);
    assert.equal(parse({ 'test-event-file': 'events/a.json', 'working-directory': 'fn' }).localTest.eventFile, '/work/repo/fn/events/a.json');
  });
  it('an event over Lambda’s synchronous limit is refused before anything runs', () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_EVENT_BYTES) });
    failsOn(() => parse({ 'test-event': big }), 'test-event', /6291456 bytes/);
    failsOn(() => parse({ 'test-event': '{nope' }), 'test-event', /not valid JSON/);
  });
  it('test-timeout is whole seconds from 1 to 900', () => {
    assert.equal(parse({ 'test-timeout': '5' }).localTest.timeoutMs, 5000);
    assert.equal(parse({}).localTest.timeoutMs, undefined);
    for (const bad of ['0', '901', '2.5', 'soon']) failsOn(() => parse({ 'test-timeout': bad }), 'test-timeout', /1 to 900/);
  });
  it('test-environment takes KEY=VALUE and !KEY lines, and refuses reserved names, naming test-environment', () => {
    assert.deepEqual(parse({ 'test-environment': 'AA=1\nBB=x=y\n!CC' }).localTest.environment, { set: { AA: '1', BB: 'x=y' }, remove: ['CC'] });
    failsOn(() => parse({ 'test-environment': 'AWS_REGION=us-east-1' }), 'test-environment', /reserved/);
    failsOn(() => parse({ 'test-environment': 'oops' }), 'test-environment', /neither KEY=VALUE nor !KEY/);
  });
});

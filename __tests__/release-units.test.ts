import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchResponse } from '../src/deploy/expect.ts';
import { aliasVersions, pruneCandidates, referencedVersions } from '../src/deploy/prune.ts';
import { aliasDescription, parseVersionRecord, recordedPrevious, versionDescription, versionDescriptionRoom } from '../src/deploy/records.ts';
import { parseReportLine, remoteTest, remoteTestError } from '../src/deploy/remote-test.ts';
import type { LambdaApi } from '../src/deploy/client.ts';
import { MemoryLogger } from '../src/log.ts';
import { mergeSettings } from '../src/deploy/settings.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { parseOptions, type RawInputs } from '../src/options/index.ts';
import { parseEnvironment } from '../src/options/deploy.ts';

/** The pure parts of release safety: records, comparisons, REPORT lines, pruning choices, merges, inputs. */

const parse = (raw: RawInputs, env: Record<string, string | undefined> = { AWS_REGION: 'us-east-1' }) => parseOptions(raw, { cwd: '/tmp', env });

function inputFails(raw: RawInputs, input: string, pattern: RegExp, env?: Record<string, string | undefined>): void {
  assert.throws(
    () => parse(raw, env),
    (e: unknown) => e instanceof NasmLambdaError && e.input === input && pattern.test(e.message),
    `${JSON.stringify(raw)} should fail on ${input} with ${pattern}`,
  );
}

describe('description records', () => {
  it('writes and reads the version record', () => {
    const d = versionDescription('v1.2.3', { sha: '0123456789abcdef', alias: 'pr-12' });
    assert.equal(d, 'v1.2.3 [nasm-lambda sha=0123456 alias=pr-12]');
    assert.deepEqual(parseVersionRecord(d), { sha: '0123456', alias: 'pr-12' });
    assert.equal(versionDescription(undefined, {}), '[nasm-lambda]');
    assert.deepEqual(parseVersionRecord('[nasm-lambda]'), { sha: undefined, alias: undefined });
    assert.equal(parseVersionRecord('just text'), undefined);
    assert.equal(parseVersionRecord('text [nasm-lambda alias=x] more'), undefined, 'the record must end the description');
  });

  it('leaves room for the record within 256 characters', () => {
    const room = versionDescriptionRoom({ sha: 'abcdef0', alias: 'a'.repeat(128) });
    const d = versionDescription('x'.repeat(room), { sha: 'abcdef0', alias: 'a'.repeat(128) });
    assert.equal(d.length, 256);
  });

  it("keeps the user's alias description and replaces only our record", () => {
    assert.equal(aliasDescription('', '3'), '[nasm-lambda previous=3]');
    assert.equal(aliasDescription('production', '3'), 'production [nasm-lambda previous=3]');
    assert.equal(aliasDescription('production [nasm-lambda previous=3]', '4'), 'production [nasm-lambda previous=4]');
    assert.equal(recordedPrevious('production [nasm-lambda previous=4]'), '4');
    assert.equal(recordedPrevious('[nasm-lambda previous=$LATEST]'), undefined);
    assert.equal(aliasDescription('y'.repeat(300), '12').length, 256);
  });
});

describe('expect-response', () => {
  it('compares JSON as values, key order and whitespace ignored', () => {
    assert.equal(matchResponse('{"a":1,"b":[1,2]}', Buffer.from('{ "b": [1, 2], "a": 1 }')).ok, true);
    const m = matchResponse('{"a":1}', '{"a":2}');
    assert.equal(m.ok, false);
    assert.equal(m.as, 'json');
    assert.match(!m.ok ? m.message : '', /expected the JSON value \{"a":1\}, got \{"a":2\}/);
    assert.equal(matchResponse('[1,2]', '[2,1]').ok, false, 'array order counts');
  });

  it('compares anything else byte for byte', () => {
    assert.equal(matchResponse('hi\n', Buffer.from('hi\n')).ok, true);
    const m = matchResponse('hi', Buffer.from('hi\n'));
    assert.equal(m.ok, false);
    assert.equal(m.as, 'bytes');
    assert.match(!m.ok ? m.message : '', /expected "hi", got "hi\\n"/);
    assert.equal(matchResponse('{"a":1}', 'not json').ok, false);
  });
});

describe('REPORT line', () => {
  it('reads the figures Lambda prints', () => {
    const log = [
      'START RequestId: 8f5 Version: 3',
      'some output',
      'END RequestId: 8f5',
      'REPORT RequestId: 8f5\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB\tInit Duration: 3.45 ms\t',
      '',
    ].join('\n');
    assert.deepEqual(parseReportLine(log), { durationMs: 1.23, billedMs: 2, memorySizeMb: 128, maxMemoryMb: 20, initMs: 3.45 });
  });

  it('leaves out what a warm start or a cut tail does not have', () => {
    assert.deepEqual(parseReportLine('REPORT RequestId: x Duration: 0.90 ms Billed Duration: 1 ms Memory Size: 256 MB Max Memory Used: 15 MB'), {
      durationMs: 0.9,
      billedMs: 1,
      memorySizeMb: 256,
      maxMemoryMb: 15,
    });
    assert.deepEqual(parseReportLine('no report here'), {});
  });
});

describe('pruning choices', () => {
  const alias = (Name: string, FunctionVersion: string, extra: Record<string, unknown> = {}) => ({ Name, FunctionVersion, ...extra });

  it('never picks a referenced version, nor the newest N', () => {
    const refs = referencedVersions([
      alias('live', '9', { Description: '[nasm-lambda previous=7]' }),
      alias('canary', '8', { RoutingConfig: { AdditionalVersionWeights: { '3': 0.1 } } }),
    ]);
    assert.deepEqual([...refs].sort(), ['3', '7', '8', '9']);
    assert.deepEqual(pruneCandidates(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 3, refs), ['1', '2', '4', '5', '6']);
    assert.deepEqual(pruneCandidates(['1', '2'], 5, new Set()), []);
    assert.deepEqual(pruneCandidates(['$LATEST', '1', '2'], 0, new Set()), ['1', '2'], '$LATEST is never a candidate');
  });

  it("finds an alias's versions by their records, minus what others use", () => {
    const versions = [
      { Version: '1', Description: 'a [nasm-lambda alias=pr-1]' },
      { Version: '2', Description: 'b [nasm-lambda sha=abc1234 alias=pr-1]' },
      { Version: '3', Description: '[nasm-lambda alias=pr-10]' },
      { Version: '4', Description: 'pr-1 by hand' },
    ];
    assert.deepEqual(aliasVersions(versions, 'pr-1', new Set(['2'])), ['1']);
  });
});

describe('settings merge', () => {
  it('sets and removes only the named keys, and reports names only', () => {
    const m = mergeSettings(
      { Environment: { Variables: { KEEP: '1', OLD: 'x', SAME: 's' } }, MemorySize: 128, Timeout: 3, Handler: 'bin/app' },
      { environment: { set: { NEW: 'secret', SAME: 's' }, remove: ['OLD', 'ABSENT'] }, memorySize: 256 },
      'bin/app',
    );
    assert.deepEqual(m.environment, { KEEP: '1', SAME: 's', NEW: 'secret' });
    assert.deepEqual(m.update, { Environment: { Variables: { KEEP: '1', SAME: 's', NEW: 'secret' } }, MemorySize: 256 });
    assert.deepEqual(m.changes, ['set environment NEW', 'remove environment OLD', 'memory 128 → 256 MB']);
    assert.ok(!m.changes.join(' ').includes('secret'));
  });

  it('sends nothing when nothing differs', () => {
    const m = mergeSettings(
      { Environment: { Variables: { A: 'b' } }, MemorySize: 256, Timeout: 10, Handler: 'bin/app' },
      { environment: { set: { A: 'b' }, remove: ['Z'] }, memorySize: 256, timeout: 10 },
      'bin/app',
    );
    assert.deepEqual(m.update, {});
    assert.deepEqual(m.changes, []);
  });
});

describe('release inputs', () => {
  const base = { 'function-name': 'fn' };

  it('parses the new inputs into deploy options', () => {
    const o = parse(
      {
        ...base,
        alias: 'live',
        'test-event': '{"a":1}',
        'remote-test': 'true',
        'expect-response': ' {"a": 1} ',
        'keep-versions': '5',
        environment: 'A_B=x=y\n# comment\n\n!OLD',
        'memory-size': '256',
        timeout: '30',
        'deploy-timeout': '120',
      },
      { AWS_REGION: 'us-east-1', GITHUB_SHA: 'ABCDEF0123456789abcdef0123456789abcdef01' },
    );
    const d = o.deploy!;
    assert.deepEqual(d.remoteTest, { event: '{"a":1}' });
    assert.equal(d.expectResponse, '{"a": 1}');
    assert.equal(o.expectResponse, '{"a": 1}');
    assert.equal(d.keepVersions, 5);
    assert.deepEqual(d.settings, { environment: { set: { A_B: 'x=y' }, remove: ['OLD'] }, memorySize: 256, timeout: 30 });
    assert.equal(d.deployTimeoutSeconds, 120);
    assert.equal(d.commitSha, 'abcdef0');
  });

  it('keeps a non-JSON expect-response byte for byte, and needs test-event', () => {
    assert.equal(parse({ 'test-event': '{}', 'expect-response': 'hi\n' }).expectResponse, 'hi\n');
    inputFails({ 'expect-response': 'x' }, 'expect-response', /test-event and test-event-file are empty/);
  });

  it('refuses what cannot work, before anything runs', () => {
    inputFails({ ...base, 'remote-test': 'true', alias: 'live' }, 'remote-test', /needs test-event/);
    inputFails({ ...base, 'remote-test': 'true', 'test-event': '{}' }, 'remote-test', /needs a version/);
    inputFails({ ...base, 'keep-versions': '3' }, 'keep-versions', /nothing is published/);
    inputFails({ ...base, publish: 'true', 'keep-versions': '0' }, 'keep-versions', /whole number from 1/);
    inputFails({ ...base, 'memory-size': '64' }, 'memory-size', /from 128 to 10240/);
    inputFails({ ...base, 'memory-size': '20000' }, 'memory-size', /from 128 to 10240/);
    inputFails({ ...base, timeout: '901' }, 'timeout', /from 1 to 900/);
    inputFails({ ...base, timeout: '0' }, 'timeout', /from 1 to 900/);
    inputFails({ ...base, 'deploy-timeout': 'soon' }, 'deploy-timeout', /whole number/);
    inputFails({ ...base, rollback: 'true' }, 'rollback', /needs the alias/);
    inputFails({ ...base, alias: 'live', rollback: 'true', 'promote-from': 'staging' }, 'promote-from', /both set/);
    inputFails({ ...base, alias: 'live', 'rollback-to': '3' }, 'rollback-to', /rollback is not true/);
    inputFails({ ...base, alias: 'live', rollback: 'true', 'rollback-to': 'v3' }, 'rollback-to', /not a version number/);
    inputFails({ ...base, alias: 'live', 'promote-from': 'staging', 'keep-versions': '3' }, 'keep-versions', /only moves an alias/);
    inputFails({ ...base, alias: 'live', rollback: 'true', 'delete-alias': 'true' }, 'rollback', /delete-alias are both set/);
    inputFails({ 'remote-test': 'true' }, 'remote-test', /function-name is empty/);
  });

  it('parses rollback and promote modes', () => {
    assert.deepEqual(parse({ ...base, alias: 'live', rollback: 'true' }).deploy?.mode, { kind: 'rollback' });
    assert.deepEqual(parse({ ...base, alias: 'live', rollback: 'true', 'rollback-to': '7' }).deploy?.mode, { kind: 'rollback', to: '7' });
    assert.deepEqual(parse({ ...base, alias: 'live', 'promote-from': 'staging' }).deploy?.mode, { kind: 'promote', from: 'staging' });
  });

  it('a version-description that leaves no room for the record is an input error', () => {
    const env = { AWS_REGION: 'us-east-1', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' };
    const record = ' [nasm-lambda sha=0123456 alias=live]';
    assert.ok(parse({ ...base, alias: 'live', 'version-description': 'x'.repeat(256 - record.length) }, env));
    inputFails({ ...base, alias: 'live', 'version-description': 'x'.repeat(257 - record.length) }, 'version-description', /only 219 fit/, env);
  });

  it('environment errors name the line and key, never the value', () => {
    assert.throws(
      () => parseEnvironment('GOOD=1\nthis-is-the-secret-value'),
      (e: unknown) => e instanceof NasmLambdaError && /line 2/.test(e.message) && !e.message.includes('secret-value'),
    );
    assert.throws(() => parseEnvironment('AWS_REGION=x'), /reserved by Lambda/);
    assert.throws(() => parseEnvironment('AWS_LAMBDA_X=1'), /reserved by Lambda/);
    assert.throws(() => parseEnvironment('A=1'), /not a valid variable name/);
    assert.throws(() => parseEnvironment('AB=1\nAB=2'), /appears twice/);
    assert.throws(() => parseEnvironment('AB=1\n!AB'), /appears twice/);
    assert.equal(parseEnvironment('  \n# only comments\n'), undefined);
  });
});

describe('remote test verdicts', () => {
  const tail = Buffer.from(
    'START RequestId: r Version: 4\nEND RequestId: r\nREPORT RequestId: r\tDuration: 2.50 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\tMax Memory Used: 9 MB\t\n',
  ).toString('base64');
  const api = (out: Record<string, unknown>, log = new MemoryLogger()) => ({ log, call: async () => out }) as unknown as LambdaApi;

  it('a response that fails expect-response on Lambda fails, showing both', async () => {
    const log = new MemoryLogger();
    const r = await remoteTest(api({ Payload: Buffer.from('{"a":2}'), LogResult: tail }, log), 'fn', '4', '{}', '{"a":1}');
    assert.equal(r.ok, false);
    assert.match(r.failure!, /version 4 answered the remote test-event with the wrong response: expected the JSON value \{"a":1\}, got \{"a":2\}/);
    assert.deepEqual(r.report, { durationMs: 2.5, billedMs: 3, memorySizeMb: 128, maxMemoryMb: 9 });
    const err = remoteTestError(r, 'live');
    assert.equal(err.input, 'expect-response');
    assert.match(err.message, /alias live was not moved/);
    assert.ok(
      log.foreign.some((l) => l.includes('REPORT RequestId')),
      'the log tail is passed on as foreign text',
    );
  });

  it('a function error fails whatever the response; a match passes', async () => {
    const failed = await remoteTest(
      api({ Payload: Buffer.from('{"errorType":"Function.ExitError","errorMessage":"exit status 3"}'), FunctionError: 'Unhandled' }),
      'fn',
      '5',
      '{}',
      undefined,
    );
    assert.equal(failed.ok, false);
    assert.match(failed.failure!, /version 5 failed the remote test: Unhandled error: Function.ExitError: exit status 3/);
    const ok = await remoteTest(api({ Payload: Buffer.from('{ "a" : 1 }') }), 'fn', '6', '{}', '{"a":1}');
    assert.equal(ok.ok, true);
  });
});

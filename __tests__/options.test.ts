import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { NasmLambdaError } from '../src/errors.ts';
import { INPUT_DEFAULTS, parseHandler, parseOptions, type RawInputs } from '../src/options/index.ts';
import { splitList, splitShellWords } from '../src/options/shellwords.ts';
import { actionDefaults, repoRoot } from './helpers/action-runner.ts';

const ctx = { cwd: '/work/repo', env: {} as Record<string, string> };

function rejects(raw: RawInputs, input: string, pattern: RegExp, env: Record<string, string> = {}): void {
  assert.throws(
    () => parseOptions(raw, { ...ctx, env }),
    (e: unknown) => {
      assert.ok(e instanceof NasmLambdaError, `expected NasmLambdaError, got ${String(e)}`);
      assert.equal(e.input, input);
      assert.match(e.message, pattern);
      assert.ok(!e.message.includes('\n'), 'one line');
      assert.ok(e.message.startsWith(`Input '${input}'`), e.message);
      return true;
    },
  );
}

describe('options', () => {
  it('defaults match action.yml exactly', async () => {
    assert.deepEqual({ ...INPUT_DEFAULTS }, await actionDefaults());
  });

  it('parses the defaults into a build-only run', () => {
    const o = parseOptions({}, ctx);
    assert.equal(o.build.workingDirectory, '/work/repo');
    assert.deepEqual(o.build.sources, ['src/**/*.asm']);
    assert.equal(o.build.handler, 'bin/app');
    assert.deepEqual(o.build.bootstrap, { kind: 'generated' });
    assert.equal(o.build.outputDir, '/work/repo/.nasm-lambda');
    assert.equal(o.build.installTools, true);
    assert.deepEqual(o.artifact, { name: 'lambda-function', retentionDays: undefined });
    assert.equal(o.deploy, undefined);
    assert.equal(o.deleteAlias, false);
  });

  it('resolves paths against working-directory and splits lists and words', () => {
    const o = parseOptions(
      {
        'working-directory': 'app',
        'include-paths': 'inc\n  macros , ',
        'nasm-args': `-w+all -D'GREETING="hi there"'`,
        'ld-args': '--gc-sections',
        files: 'config/*.json\n!config/dev.json',
        'output-dir': 'out',
        bootstrap: 'scripts/bootstrap',
        'retention-days': '7',
        'artifact-name': '',
      },
      ctx,
    );
    assert.equal(o.build.workingDirectory, '/work/repo/app');
    assert.deepEqual(o.build.includePaths, ['/work/repo/app/inc', '/work/repo/app/macros']);
    assert.deepEqual(o.build.nasmArgs, ['-w+all', '-DGREETING="hi there"']);
    assert.deepEqual(o.build.ldArgs, ['--gc-sections']);
    assert.deepEqual(o.build.files, ['config/*.json', '!config/dev.json']);
    assert.equal(o.build.outputDir, '/work/repo/app/out');
    assert.deepEqual(o.build.bootstrap, { kind: 'file', path: '/work/repo/app/scripts/bootstrap' });
    assert.equal(o.artifact, undefined);
  });

  it('accepts good handlers and rejects each kind of bad one', () => {
    for (const ok of ['bin/app', 'app', 'a.b/c_d-e', 'x/y/z']) assert.equal(parseHandler(ok), ok);
    rejects({ handler: '../app' }, 'handler', /\.\. part/);
    rejects({ handler: 'bin/../../etc' }, 'handler', /\.\. part/);
    rejects({ handler: '/bin/app' }, 'handler', /starts with \//);
    rejects({ handler: 'bin/$(id)' }, 'handler', /characters outside/);
    rejects({ handler: 'bin app' }, 'handler', /characters outside/);
    rejects({ handler: 'bin//app' }, 'handler', /empty or \. part/);
    rejects({ handler: 'bin/' }, 'handler', /empty or \. part/);
    rejects({ handler: './app' }, 'handler', /empty or \. part/);
    rejects({ handler: '' }, 'handler', /is empty/);
    rejects({ handler: 'a/'.repeat(64) + 'b' }, 'handler', /at most 128/);
    rejects({ handler: 'bootstrap' }, 'handler', /which the bootstrap file occupies/);
    rejects({ handler: 'bootstrap', bootstrap: 'my-bootstrap' }, 'handler', /which the bootstrap file occupies/);
    assert.equal(parseOptions({ handler: 'bootstrap', bootstrap: 'none' }, ctx).build.handler, 'bootstrap');
  });

  it('rejects bad booleans, tools mode, retention, entry, event and quoting', () => {
    rejects({ strip: 'yes' }, 'strip', /not a boolean.*use true or false/);
    rejects({ 'install-tools': 'always' }, 'install-tools', /not auto or false/);
    rejects({ 'retention-days': '0' }, 'retention-days', /1 to 400/);
    rejects({ 'retention-days': '7d' }, 'retention-days', /1 to 400/);
    rejects({ entry: 'main;rm' }, 'entry', /not a symbol name/);
    rejects({ 'test-event': '{"a":' }, 'test-event', /not valid JSON/);
    rejects({ 'nasm-args': '-D"X' }, 'nasm-args', /unterminated " quote/);
    rejects({ sources: ' , \n' }, 'sources', /no globs/);
  });

  it('builds deploy options, resolving the region from the environment', () => {
    const o = parseOptions(
      { 'function-name': 'hello', alias: 'v1.2.3', 'function-url': 'true', 'function-url-auth': 'none' },
      { ...ctx, env: { AWS_DEFAULT_REGION: 'eu-west-1' } },
    );
    assert.deepEqual(o.deploy, {
      functionName: 'hello',
      region: 'eu-west-1',
      endpointUrl: undefined,
      publish: true,
      versionDescription: undefined,
      alias: 'v1-2-3',
      functionUrl: true,
      functionUrlAuth: 'NONE',
      role: undefined,
      skipUnchanged: true,
      dryRun: false,
      handler: 'bin/app',
    });
    assert.equal(parseOptions({ 'function-name': 'f', region: 'us-east-1' }, { ...ctx, env: { AWS_REGION: 'eu-west-1' } }).deploy?.region, 'us-east-1');
    assert.equal(
      parseOptions({ 'function-name': 'f' }, { ...ctx, env: { AWS_REGION: 'ap-northeast-1', AWS_DEFAULT_REGION: 'eu-west-1' } }).deploy?.region,
      'ap-northeast-1',
    );
  });

  it('rejects bad deploy inputs, naming each', () => {
    const env = { AWS_REGION: 'us-east-1' };
    rejects({ 'function-name': 'f' }, 'region', /no AWS region.*AWS_REGION/);
    rejects({ 'function-name': 'f', region: 'mars' }, 'region', /not an AWS region/, env);
    rejects({ 'function-name': 'my function' }, 'function-name', /not a function name/, env);
    rejects({ 'function-name': 'fn:live' }, 'function-name', /names a version or alias/, env);
    rejects({ 'function-name': 'arn:aws:lambda:us-east-1:123456789012:function:fn:3' }, 'function-name', /names a version or alias/, env);
    rejects({ 'function-name': 'f', 'function-url-auth': 'public' }, 'function-url-auth', /AWS_IAM or NONE/, env);
    rejects({ 'function-name': 'f', 'endpoint-url': 'localhost:4566' }, 'endpoint-url', /http\(s\) URL/, env);
    rejects({ 'function-name': 'f', role: 'admin' }, 'role', /IAM role ARN/, env);
    rejects({ 'function-name': 'f', alias: '12345' }, 'alias', /all digits/, env);
    rejects({ alias: 'pr-7' }, 'alias', /function-name is empty/);
    rejects({ publish: 'true' }, 'publish', /function-name is empty/);
    rejects({ 'function-url-auth': 'NONE' }, 'function-url-auth', /function-name is empty/);
    rejects({ 'skip-unchanged': 'false' }, 'skip-unchanged', /function-name is empty/);
    rejects({ 'endpoint-url': 'http://127.0.0.1:4566' }, 'endpoint-url', /function-name is empty/);
    rejects({ 'function-name': 'f', 'version-description': 'x'.repeat(257) }, 'version-description', /at most 256/, env);
    rejects({ 'function-name': 'arn:aws:lambda:eu-west-1:123456789012:function:f', region: 'us-east-1' }, 'region', /ARN is in eu-west-1/, env);
    rejects({ 'output-dir': '.' }, 'output-dir', /working-directory itself or a parent/);
    rejects({ 'working-directory': 'app', 'output-dir': '..' }, 'output-dir', /working-directory itself or a parent/);
    rejects({ 'function-name': 'f', 'delete-alias': 'true' }, 'delete-alias', /needs function-name and alias/, env);
  });

  it('accepts a function ARN and takes its region', () => {
    const arn = 'arn:aws:lambda:eu-central-1:123456789012:function:hello';
    const d = parseOptions({ 'function-name': arn }, { ...ctx, env: { AWS_REGION: 'us-east-1' } }).deploy;
    assert.equal(d?.functionName, arn);
    assert.equal(d?.region, 'eu-central-1');
  });

  it('action.yml declares every input the options know, and nothing else', async () => {
    const text = await readFile(path.join(repoRoot, 'action.yml'), 'utf8');
    assert.match(text, /using: node24/);
    assert.deepEqual(Object.keys(await actionDefaults()).sort(), Object.keys(INPUT_DEFAULTS).sort());
  });
});

describe('shell words and lists', () => {
  it('splits like a shell, without expanding anything', () => {
    assert.deepEqual(splitShellWords(`a  'b c' "d \\"e\\"" f\\ g $(id) \`x\` ''`, 'x'), ['a', 'b c', 'd "e"', 'f g', '$(id)', '`x`', '']);
    assert.deepEqual(splitShellWords('', 'x'), []);
    assert.deepEqual(splitShellWords('  -O3\n-w+all\t', 'x'), ['-O3', '-w+all']);
    assert.throws(() => splitShellWords("'open", 'ld-args'), /Input 'ld-args': unterminated ' quote/);
  });
  it('splits lists on newlines and commas', () => {
    assert.deepEqual(splitList('a, b\n\n c ,'), ['a', 'b', 'c']);
    assert.deepEqual(splitList('src/{a,b}/*.asm, lib/*.asm\n!src/{x,y}.asm'), ['src/{a,b}/*.asm', 'lib/*.asm', '!src/{x,y}.asm']);
  });
});

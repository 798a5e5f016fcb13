/**
 * What a person at a terminal sees from `nasm-lambda`: the Node.js version
 * check, --help and --version, the wording of errors (flags, not inputs;
 * laptop advice, not runner advice), the function log of a local invoke,
 * output into a closed pipe, and a deploy with a region and credentials from
 * ~/.aws/config. The bundle under test is NASM_LAMBDA_CLI (default dist/cli/index.js).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { renderCliInputs } from '../scripts/readme-tables.ts';
import { cliMessage, forLaptop, RUNNER_ONLY } from '../src/cli/wording.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { INPUT_DEFAULTS } from '../src/options/index.ts';
import { cliEntry, repoRoot, runCli } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { requireTools } from './helpers/preflight.ts';
import { FakeLambda } from './servers/lambda-api.ts';

const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function temp(prefix: string): Promise<string> {
  const d = await tempDir(prefix);
  cleanup.push(d);
  return d;
}

/** A project whose handler writes `stderr` to stderr, `stdout` to stdout and exits `status`. */
async function handlerProject(opts: { stderr: string; stdout: string; status: number }): Promise<string> {
  const ws = await temp('cli-handler-');
  await mkdir(path.join(ws, 'src'));
  const bytes = (s: string) => [...Buffer.from(s)].join(', ');
  await writeFile(
    path.join(ws, 'src', 'app.asm'),
    `section .rodata
err: db ${bytes(opts.stderr)}
errlen: equ $ - err
out: db ${bytes(opts.stdout)}
outlen: equ $ - out
section .text
global _start
_start:
    mov eax, 1
    mov edi, 2
    lea rsi, [rel err]
    mov edx, errlen
    syscall
    mov eax, 1
    mov edi, 1
    lea rsi, [rel out]
    mov edx, outlen
    syscall
    mov eax, 60
    mov edi, ${opts.status}
    syscall
`,
  );
  return ws;
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Runs the bundle with `node` (any Node.js), optionally faking its version; stdout is read or closed at once. */
function runBundle(args: string[], opts: { node?: string; fakeVersion?: string; closeStdout?: boolean; cwd?: string } = {}) {
  const pre = opts.fakeVersion
    ? ['--import', `data:text/javascript,Object.defineProperty(process.versions,'node',{value:${JSON.stringify(opts.fakeVersion)}})`]
    : [];
  const child = spawn(opts.node ?? process.execPath, [...pre, cliEntry, ...args], { cwd: opts.cwd ?? repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  if (opts.closeStdout) child.stdout.destroy();
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A `node` on PATH, outside node_modules, older than 22.17, such as a distribution's Node 20. */
function oldSystemNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const node = path.join(dir, 'node');
    try {
      const v = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
      const [major, minor] = v.split('.').map(Number);
      if (major < 22 || (major === 22 && minor < 17)) return node;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** What `invoke` says on stderr when it succeeds with the default bootstrap. */
const RUNTIME_LINE = 'nasm-lambda: invoked through the runtime generated: the native runtime, a process per event\n';

describe('nasm-lambda on an old Node.js', () => {
  const oneLine = /^nasm-lambda: needs Node\.js 22\.17 or later, and this is Node\.js [\d.]+: install a newer Node\.js\n$/;

  it('says in one line which version it needs, before anything runs (version faked)', async () => {
    for (const v of ['22.16.0', '20.19.1', '18.0.0']) {
      const r = await runBundle(['build', 'examples/hello', '--out', path.join(await temp('old-'), 'o')], { fakeVersion: v });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, oneLine);
      assert.ok(r.stderr.includes(`this is Node.js ${v}:`));
      assert.equal(r.stdout, '');
    }
    const ok = await runBundle(['--version'], { fakeVersion: '22.17.0' });
    assert.equal(ok.code, 0, ok.stderr);
  });

  it("runs the same check under this machine's own old node", async (t) => {
    const node = oldSystemNode();
    if (!node) return t.skip('no Node.js older than 22.17 on PATH outside node_modules');
    const r = await runBundle(['build', 'examples/hello'], { node });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, oneLine);
  });

  it('package.json engines names the same minimum', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    assert.equal(pkg.engines.node, '>=22.17');
    assert.match(await readFile(path.join(repoRoot, 'src/cli.ts'), 'utf8'), /MINIMUM = \[22, 17, 0\]/);
  });

  it('on this Node.js, a build prints no ExperimentalWarning', async () => {
    requireTools(['nasm', 'ld']);
    const r = await runBundle(['build', 'examples/hello', '--out', path.join(await temp('warn-'), 'o')]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /ExperimentalWarning|Warning:/);
  });
});

describe('nasm-lambda --help and --version', () => {
  const action = async () =>
    parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };

  it('src/options/inputs.generated.ts is what action.yml and package.json make (run `npm run readme`)', async () => {
    const { current, expected } = await renderCliInputs();
    assert.equal(current, expected, 'src/options/inputs.generated.ts differs from action.yml: run `node scripts/readme-tables.ts --write`');
  });

  it('--help lists every flag with its default and meaning', async () => {
    const r = await runCli(['--help'], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stderr);
    const inputs = (await action()).inputs;
    for (const [name, input] of Object.entries(inputs)) {
      if (name === 'artifact-name' || name === 'retention-days') {
        assert.ok(!r.stdout.includes(`--${name}`), `${name} is not a CLI flag`);
        continue;
      }
      const at = r.stdout.indexOf(`\n  --${name}`);
      assert.ok(at >= 0, `--${name} is listed`);
      const entry = r.stdout.slice(at + 1, r.stdout.indexOf('\n  --', at + 1));
      const def = String(input.default ?? '');
      if (def !== '' && name !== 'test-event') assert.ok(entry.split('\n')[0].includes(`(default: ${def})`), `--${name} shows its default ${def}`);
      assert.equal(entry.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim(), input.description.replace(/\s+/g, ' ').trim(), `--${name} meaning`);
    }
    for (const flag of ['--out', '--event', '--dir', '--event-file', '--verbose', '--version']) assert.ok(r.stdout.includes(flag), flag);
    assert.deepEqual(
      Object.keys(INPUT_DEFAULTS).filter((n) => !(n in inputs)),
      [],
      'every input the CLI takes is in action.yml',
    );
  });

  it('COMMAND --help lists the flags of that command', async () => {
    const build = await runCli(['build', '--help'], { cwd: repoRoot });
    assert.equal(build.code, 0, build.stderr);
    assert.match(build.stdout, /^usage: nasm-lambda build /);
    assert.match(build.stdout, /^ {2}--sources VALUE {2}\(default: src\/\*\*\/\*\.asm\)$/m);
    assert.match(build.stdout, /^ {2}--output-dir, --out, --output VALUE {2}\(default: \.nasm-lambda\)$/m);
    for (const flag of ['--function-name', '--publish', '--region', '--dry-run', '--test-event', '--expect-response'])
      assert.doesNotMatch(build.stdout, new RegExp(`^ {2}${flag}[ ,]`, 'm'), `build has no ${flag}`);
    const invoke = await runCli(['invoke', '-h'], { cwd: repoRoot });
    assert.match(invoke.stdout, /^ {2}--test-event, --event VALUE {2}\(default: \{\}\)$/m);
    assert.ok(invoke.stdout.includes('  --event-file FILE'));
    assert.ok(!invoke.stdout.includes('  --function-name'));
    const deploy = await runCli(['deploy', '--help'], { cwd: repoRoot });
    for (const flag of ['--function-name', '--publish', '--region', '--dry-run', '--alias', '--sources'])
      assert.ok(deploy.stdout.includes(`  ${flag}`), `deploy has ${flag}`);
    assert.match(deploy.stdout, /^ {2}--skip-unchanged {2}\(default: true\)$/m);
  });

  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['build', '--version']]) {
      const r = await runCli(args, { cwd: repoRoot });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `nasm-lambda ${version}\n`);
    }
  });

  it('a directory argument and --working-directory (or --dir) together are a usage error', async () => {
    for (const args of [
      ['build', 'examples/hello', '--dir', 'examples/echo'],
      ['build', '--working-directory', 'examples/echo', 'examples/hello'],
    ]) {
      const r = await runCli(args, { cwd: repoRoot });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^nasm-lambda: both a directory argument \(examples\/hello\) and --(dir|working-directory) given: give one$/m);
    }
  });
});

describe('nasm-lambda error wording', () => {
  it('maps an input to the flag the user typed, or would type', () => {
    const e = new NasmLambdaError('not valid JSON', { input: 'test-event', fix: 'give JSON' });
    assert.equal(cliMessage(e), '--event: not valid JSON: give JSON');
    assert.equal(cliMessage(e, { 'test-event': '--event-file' }), '--event-file: not valid JSON: give JSON');
    assert.equal(cliMessage(new NasmLambdaError('x', { input: 'output-dir', fix: 'y' })), '--out: x: y');
    assert.equal(cliMessage(new NasmLambdaError('x', { input: 'region', fix: 'y' })), '--region: x: y');
    assert.equal(cliMessage(new NasmLambdaError('no input here')), 'no input here');
  });

  it('no string in src/ keeps runner-only advice once worded for a laptop', async () => {
    const found: string[] = [];
    const files = (await readdir(path.join(repoRoot, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      // The action's own front door and its runner plumbing speak to the runner on purpose.
      if (/^(action\.ts|runner\.ts|artifact\/|cli\/wording\.ts)/.test(file)) continue;
      const text = await readFile(path.join(repoRoot, 'src', file), 'utf8');
      for (const line of text.split('\n')) {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
        for (const m of line.matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
          const literal = m[0];
          if (RUNNER_ONLY.test(literal) && RUNNER_ONLY.test(forLaptop(literal))) found.push(`src/${file}: ${forLaptop(literal)}`);
        }
      }
    }
    assert.deepEqual(found, []);
  });

  it('a deploy with no region anywhere says how to set one on a laptop', async () => {
    const home = await temp('home-');
    const r = await runCli(['deploy', 'examples/hello', '--function-name', 'f', '--dry-run'], {
      cwd: repoRoot,
      env: { HOME: home, AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: undefined },
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^nasm-lambda: --region: no AWS region given: pass --region, set AWS_REGION, or set region for your profile in ~\/\.aws\/config/m);
    assert.doesNotMatch(r.stderr, RUNNER_ONLY);
  });

  it('a missing directory is not blamed on actions/checkout', async () => {
    const r = await runCli(['build', 'no/such/dir'], { cwd: repoRoot });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^nasm-lambda: dir: .*no\/such\/dir is not a directory: point it at a folder that exists$/m);
    assert.doesNotMatch(r.stderr, RUNNER_ONLY);
  });
});

describe('nasm-lambda invoke: what a person sees', () => {
  before(() => requireTools(['nasm', 'ld']));

  it('a failing handler: its log once, then the error, exit 1', async () => {
    const ws = await handlerProject({ stderr: 'handler says boom\n', stdout: 'x', status: 3 });
    for (const verbose of [false, true]) {
      const r = await runCli(['invoke', '.', '--event', '{}', ...(verbose ? ['--verbose'] : [])], { cwd: ws });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(count(r.stderr, 'handler says boom'), 1, `verbose ${verbose}:\n${r.stderr}`);
      assert.match(r.stderr, /^nasm-lambda: --event: the function failed the event: Function\.ExitError: bin\/app exited with status 3/m);
      assert.ok(r.stderr.indexOf('handler says boom') < r.stderr.indexOf('nasm-lambda: --event'), 'the log comes before the error that points at it');
      if (!verbose) assert.ok(r.stderr.startsWith('handler says boom\n'), r.stderr);
    }
  });

  it('a working handler: the response on stdout, and its stderr only with --verbose, once', async () => {
    const ws = await handlerProject({ stderr: 'a note on stderr\n', stdout: '{"ok":true}', status: 0 });
    const quiet = await runCli(['invoke', '.', '--event', '{}'], { cwd: ws });
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stdout, '{"ok":true}');
    // Only which runtime answered: no handler stderr without --verbose.
    assert.equal(quiet.stderr, RUNTIME_LINE);
    const verbose = await runCli(['invoke', '.', '--event', '{}', '--verbose'], { cwd: ws });
    assert.equal(verbose.code, 0, verbose.stderr);
    assert.equal(verbose.stdout, '{"ok":true}');
    assert.equal(count(verbose.stderr, 'a note on stderr'), 1, verbose.stderr);
  });
});

describe('nasm-lambda into a closed pipe', () => {
  before(() => requireTools(['nasm', 'ld']));

  it('`build | head` exits quietly with its own status, no EPIPE stack trace', async () => {
    const r = await runBundle(['build', 'examples/hello', '--out', path.join(await temp('pipe-'), 'o')], { closeStdout: true });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
  });

  it('invoke into a closed pipe too', async () => {
    const dir = await temp('pipe-');
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ big: 'x'.repeat(500_000) }));
    const r = await runBundle(['invoke', 'examples/echo', '--event-file', event, '--out', path.join(dir, 'o')], { closeStdout: true });
    assert.equal(r.stderr, RUNTIME_LINE, 'no EPIPE stack trace');
    assert.equal(r.code, 0);
  });
});

describe('nasm-lambda deploy with ~/.aws/config and AWS_PROFILE', () => {
  let fake: FakeLambda;
  let endpoint: string;
  before(async () => {
    requireTools(['nasm', 'ld']);
    fake = new FakeLambda({ region: 'ap-northeast-1' });
    endpoint = await fake.start();
  });
  after(() => fake.close());

  it("takes the profile's region and credentials through the SDK's own loaders", async () => {
    const home = await temp('home-');
    await mkdir(path.join(home, '.aws'));
    await writeFile(
      path.join(home, '.aws', 'config'),
      [
        '[default]',
        'region = us-west-2',
        '',
        '[profile laptop]',
        'region = ap-northeast-1',
        'aws_access_key_id = AKIDPROFILE',
        'aws_secret_access_key = not-a-secret',
        '',
      ].join('\n'),
    );
    const ws = await temp('cli-profile-');
    await cp(path.join(repoRoot, 'examples/echo'), ws, { recursive: true });
    fake.addFunction({ name: 'profile-fn', code: new Uint8Array([1]) });
    const env = {
      HOME: home,
      AWS_PROFILE: 'laptop',
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SESSION_TOKEN: undefined,
      AWS_CONFIG_FILE: undefined,
      AWS_SHARED_CREDENTIALS_FILE: undefined,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_LAMBDA: endpoint,
    };
    const r = await runCli(['deploy', '.', '--function-name', 'profile-fn'], { cwd: ws, env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Function +arn:aws:lambda:ap-northeast-1:123456789012:function:profile-fn$/m);
    const calls = fake.requests.filter((q) => q.op === 'UpdateFunctionCode');
    assert.ok(calls.length > 0, fake.ops().join());
    assert.ok(
      fake.requests.every((q) => q.accessKeyId === 'AKIDPROFILE'),
      fake.requests.map((q) => q.accessKeyId).join(),
    );
    // The region the deploy used, as the error names it: the profile's, not the default's.
    const missing = await runCli(['deploy', '.', '--function-name', 'no-such-fn'], { cwd: ws, env });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /function no-such-fn does not exist in ap-northeast-1: .*pass --role/);
    assert.doesNotMatch(missing.stderr, /the action/);
  });
});

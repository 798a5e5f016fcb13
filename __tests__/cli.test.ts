import assert from 'node:assert/strict';
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runCli } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { requireTools } from './helpers/preflight.ts';
import { FakeLambda } from './servers/lambda-api.ts';

const cli = runCli;

const cleanup: string[] = [];
let fake: FakeLambda;
let endpoint: string;
let awsEnv: Record<string, string | undefined>;
before(async () => {
  requireTools(['nasm', 'ld']);
  fake = new FakeLambda({ region: 'eu-west-1', inProgressPolls: 1 });
  endpoint = await fake.start();
  const dir = await tempDir('aws-');
  cleanup.push(dir);
  const empty = path.join(dir, 'empty');
  await writeFile(empty, '');
  awsEnv = {
    AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
    AWS_SECRET_ACCESS_KEY: 'not-a-secret',
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SHARED_CREDENTIALS_FILE: empty,
    AWS_CONFIG_FILE: empty,
    AWS_PROFILE: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_ENDPOINT_URL_LAMBDA: endpoint,
  };
});
after(async () => {
  await fake.close();
  await Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true })));
});

async function project(name: string): Promise<string> {
  const ws = await tempDir('cli-');
  cleanup.push(ws);
  await cp(path.join(repoRoot, name), ws, { recursive: true });
  return ws;
}

describe('nasm-lambda CLI', () => {
  it('build prints the same facts as the job summary', async () => {
    const ws = await project('__tests__/fixtures/projects/multi');
    const r = await cli(['build', '.', '--include-paths', 'inc', '--out', 'build'], { cwd: ws });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Sources +src\/lib\/print\.asm, src\/main\.asm$/m);
    assert.match(r.stdout, /^Zip +.*build\/function\.zip, \d+ B/m);
    assert.match(r.stdout, /^SHA-256 +[0-9a-f]{64}$/m);
    assert.match(r.stdout, /^Entry +0x[0-9a-f]+$/m);
    assert.ok(!r.stdout.includes('::'), 'no workflow commands in CLI output');
  });

  it('prints assembler errors as file:line and exits 1', async () => {
    const ws = await project('__tests__/fixtures/projects/syntax-error');
    const r = await cli(['build', ws], { cwd: repoRoot });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^.*src\/bad\.asm:7: error: parser: instruction expected$/m);
    assert.match(r.stderr, /^nasm-lambda: assembly failed/m);
  });

  it('names a bad flag value by its flag, as the user spelled it', async () => {
    const ws = await project('__tests__/fixtures/projects/hello');
    const r = await cli(['build', '--handler', '/abs'], { cwd: ws });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^nasm-lambda: --handler: "\/abs" starts with \/: use a relative path/m);
    assert.doesNotMatch(r.stderr, /Input '/);
    const out = await cli(['build', '--out', '.'], { cwd: ws });
    assert.equal(out.code, 1);
    assert.match(out.stderr, /^nasm-lambda: --out: "\." is working-directory itself/m);
  });

  it('exits 2 with usage on a bad command line', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['build', '--no-such-flag'],
      ['build', '--handler'],
      ['deploy', '.'],
      ['build', 'a', 'b'],
      ['build', 'a', '--dir', 'b'],
      ['build', '--working-directory', 'b', 'a'],
      ['invoke', '--event', '{}', '--event-file', 'e.json'],
      ['build', '--artifact-name', 'x'],
    ]) {
      const r = await cli(args, { cwd: repoRoot });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /usage: nasm-lambda <command>/);
    }
  });

  it('--help prints usage on stdout and exits 0; an empty event is an error', async () => {
    const help = await cli(['--help'], { cwd: repoRoot });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /usage: nasm-lambda <command>/);
    const ws = await project('examples/echo');
    const empty = await cli(['invoke', '.', '--event', ' '], { cwd: ws });
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /^nasm-lambda: --event: the event is empty/m);
  });

  it('invokes examples/hello, which answers 早めのパブロン', async () => {
    const r = await cli(['invoke', 'examples/hello', '--event', '{}', '--out', path.join(await tempDir('out-'), 'o')], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '早めのパブロン\n');
    assert.match(r.stderr, /^nasm-lambda: invoked through the runtime generated: the native runtime, a process per event$/m);
  });

  it('says which runtime ran for each bootstrap mode, and build lists it', async () => {
    const shell = await cli(['invoke', 'examples/hello', '--bootstrap', 'shell', '--event', '{}', '--out', path.join(await tempDir('out-'), 'o')], {
      cwd: repoRoot,
    });
    assert.equal(shell.code, 0, shell.stderr);
    assert.equal(shell.stdout, '早めのパブロン\n');
    assert.match(shell.stderr, /invoked through the runtime shell: the bash runtime/);
    const ip = await cli(
      ['invoke', 'examples/in-process/echo', '--bootstrap', 'in-process', '--event', '{"a":1}', '--out', path.join(await tempDir('out-'), 'o')],
      {
        cwd: repoRoot,
      },
    );
    assert.equal(ip.code, 0, ip.stderr);
    assert.equal(ip.stdout, '{"a":1}');
    assert.match(ip.stderr, /invoked through the runtime in-process: the native runtime calling handler in-process/);
    const built = await cli(['build', 'examples/hello', '--out', path.join(await tempDir('out-'), 'o')], { cwd: repoRoot });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout + built.stderr, /Runtime\s+generated: the native runtime, a process per event/);
  });

  it('deploy publishes and aliases through the real SDK (AWS_ENDPOINT_URL_LAMBDA)', async () => {
    const ws = await project('examples/echo');
    fake.addFunction({ name: 'cli-fn', code: new Uint8Array([1, 2, 3]), environment: { KEEP: 'me' } });
    const dry = await cli(['deploy', '.', '--function-name', 'cli-fn', '--alias', 'feature/x', '--dry-run'], { cwd: ws, env: awsEnv });
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(
      fake.writes().map((w) => w.op),
      [],
      'dry run writes nothing',
    );
    assert.ok(fake.ops().includes('UpdateFunctionCode'), 'dry run validates the upload with DryRun');
    const r = await cli(['deploy', '.', '--function-name', 'cli-fn', '--alias', 'feature/x', '--version-description', 'from the CLI'], {
      cwd: ws,
      env: awsEnv,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Function +arn:aws:lambda:eu-west-1:123456789012:function:cli-fn$/m);
    assert.match(r.stdout, /^Version +1$/m);
    assert.match(r.stdout, /^Alias +feature-x \(arn:aws:lambda:eu-west-1:123456789012:function:cli-fn:feature-x\)$/m);
    const fn = fake.fn('cli-fn');
    assert.equal(fn.aliases.get('feature-x')?.FunctionVersion, '1');
    assert.deepEqual(fn.latest.Environment, { Variables: { KEEP: 'me' } }, 'configuration untouched');
  });
});

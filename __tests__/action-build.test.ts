import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runAction, type ActionRun } from './helpers/action-runner.ts';
import { run, tempDir } from './helpers/asm.ts';

const fixtures = path.join(repoRoot, '__tests__/fixtures/projects');
const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function project(name: string): Promise<string> {
  const ws = await tempDir('ws-');
  cleanup.push(ws);
  await cp(path.join(fixtures, name), ws, { recursive: true });
  return ws;
}

function errorsOf(r: ActionRun) {
  return r.annotations.filter((a) => a.level === 'error');
}

function assertFailedWith(r: ActionRun, pattern: RegExp): void {
  assert.equal(r.code, 1, `exit code; stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  const errs = errorsOf(r);
  assert.ok(
    errs.some((a) => pattern.test(a.message)),
    `no ::error:: matching ${pattern} in:\n${r.stdout}`,
  );
  for (const a of errs) assert.ok(!a.message.includes('\n'), `multi-line error: ${a.message}`);
}

describe('the bundled action, build only', () => {
  it('builds hello world into a verified zip and sets every output', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: {} });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const o = r.outputs;
    assert.equal(o.executable, path.join(ws, '.nasm-lambda/app'));
    assert.equal(o['zip-path'], path.join(ws, '.nasm-lambda/function.zip'));
    const zip = await readFile(o['zip-path']);
    assert.equal(o['zip-size'], String(zip.length));
    assert.equal(o['zip-sha256'], createHash('sha256').update(zip).digest('hex'));
    assert.equal(o['code-sha256'], createHash('sha256').update(zip).digest('base64'));
    assert.equal(o['executable-size'], String((await readFile(o.executable)).length));
    assert.equal(o['artifact-id'], '');
    assert.equal(o.deployed, 'false');
    assert.equal((await run(o.executable)).stdout, 'hello from nasm\n');
    // The zip Lambda gets: bootstrap and the handler, both 0755, made on Unix.
    const listing = (await run('unzip', ['-Z', o['zip-path']])).stdout;
    assert.match(listing, /^-rwxr-xr-x .* unx .* bin\/app$/m);
    assert.match(listing, /^-rwxr-xr-x .* unx .* bootstrap$/m);
    // No artifact service on this "runner": a notice, not a failure.
    assert.ok(
      r.annotations.some((a) => a.level === 'notice' && /not uploaded/.test(a.message)),
      r.stdout,
    );
    assert.match(r.stdout, /^::group::Assemble 1 file\(s\)$/m);
    assert.match(r.summary, /\| Sources \| `src\/hello.asm` \|/);
    assert.match(r.summary, /\| SHA-256 \| `[0-9a-f]{64}` \|/);
    assert.match(r.summary, /\| ELF \| ELFCLASS64 little-endian x86-64 ET_EXEC, static \|/);
    assert.match(r.summary, /\| Entry \| 0x401000 \|/);
  });

  it('links several files with extern/global and %include from include-paths', async () => {
    const ws = await project('multi');
    const r = await runAction({ workspace: ws, inputs: { 'include-paths': 'inc', handler: 'bin/multi', strip: 'true' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal((await run(r.outputs.executable)).stdout, 'multi-file ok\n');
    assert.match(r.summary, /`src\/lib\/print.asm`, `src\/main.asm`/);
    assert.match((await run('unzip', ['-Z1', r.outputs['zip-path']])).stdout, /^bin\/multi$/m);
  });

  it('honours working-directory and reports paths relative to the workspace', async () => {
    const ws = await tempDir('ws-');
    cleanup.push(ws);
    await cp(path.join(fixtures, 'syntax-error'), path.join(ws, 'services/fn'), { recursive: true });
    const r = await runAction({ workspace: ws, inputs: { 'working-directory': 'services/fn' } });
    assertFailedWith(r, /parser: instruction expected/);
    const a = errorsOf(r).find((x) => x.props.file);
    assert.deepEqual(a?.props, { title: 'nasm', file: 'services/fn/src/bad.asm', line: '7' });
  });

  it('annotates a syntax error on its file and line and exits 1', async () => {
    const ws = await project('syntax-error');
    const r = await runAction({ workspace: ws, inputs: {} });
    assertFailedWith(r, /assembly failed in 1 of 1 file/);
    assert.match(r.stdout, /^::error title=nasm,file=src\/bad.asm,line=7::parser: instruction expected$/m);
    assert.equal(r.outputs['zip-path'], '');
    assert.match(r.summary, /CAUTION/);
  });

  it('fails when no source matches, naming the input', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { sources: 'lib/**/*.asm\n!src/**' } });
    assertFailedWith(r, /^Input 'sources': no files match lib\/\*\*\/\*\.asm, !src\/\*\* under \.: check the globs/);
  });

  it('excludes with !globs', async () => {
    const ws = await project('multi');
    await writeFile(path.join(ws, 'src/broken.asm'), 'not valid\n');
    const r = await runAction({ workspace: ws, inputs: { 'include-paths': 'inc', sources: 'src/**/*.asm, !src/broken.asm' } });
    assert.equal(r.code, 0, r.stdout);
  });

  it('rejects a bad handler before building anything', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { handler: '../escape' } });
    assertFailedWith(r, /^Input 'handler': "\.\.\/escape" has a \.\. part: use a relative path inside the zip/);
    assert.equal(r.outputs.executable, '');
  });

  it('rejects a dynamically linked executable in the ELF check', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { 'ld-args': '-pie --dynamic-linker /lib64/ld-linux-x86-64.so.2' } });
    assertFailedWith(r, /^Input 'ld-args': .*cannot run on Lambda: .*(PIE|ET_DYN|dynamic)/i);
    assert.equal(r.outputs['zip-path'], '', 'no zip for a rejected executable');
  });

  it('warns about int 0x80 on the source line but still builds', async () => {
    const ws = await project('int80');
    const r = await runAction({ workspace: ws, inputs: {} });
    assert.equal(r.code, 0, r.stdout);
    const w = r.annotations.find((a) => a.level === 'warning' && a.props.title === 'int 0x80');
    assert.deepEqual(w?.props, { title: 'int 0x80', file: 'src/old.asm', line: '6' });
    assert.match(w.message, /syscall/);
  });

  it('gives the same zip for the same inputs, whatever the mtimes and glob order', async () => {
    const a = await project('multi');
    const b = await project('multi');
    await utimes(path.join(b, 'src/main.asm'), new Date('2001-02-03'), new Date('2001-02-03'));
    await utimes(path.join(a, 'inc/sys.inc'), new Date('2030-01-01'), new Date('2030-01-01'));
    const [ra, rb] = await Promise.all([
      runAction({ workspace: a, inputs: { 'include-paths': 'inc', sources: 'src/main.asm\nsrc/lib/*.asm' } }),
      runAction({ workspace: b, inputs: { 'include-paths': 'inc', sources: 'src/lib/*.asm\nsrc/main.asm' } }),
    ]);
    assert.equal(ra.code, 0, ra.stdout);
    assert.equal(rb.code, 0, rb.stdout);
    assert.equal(ra.outputs['zip-sha256'], rb.outputs['zip-sha256']);
    const rc = await runAction({ workspace: a, inputs: { 'include-paths': 'inc' }, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    assert.notEqual(rc.outputs['zip-sha256'], ra.outputs['zip-sha256'], 'SOURCE_DATE_EPOCH changes the timestamps');
  });

  it("packs extra files and a bootstrap of the user's own", async () => {
    const ws = await project('hello');
    await mkdir(path.join(ws, 'config'));
    await writeFile(path.join(ws, 'config/app.json'), '{"x":1}\n');
    await writeFile(path.join(ws, 'my-bootstrap'), '#!/bin/sh\nexec "$LAMBDA_TASK_ROOT/bin/app"\n');
    const r = await runAction({ workspace: ws, inputs: { files: 'config/*.json', bootstrap: 'my-bootstrap' } });
    assert.equal(r.code, 0, r.stdout);
    const listing = (await run('unzip', ['-Z', r.outputs['zip-path']])).stdout;
    assert.match(listing, /^-rw-r--r-- .* config\/app.json$/m);
    assert.match(listing, /^-rwxr-xr-x .* bootstrap$/m);
    assert.equal((await run('unzip', ['-p', r.outputs['zip-path'], 'bootstrap'])).stdout, '#!/bin/sh\nexec "$LAMBDA_TASK_ROOT/bin/app"\n');
  });

  it('checks files, the bootstrap and SOURCE_DATE_EPOCH before assembling anything', async () => {
    const ws = await project('hello');
    const files = await runAction({ workspace: ws, inputs: { files: 'config/*.json' } });
    assertFailedWith(files, /^Input 'files': no files match config\/\*\.json/);
    assert.equal(files.outputs.executable, '', 'nothing was linked');
    const dir = await runAction({ workspace: ws, inputs: { bootstrap: 'src' } });
    assertFailedWith(dir, /^Input 'bootstrap': .*\/src is not a file/);
    assert.equal(dir.outputs.executable, '');
    const epoch = await runAction({ workspace: ws, inputs: {}, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    assertFailedWith(epoch, /SOURCE_DATE_EPOCH/);
    assert.equal(epoch.outputs.executable, '');
  });

  it('bootstrap: none packs the executable itself as bootstrap', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { bootstrap: 'none' } });
    assert.equal(r.code, 0, r.stdout);
    assert.equal((await run('unzip', ['-Z1', r.outputs['zip-path']])).stdout, 'bootstrap\n');
  });

  it('fails on a missing bootstrap file, naming the input', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { bootstrap: 'scripts/bootstrap' } });
    assertFailedWith(r, /^Input 'bootstrap': .*scripts\/bootstrap cannot be read \(ENOENT\)/);
  });

  it('with install-tools false and no nasm on PATH, names the command to run', async () => {
    const ws = await project('hello');
    const bin = await tempDir('bin-');
    cleanup.push(bin);
    await symlink('/usr/bin/ld', path.join(bin, 'ld'));
    const r = await runAction({ workspace: ws, inputs: { 'install-tools': 'false' }, env: { PATH: bin } });
    assertFailedWith(r, /nasm not found on PATH: add `(sudo )?apt-get install -y nasm`, or set install-tools: auto/);
  });

  it('passes the function log on between stop-commands, so a handler cannot forge workflow commands', async () => {
    const ws = await tempDir('ws-');
    cleanup.push(ws);
    await mkdir(path.join(ws, 'src'));
    await writeFile(
      path.join(ws, 'src/forge.asm'),
      [
        'section .rodata',
        'msg: db "::error title=forged::from the handler", 10, "::add-mask::secret", 10',
        'len: equ $ - msg',
        'section .text',
        'global _start',
        '_start:',
        '    mov eax, 1',
        '    mov edi, 2          ; stderr: the function log',
        '    lea rsi, [rel msg]',
        '    mov edx, len',
        '    syscall',
        '    mov eax, 60',
        '    xor edi, edi',
        '    syscall',
        '',
      ].join('\n'),
    );
    const r = await runAction({ workspace: ws, inputs: { 'test-event': '{}', 'artifact-name': '' } });
    assert.equal(r.code, 0, r.stdout);
    const lines = r.stdout.split('\n');
    const forged = lines.indexOf('::error title=forged::from the handler');
    assert.ok(forged > 0, r.stdout);
    const stop = lines
      .slice(0, forged)
      .reverse()
      .find((l) => l.startsWith('::stop-commands::'));
    assert.ok(stop, 'stop-commands before the function log');
    const token = stop.slice('::stop-commands::'.length);
    assert.ok(lines.slice(forged).includes(`::${token}::`), 'commands resume after it');
  });

  it('a failing test-event repeats the end of the function log outside the collapsed groups, right above the error', async () => {
    const ws = await tempDir('ws-');
    cleanup.push(ws);
    await mkdir(path.join(ws, 'src'));
    await cp(path.join(repoRoot, '__tests__/fixtures/runtime/exit3.asm'), path.join(ws, 'src/app.asm'));
    const r = await runAction({ workspace: ws, inputs: { 'test-event': '{}' } });
    assertFailedWith(r, /test-event.*Function\.ExitError.*see the function log above/);
    const lines = r.stdout.split('\n');
    const lastEndgroup = lines.lastIndexOf('::endgroup::');
    const repeat = lines.findIndex((l, i) => i > lastEndgroup && l.startsWith('function log (all of it):'));
    const error = lines.findIndex((l) => l.startsWith('::error'));
    assert.ok(lastEndgroup >= 0 && repeat > lastEndgroup && error > repeat, r.stdout);
    assert.ok(lines.slice(repeat, error).includes('fatal: could not frobnicate'), r.stdout);
  });

  it('examples/hello answers its test-event with 早めのパブロン', async () => {
    const ws = await tempDir('ws-');
    cleanup.push(ws);
    await cp(path.join(repoRoot, 'examples/hello'), ws, { recursive: true });
    const r = await runAction({ workspace: ws, inputs: { 'test-event': '{"hello":"world"}' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['test-response'], '早めのパブロン\n');
    assert.match(r.summary, /\| Local invoke \| ok: `早めのパブロン/);
  });

  it('a build-only run loads neither the AWS SDK, the artifact client, undici nor the local test', async () => {
    // A copy of the bundle without the chunks that hold them: the run must not need them.
    const bundle = await tempDir('dist-');
    cleanup.push(bundle);
    await cp(path.join(repoRoot, 'dist'), bundle, { recursive: true });
    const { readdir } = await import('node:fs/promises');
    let removed = 0;
    for (const f of await readdir(bundle)) {
      if (!f.endsWith('.index.js')) continue;
      const text = await readFile(path.join(bundle, f), 'utf8');
      // The packages' own chunks are large; our small wrappers (artifact.ts, deploy/) may load.
      const big =
        text.length > 500_000 && (text.includes('DefaultArtifactClient') || text.includes('UpdateFunctionCodeCommand') || text.includes('class ProxyAgent'));
      if (big || text.includes('Local invoke (test-event)')) {
        await rm(path.join(bundle, f));
        removed++;
      }
    }
    assert.ok(removed >= 4, `expected the SDK, artifact, undici and local-test chunks to exist, removed ${removed}`);
    assert.ok(!(await readFile(path.join(bundle, 'index.js'), 'utf8')).includes('class ProxyAgent'), 'undici is in the main bundle');
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: {}, entry: path.join(bundle, 'index.js') });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.outputs['zip-sha256'], /^[0-9a-f]{64}$/);
  });

  it('rejects a bad boolean with the input name and exits 1', async () => {
    const ws = await project('hello');
    const r = await runAction({ workspace: ws, inputs: { strip: 'maybe' } });
    assertFailedWith(r, /^Input 'strip': "maybe" is not a boolean: use true or false$/);
  });
});

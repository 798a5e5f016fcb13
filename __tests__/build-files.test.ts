/**
 * What goes into output-dir and the zip: only the project's files (symlinks are
 * resolved and held to working-directory), no function.zip left from an earlier
 * run after a failed build, and two builds of one project at once don't mix.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import { parseOptions, type RawInputs } from '../src/options/index.ts';
import { build } from '../src/pipeline.ts';
import { listZip } from '../src/package/zip.ts';
import { repoRoot } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { rm } from 'node:fs/promises';

const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function hello(): Promise<string> {
  const ws = await tempDir('build-files-');
  cleanup.push(ws);
  await cp(path.join(repoRoot, '__tests__/fixtures/projects/hello'), ws, { recursive: true });
  return ws;
}

function buildWith(ws: string, raw: RawInputs) {
  const options = parseOptions({ 'artifact-name': '', 'install-tools': 'false', ...raw }, { cwd: ws, env: {} });
  return build(options.build, { log: new MemoryLogger(), env: {}, report: {} });
}

async function rejectsOn(p: Promise<unknown>, input: string, pattern: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof NasmLambdaError, String(e));
    assert.equal(e.input, input);
    assert.match(e.message, pattern);
    return true;
  });
}

describe('symlinks', () => {
  test('a files entry that links outside working-directory is refused, naming the input', async () => {
    const ws = await hello();
    const outside = await tempDir('outside-');
    cleanup.push(outside);
    await writeFile(path.join(outside, 'secret'), 'root:x:0:0\n');
    await mkdir(path.join(ws, 'conf'));
    await symlink(path.join(outside, 'secret'), path.join(ws, 'conf/passwd'));
    await rejectsOn(buildWith(ws, { files: 'conf/**' }), 'files', /conf\/passwd resolves to .*secret, outside working-directory/);
    await assert.rejects(stat(path.join(ws, '.nasm-lambda/function.zip')), 'no zip was written');
  });

  test('a files entry that links to /etc/passwd by a relative path is refused too', async () => {
    const ws = await hello();
    await symlink('../../../../../../../../etc/passwd', path.join(ws, 'passwd'));
    await rejectsOn(buildWith(ws, { files: 'passwd' }), 'files', /resolves to \/etc\/passwd/);
  });

  test('a bootstrap that links outside is refused, naming bootstrap', async () => {
    const ws = await hello();
    await symlink('/bin/sh', path.join(ws, 'my-bootstrap'));
    await rejectsOn(buildWith(ws, { bootstrap: 'my-bootstrap' }), 'bootstrap', /resolves to .*, outside working-directory/);
  });

  test('a link to a file inside is packed under its own name with the bytes it points to', async () => {
    const ws = await hello();
    await mkdir(path.join(ws, 'data'));
    await writeFile(path.join(ws, 'data/real.txt'), 'the real bytes\n');
    await symlink('real.txt', path.join(ws, 'data/alias.txt'));
    const pkg = await buildWith(ws, { files: 'data/alias.txt', bootstrap: 'shell' });
    const entries = listZip(await readFile(pkg.zipPath));
    const alias = entries.find((e) => e.name === 'data/alias.txt');
    assert.ok(alias, entries.map((e) => e.name).join(', '));
    assert.equal(alias.size, 'the real bytes\n'.length);
  });
});

describe('output-dir', () => {
  test('a failed build leaves no function.zip from an earlier run', async () => {
    const ws = await hello();
    const first = await buildWith(ws, { bootstrap: 'shell' });
    assert.ok((await stat(first.zipPath)).size > 0);
    await writeFile(path.join(ws, 'src/hello.asm'), 'this is not assembly\n');
    await assert.rejects(buildWith(ws, { bootstrap: 'shell' }));
    await assert.rejects(stat(first.zipPath), 'the old function.zip is gone');
  });

  test('two builds of one project at once both succeed and leave one whole zip and no scratch folders', async () => {
    const ws = await hello();
    const [a, b] = await Promise.all([buildWith(ws, { bootstrap: 'shell' }), buildWith(ws, { bootstrap: 'shell' })]);
    assert.equal(a.zipPath, b.zipPath);
    assert.equal(a.sha256Hex, b.sha256Hex, 'reproducible, so both wrote the same bytes');
    const names = listZip(await readFile(a.zipPath)).map((e) => e.name);
    assert.deepEqual(names, ['bin/app', 'bootstrap']);
    const left = (await readdir(path.join(ws, '.nasm-lambda'))).filter((n) => n.startsWith('.run-'));
    assert.deepEqual(left, []);
  });
});

describe('in-process builds', () => {
  test('ld-args reach the link of the user objects with the runtime, and the zip holds only bootstrap', async () => {
    const ws = await tempDir('build-inprocess-');
    cleanup.push(ws);
    await cp(path.join(repoRoot, 'examples/in-process/echo'), ws, { recursive: true });
    const map = path.join(ws, 'link.map');
    const pkg = await buildWith(ws, { bootstrap: 'in-process', 'ld-args': `-Map=${map}` });
    assert.match(await readFile(map, 'utf8'), /handler/, 'ld wrote the map the user asked for');
    assert.deepEqual(
      listZip(await readFile(pkg.zipPath)).map((e) => e.name),
      ['bootstrap'],
    );
  });
});

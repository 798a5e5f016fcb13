import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NasmLambdaError } from '../src/errors.ts';
import { ensureDirectory, expandGlobs } from '../src/build/sources.ts';
import { tempDir } from './helpers/asm.ts';

let dir: string;
before(async () => {
  dir = await tempDir('globs-');
  for (const f of ['src/main.asm', 'src/lib/a.asm', 'src/lib/b.asm', 'src/gen/x.asm', 'README.md', 'src/lib/notes.txt']) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), '; x\n');
  }
  await mkdir(path.join(dir, 'src/folder.asm'));
  await symlink(path.join(dir, 'src/main.asm'), path.join(dir, 'src/link.asm'));
});
after(() => rm(dir, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((f) => path.relative(dir, f));

describe('globs', () => {
  it('matches recursively, sorted, files only (links to files count)', async () => {
    assert.deepEqual(rel(await expandGlobs(['src/**/*.asm'], dir, 'sources')), [
      'src/gen/x.asm',
      'src/lib/a.asm',
      'src/lib/b.asm',
      'src/link.asm',
      'src/main.asm',
    ]);
  });
  it('excludes files and whole folders with !', async () => {
    assert.deepEqual(rel(await expandGlobs(['src/**/*.asm', '!src/gen', '!**/b.asm', '!src/link.asm'], dir, 'sources')), ['src/lib/a.asm', 'src/main.asm']);
  });
  it('gives the same result whatever the pattern order, without duplicates', async () => {
    const a = await expandGlobs(['src/lib/*.asm', './src/*.asm', 'src/**/a.asm'], dir, 'sources');
    const b = await expandGlobs(['src/**/a.asm', 'src/*.asm', 'src/lib/*.asm'], dir, 'sources');
    assert.deepEqual(a, b);
    assert.deepEqual(rel(a), ['src/lib/a.asm', 'src/lib/b.asm', 'src/link.asm', 'src/main.asm']);
  });
  it('matches nothing without error, and refuses absolute globs', async () => {
    assert.deepEqual(await expandGlobs(['nope/**/*.asm'], dir, 'sources'), []);
    await assert.rejects(
      expandGlobs(['/etc/*'], dir, 'files'),
      (e: unknown) => e instanceof NasmLambdaError && e.input === 'files' && /is absolute/.test(e.message),
    );
  });
  it('checks a directory exists', async () => {
    await ensureDirectory(dir, 'working-directory');
    await assert.rejects(ensureDirectory(path.join(dir, 'README.md'), 'working-directory'), /Input 'working-directory': .* is not a directory/);
  });
});

/**
 * The tests' preflight (helpers/preflight.ts): a test that needs a tool that
 * is missing fails with one line saying what to install, not a spawn ENOENT
 * stack trace, and it fails rather than skips.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildAsm, run, tempDir } from './helpers/asm.ts';
import { MissingToolError, missingToolsLine, requireTools } from './helpers/preflight.ts';

const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

/** A PATH of one folder holding only `tools` (links to the real ones). */
async function pathWith(tools: string[]): Promise<string> {
  const dir = await tempDir('path-');
  cleanup.push(dir);
  for (const t of tools) {
    const real = (process.env.PATH ?? '')
      .split(path.delimiter)
      .map((d) => path.join(d, t))
      .find((p) => missingToolsLine([path.basename(p)], path.dirname(p)) === undefined);
    if (real) await symlink(real, path.join(dir, t));
  }
  return dir;
}

async function withPath<T>(envPath: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = envPath;
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}

describe('test preflight', () => {
  it('names what to install, in one line', async () => {
    const noNasm = await pathWith(['ld', 'curl']);
    assert.equal(missingToolsLine(['nasm', 'ld'], noNasm), 'nasm not found: sudo apt-get install -y nasm binutils');
    assert.equal(missingToolsLine(['curl', 'zip', 'unzip'], noNasm), 'zip, unzip not found: sudo apt-get install -y zip unzip');
    assert.equal(missingToolsLine(['ld', 'curl'], noNasm), undefined);
    assert.throws(
      () => requireTools(['nasm', 'ld'], noNasm),
      (e: unknown) => e instanceof MissingToolError && e.stack === 'nasm not found: sudo apt-get install -y nasm binutils',
    );
  });

  it('buildAsm and run() fail with that line when the tool is missing', async () => {
    const empty = await pathWith([]);
    await withPath(empty, async () => {
      await assert.rejects(
        buildAsm('global _start\n_start: ret\n'),
        (e: unknown) => e instanceof MissingToolError && e.message === 'nasm, ld not found: sudo apt-get install -y nasm binutils',
      );
      await assert.rejects(run('zip', ['-h']), (e: unknown) => e instanceof MissingToolError && e.message === 'zip not found: sudo apt-get install -y zip');
      await assert.rejects(run('unzip', ['-h']), { message: 'unzip not found: sudo apt-get install -y unzip' });
      // A program the preflight does not know is spawned as before.
      await assert.rejects(run('no-such-program-here', []), { code: 'ENOENT' });
    });
  });

  it('a test file whose tools are missing fails, with one line and no stack trace', async () => {
    const dir = await tempDir('preflight-');
    cleanup.push(dir);
    const file = path.join(dir, 'needs-nasm.test.ts');
    const asm = pathToFileURL(path.resolve(import.meta.dirname, 'helpers/asm.ts')).href;
    await writeFile(
      file,
      `import { test } from 'node:test';\nimport { buildAsm } from ${JSON.stringify(asm)};\ntest('assembles', async () => { await buildAsm('ret'); });\n`,
    );
    const empty = await pathWith([]);
    // Without NODE_TEST_CONTEXT, or the child thinks it is a file of this run.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], {
      env: { ...env, PATH: empty },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 1, out);
    assert.match(out, /^ℹ fail 1$/m);
    assert.match(out, /^ℹ skipped 0$/m);
    assert.match(out, /^ {2}\[nasm, ld not found: sudo apt-get install -y nasm binutils\]$/m);
    assert.doesNotMatch(out, /^\s+at /m, out);
    assert.doesNotMatch(out, /ENOENT/);
  });
});

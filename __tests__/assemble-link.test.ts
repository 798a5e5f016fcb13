import assert from 'node:assert/strict';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assembleAll, objectPathFor, parseNasmDiagnostics } from '../src/build/assemble.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { linkExecutable, parseLdDiagnostics } from '../src/build/link.ts';
import { MemoryLogger } from '../src/log.ts';
import { repoRoot } from './helpers/action-runner.ts';
import { run, tempDir } from './helpers/asm.ts';

const fixtures = path.join(repoRoot, '__tests__/fixtures/projects');
const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function project(name: string): Promise<string> {
  const ws = await tempDir();
  cleanup.push(ws);
  await cp(path.join(fixtures, name), ws, { recursive: true });
  return ws;
}

describe('nasm diagnostics', () => {
  it('parses gnu-style lines into workspace-relative diagnostics', () => {
    const d = parseNasmDiagnostics(
      "src/bad.asm:7: error: parser: instruction expected\nsrc/x.asm:3: warning: label alone on a line without a colon might be in error [-w+label-orphan]\nnasm: fatal: unable to open input file `nope.asm' No such file or directory\n",
      '/ws/app',
      '/ws',
    );
    assert.deepEqual(d, [
      { file: 'app/src/bad.asm', line: 7, severity: 'error', message: 'parser: instruction expected', title: 'nasm' },
      {
        file: 'app/src/x.asm',
        line: 3,
        severity: 'warning',
        message: 'label alone on a line without a colon might be in error [-w+label-orphan]',
        title: 'nasm',
      },
      { severity: 'error', message: "unable to open input file `nope.asm' No such file or directory", title: 'nasm' },
    ]);
  });

  it('keeps objects of same-named sources apart', () => {
    assert.equal(objectPathFor('/w/a/main.asm', '/w', '/w/out/obj'), '/w/out/obj/a/main.o');
    assert.equal(objectPathFor('/w/b/main.asm', '/w', '/w/out/obj'), '/w/out/obj/b/main.o');
  });
});

describe('assemble and link with the real tools', () => {
  it('assembles several files with %include from include-paths and links them', async () => {
    const ws = await project('multi');
    const log = new MemoryLogger();
    const sources = [path.join(ws, 'src/lib/print.asm'), path.join(ws, 'src/main.asm')];
    const objects = await assembleAll(
      { nasm: 'nasm', sources, workingDirectory: ws, workspace: ws, includePaths: [path.join(ws, 'inc')], nasmArgs: [], objDir: path.join(ws, 'out/obj') },
      log,
    );
    assert.deepEqual(
      objects.map((o) => path.relative(ws, o.object)),
      ['out/obj/src/lib/print.o', 'out/obj/src/main.o'],
    );
    const linked = await linkExecutable(
      { ld: 'ld', objects, output: path.join(ws, 'out/app'), entry: '_start', strip: false, ldArgs: [], workingDirectory: ws, workspace: ws },
      log,
    );
    const { stdout } = await run(linked.executable);
    assert.equal(stdout, 'multi-file ok\n');
    // ld -v prints its version as it links: the log and the summary need no probe of their own.
    assert.match(linked.version ?? '', /^GNU ld .*\d+\.\d+/);
    // No absolute path of this machine in the executable: builds are reproducible across checkouts.
    assert.ok(!(await readFile(linked.executable)).includes(Buffer.from(ws)), 'workspace path leaked into the executable');
  });

  it('turns a syntax error into an annotated failure', async () => {
    const ws = await project('syntax-error');
    await assert.rejects(
      assembleAll(
        {
          nasm: 'nasm',
          sources: [path.join(ws, 'src/bad.asm')],
          workingDirectory: ws,
          workspace: path.dirname(ws),
          includePaths: [],
          nasmArgs: [],
          objDir: path.join(ws, 'obj'),
        },
        new MemoryLogger(),
      ),
      (e: unknown) => {
        assert.ok(e instanceof NasmLambdaError);
        assert.equal(e.diagnostics.length, 1);
        assert.deepEqual(e.diagnostics[0], {
          file: `${path.basename(ws)}/src/bad.asm`,
          line: 7,
          severity: 'error',
          message: 'parser: instruction expected',
          title: 'nasm',
        });
        assert.match(e.message, /assembly failed in 1 of 1 file\(s\), 1 error\(s\); first: .*src\/bad\.asm:7: parser: instruction expected/);
        return true;
      },
    );
  });

  it('strips symbols when asked', async () => {
    const ws = await project('hello');
    const log = new MemoryLogger();
    const objects = await assembleAll(
      {
        nasm: 'nasm',
        sources: [path.join(ws, 'src/hello.asm')],
        workingDirectory: ws,
        workspace: ws,
        includePaths: [],
        nasmArgs: [],
        objDir: path.join(ws, 'obj'),
      },
      log,
    );
    const full = await linkExecutable(
      { ld: 'ld', objects, output: path.join(ws, 'full'), entry: '_start', strip: false, ldArgs: [], workingDirectory: ws, workspace: ws },
      log,
    );
    const stripped = await linkExecutable(
      { ld: 'ld', objects, output: path.join(ws, 'stripped'), entry: '_start', strip: true, ldArgs: [], workingDirectory: ws, workspace: ws },
      log,
    );
    assert.ok(stripped.size < full.size);
    assert.match((await run('nm', [full.executable])).stdout, /_start/);
    const nm = await run('nm', [stripped.executable]);
    assert.equal(nm.stdout, '');
    assert.match(nm.stderr, /no symbols/);
  });

  it('reports undefined references and a missing entry symbol', async () => {
    const ws = await project('multi');
    const log = new MemoryLogger();
    const objects = await assembleAll(
      {
        nasm: 'nasm',
        sources: [path.join(ws, 'src/main.asm')],
        workingDirectory: ws,
        workspace: ws,
        includePaths: [path.join(ws, 'inc')],
        nasmArgs: [],
        objDir: path.join(ws, 'obj'),
      },
      log,
    );
    await assert.rejects(
      linkExecutable({ ld: 'ld', objects, output: path.join(ws, 'app'), entry: '_start', strip: false, ldArgs: [], workingDirectory: ws, workspace: ws }, log),
      (e: unknown) => e instanceof NasmLambdaError && /undefined reference to `print'/.test(e.message) && e.diagnostics[0]?.file === 'src/main.asm',
    );
    const hello = await project('hello');
    const objs = await assembleAll(
      {
        nasm: 'nasm',
        sources: [path.join(hello, 'src/hello.asm')],
        workingDirectory: hello,
        workspace: hello,
        includePaths: [],
        nasmArgs: [],
        objDir: path.join(hello, 'obj'),
      },
      log,
    );
    await assert.rejects(
      linkExecutable(
        { ld: 'ld', objects: objs, output: path.join(hello, 'app'), entry: 'main', strip: false, ldArgs: [], workingDirectory: hello, workspace: hello },
        log,
      ),
      /entry symbol main is not defined in any object: add `global main`/,
    );
  });

  it('parses ld messages without the tools', () => {
    const objects = [{ source: '/w/src/a.asm', object: '/w/obj/src/a.o' }];
    const d = parseLdDiagnostics(
      "ld: obj/src/a.o: in function `_start':\na.asm:(.text+0x1): undefined reference to `missing'\nld: warning: something odd\n",
      objects,
      { workingDirectory: '/w', workspace: '/w', entry: '_start' },
    );
    assert.deepEqual(d, [
      { severity: 'error', title: 'ld', file: 'src/a.asm', message: "undefined reference to `missing' (at .text+0x1)" },
      { severity: 'warning', title: 'ld', message: 'something odd' },
    ]);
  });
});

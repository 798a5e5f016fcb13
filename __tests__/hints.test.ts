/**
 * Errors that point at the real mistake, through the bundled action
 * (dist/index.js, or the bundle named by NASM_LAMBDA_DIST).
 */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runAction, type ActionRun } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';

const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = await tempDir('hints-');
  cleanup.push(ws);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

const EXIT0 = 'section .text\nglobal _start\n_start:\n    mov eax, 60\n    xor edi, edi\n    syscall\n';
const GAS = '    .globl _start\n    .text\n_start:\n    movq $60, %rax\n    xorq %rdi, %rdi\n    syscall\n';

function errors(r: ActionRun) {
  return r.annotations.filter((a) => a.level === 'error');
}

function failure(r: ActionRun): string {
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const last = errors(r).at(-1);
  assert.ok(last, r.stdout);
  return last.message;
}

describe('errors that point at the real mistake', () => {
  it('no source matches, but .asm files sit elsewhere: names them and suggests a glob', async () => {
    const ws = await workspace({ 'hello.asm': EXIT0, 'lib/util.asm': 'ret\n' });
    const msg = failure(await runAction({ workspace: ws, inputs: { 'artifact-name': '' } }));
    assert.match(msg, /^Input 'sources': no files match src\/\*\*\/\*\.asm under \.: check the globs/);
    assert.match(msg, /found hello\.asm, lib\/util\.asm: try sources: \*\*\/\*\.asm/);
  });

  it('a single folder of .asm files gets that folder as the glob', async () => {
    const ws = await workspace({ 'asm/a.asm': EXIT0, 'asm/b.asm': 'ret\n' });
    const msg = failure(await runAction({ workspace: ws, inputs: { 'artifact-name': '' } }));
    assert.match(msg, /found asm\/a\.asm, asm\/b\.asm: try sources: asm\/\*\.asm/);
  });

  it('no source matches and the .s files are GNU as: says nasm takes Intel syntax', async () => {
    const ws = await workspace({ 'src/start.s': GAS, 'src/plain.s': '; nasm text in a .s file\n' });
    const msg = failure(await runAction({ workspace: ws, inputs: { 'artifact-name': '' } }));
    assert.match(msg, /src\/start\.s look written for GNU as \(AT&T syntax, \.globl\); nasm takes Intel syntax/);
    assert.doesNotMatch(msg, /plain\.s/);
  });

  it('sources naming .s files written for GNU as: the same hint with nasm errors', async () => {
    const ws = await workspace({ 'src/start.s': GAS });
    const r = await runAction({ workspace: ws, inputs: { sources: 'src/*.s', 'artifact-name': '' } });
    const msg = failure(r);
    assert.match(msg, /^assembly failed in 1 of 1 file/);
    assert.match(msg, /src\/start\.s look written for GNU as .*nasm takes Intel syntax/);
    assert.ok(
      errors(r).some((a) => a.props.file === 'src/start.s' && a.props.line),
      'nasm errors still annotated on their lines',
    );
  });

  it('a multiple definition from an %include the glob also assembles: suggests excluding it with !', async () => {
    const ws = await workspace({
      'src/macros.asm': '%macro exit 1\n    mov eax, 60\n    mov edi, %1\n    syscall\n%endmacro\nsection .text\nglobal helper\nhelper: ret\n',
      'src/main.asm': '%include "macros.asm"\nsection .text\nglobal _start\n_start:\n    call helper\n    exit 0\n',
    });
    const r = await runAction({ workspace: ws, inputs: { 'artifact-name': '' } });
    const msg = failure(r);
    assert.match(msg, /multiple definition of `helper'/);
    assert.match(msg, /src\/main\.asm %includes src\/macros\.asm, which sources also assembles.*exclude it with !src\/macros\.asm in sources/);
    // And the advice works.
    const fixed = await runAction({ workspace: ws, inputs: { sources: 'src/**/*.asm\n!src/macros.asm', 'artifact-name': '' } });
    assert.equal(fixed.code, 0, fixed.stdout);
  });

  it('a missing include file: suggests include-paths', async () => {
    const ws = await workspace({ 'src/main.asm': '%include "sys.inc"\n' + EXIT0, 'inc/sys.inc': '%define SYS_EXIT 60\n' });
    const msg = failure(await runAction({ workspace: ws, inputs: { 'artifact-name': '' } }));
    assert.match(msg, /nasm cannot find sys\.inc: add the folder that holds it to include-paths/);
  });

  it('a link error is one annotation, not two identical ones', async () => {
    const undef = await workspace({ 'src/a.asm': 'section .text\nglobal _start\nextern missing\n_start:\n    call missing\n' });
    const r1 = await runAction({ workspace: undef, inputs: { 'artifact-name': '' } });
    assert.equal(r1.code, 1);
    assert.equal(errors(r1).length, 1, r1.stdout);
    assert.match(errors(r1)[0].message, /^link failed: src\/a\.asm: undefined reference to `missing'/);
    assert.deepEqual(errors(r1)[0].props, { title: 'ld', file: 'src/a.asm' });

    const noEntry = await workspace({ 'src/a.asm': 'section .text\nglobal main\nmain: ret\n' });
    const r2 = await runAction({ workspace: noEntry, inputs: { 'artifact-name': '' } });
    assert.equal(r2.code, 1);
    assert.equal(errors(r2).length, 1, r2.stdout);
    assert.match(errors(r2)[0].message, /^link failed: entry symbol _start is not defined/);
  });
});

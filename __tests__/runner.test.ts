import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { command, escapeData, escapeProperty, Runner } from '../src/runner.ts';
import { parseAnnotations, parseOutputFile } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('runner protocol', () => {
  it('escapes messages and properties as the runner expects', () => {
    assert.equal(escapeData('100%\r\nnext'), '100%25%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    assert.equal(
      command('error', { title: 'nasm', file: 'src/a,b.asm', line: 7, col: undefined }, 'bad: x\ny'),
      '::error title=nasm,file=src/a%2Cb.asm,line=7::bad: x%0Ay',
    );
    assert.equal(command('notice', {}, 'plain'), '::notice::plain');
  });

  it('round-trips annotations through the parser the tests use', () => {
    const lines: string[] = [];
    const r = new Runner({}, (l) => lines.push(l));
    r.annotate('warning', 'multi\nline 100%', { file: 'x:y.asm', line: 3, title: 'int 0x80' });
    assert.deepEqual(parseAnnotations(lines.join('\n')), [
      { level: 'warning', props: { title: 'int 0x80', file: 'x:y.asm', line: '3' }, message: 'multi\nline 100%' },
    ]);
  });

  it('writes outputs as delimited blocks that survive newlines and look-alike delimiters', async () => {
    const dir = await tempDir('runner-');
    dirs.push(dir);
    const out = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    await writeFile(out, '');
    const r = new Runner({ GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary }, () => {});
    r.setOutput('plain', 'v');
    r.setOutput('multi', 'line one\nEOF\nghadelimiter_x\nlast');
    r.setOutput('empty', '');
    r.appendSummary('# one\n');
    r.appendSummary('two\n');
    assert.deepEqual(parseOutputFile(await readFile(out, 'utf8')), { plain: 'v', multi: 'line one\nEOF\nghadelimiter_x\nlast', empty: '' });
    assert.equal(await readFile(summary, 'utf8'), '# one\ntwo\n');
  });

  it('passes on text that looks like commands between stop-commands, so the runner ignores them', () => {
    const lines: string[] = [];
    const r = new Runner({}, (l) => lines.push(l));
    r.info('plain text');
    r.info('function log:\n::add-mask::x\n  ::error::forged');
    assert.equal(lines[0], 'plain text');
    const token = /^::stop-commands::(nasm-lambda-[0-9a-f-]{36})$/.exec(lines[1])?.[1];
    assert.ok(token, lines[1]);
    assert.equal(lines[2], 'function log:\n::add-mask::x\n  ::error::forged');
    assert.equal(lines[3], `::${token}::`);
  });

  it('reads inputs with hyphens kept and spaces as underscores', () => {
    const r = new Runner({ 'INPUT_FUNCTION-NAME': 'f', INPUT_MY_INPUT: 'x' }, () => {});
    assert.equal(r.input('function-name'), 'f');
    assert.equal(r.input('my input'), 'x');
    assert.equal(r.input('absent'), undefined);
  });

  it('closes a group even when its work throws', async () => {
    const lines: string[] = [];
    const r = new Runner({}, (l) => lines.push(l));
    await assert.rejects(
      r.group('Stage', async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(lines, ['::group::Stage', '::endgroup::']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActionLogger, defuse, fenced, mayHoldCommand, stopToken } from '../src/runner.ts';
import { parseAnnotations } from './helpers/action-runner.ts';
import { parseWorkflowCommands, visibleText } from './helpers/workflow-commands.ts';

/** Everything written to stdout while `fn` runs (@actions/core writes there directly). */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const stdout = process.stdout;
  const original = Object.getOwnPropertyDescriptor(stdout, 'write');
  Object.defineProperty(stdout, 'write', {
    configurable: true,
    writable: true,
    value: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  });
  try {
    await fn();
  } finally {
    if (original) Object.defineProperty(stdout, 'write', original);
    else delete (stdout as { write?: unknown }).write;
  }
  return chunks.join('');
}

const FORGED = [
  '::add-mask::x',
  '::set-output name=a::b',
  '##[error]x',
  '\r::warning::x',
  '##[stop-commands]tok',
  '  ::error::indented',
  'text ##[warning]mid',
].join('\n');

describe('ActionLogger (the runner protocol through @actions/core)', () => {
  it('always fences foreign text between stop-commands with a fresh random token', async () => {
    const out = await stdoutOf(() => {
      const log = new ActionLogger();
      log.info('plain text');
      log.info('harmless function log', { foreign: true });
      log.info(FORGED, { foreign: true });
    });
    const lines = out.split('\n');
    assert.equal(lines[0], 'plain text');
    const t1 = /^::stop-commands::(nasm-lambda-[0-9a-f]{32})$/.exec(lines[1])?.[1];
    assert.ok(t1, lines[1]);
    assert.equal(lines[2], 'harmless function log');
    assert.equal(lines[3], `::${t1}::`);
    const t2 = /^::stop-commands::(nasm-lambda-[0-9a-f]{32})$/.exec(lines[4])?.[1];
    assert.ok(t2 && t2 !== t1, 'a new token each time');
    const parsed = parseWorkflowCommands(out);
    assert.deepEqual(
      parsed.commands.map((c) => c.name),
      ['stop-commands', 'resume', 'stop-commands', 'resume'],
    );
    assert.equal(parsed.stoppedAtEnd, undefined);
    assert.match(visibleText(out), /::add-mask::x/, 'the text is still shown');
  });

  it("fences the action's own lines too when they could hold a command", async () => {
    const out = await stdoutOf(() => {
      const log = new ActionLogger();
      log.info('Uploading src/##[warning]x.asm');
      log.info('role arn:aws:iam::1:role/r');
      log.info('a\r::error::b');
    });
    assert.deepEqual(
      parseWorkflowCommands(out).commands.map((c) => c.name),
      ['stop-commands', 'resume', 'stop-commands', 'resume', 'stop-commands', 'resume'],
    );
  });

  it('never picks a token that occurs in the text, in any case', () => {
    for (let i = 0; i < 50; i++) {
      const token = stopToken('x');
      assert.match(token, /^nasm-lambda-[0-9a-f]{32}$/);
    }
    const text = 'NASM-LAMBDA-';
    const [stop, body, resume] = fenced(text);
    assert.equal(body, text);
    assert.ok(!text.toLowerCase().includes(stop.slice('::stop-commands::'.length)));
    assert.equal(resume, `::${stop.slice('::stop-commands::'.length)}::`);
  });

  it('recognises text that may hold a command', () => {
    assert.equal(mayHoldCommand('plain'), false);
    assert.equal(mayHoldCommand(' ::x::'), true);
    assert.equal(mayHoldCommand('a ##[b]'), true);
    assert.equal(mayHoldCommand('a\rb'), true);
  });

  it('escapes annotations as the runner unescapes them, and breaks up ##[ in their text', async () => {
    const out = await stdoutOf(() => {
      const log = new ActionLogger();
      log.annotate({ severity: 'warning', message: 'multi\nline 100%\r##[error]x', file: 'src/a:b,c.asm', line: 3, title: 'int 0x80' });
      log.annotate({ severity: 'error', message: 'plain' });
      log.annotate({ severity: 'notice', message: 'n', title: '##[debug]t' });
    });
    assert.deepEqual(parseAnnotations(out), [
      { level: 'warning', props: { title: 'int 0x80', file: 'src/a:b,c.asm', line: '3' }, message: 'multi\nline 100%\r##\u200b[error]x' },
      { level: 'error', props: {}, message: 'plain' },
      { level: 'notice', props: { title: '##\u200b[debug]t' }, message: 'n' },
    ]);
    const cmds = parseWorkflowCommands(out).commands;
    assert.deepEqual(
      cmds.map((c) => [c.form, c.name]),
      [
        ['v2', 'warning'],
        ['v2', 'error'],
        ['v2', 'notice'],
      ],
    );
    assert.equal(out.split('\n').length, 4, 'one line per annotation');
  });

  it('debug lines are escaped and defused', async () => {
    const out = await stdoutOf(() => new ActionLogger().debug('a\n::add-mask::x ##[error]y'));
    assert.deepEqual(
      parseWorkflowCommands(out).commands.map((c) => [c.name, c.data]),
      [['debug', 'a\n::add-mask::x ##\u200b[error]y']],
    );
  });

  it('closes a group even when its work throws', async () => {
    const out = await stdoutOf(async () => {
      await assert.rejects(
        new ActionLogger().group('Stage', async () => {
          throw new Error('boom');
        }),
        /boom/,
      );
    });
    assert.deepEqual(out.split('\n'), ['::group::Stage', '::endgroup::', '']);
  });

  it('maps secret() to add-mask', async () => {
    const out = await stdoutOf(() => new ActionLogger().secret('s3cr3t\nline'));
    assert.deepEqual(
      parseWorkflowCommands(out).commands.map((c) => [c.name, c.data]),
      [['add-mask', 's3cr3t\nline']],
    );
  });

  it('defuse leaves other text alone', () => {
    assert.equal(defuse('a ## [b] #[c]'), 'a ## [b] #[c]');
    assert.equal(defuse('##[x]##[y]'), '##\u200b[x]##\u200b[y]');
  });
});

describe('the workflow-command model the tests use', () => {
  it('obeys :: after leading whitespace, ##[ anywhere, CR/LF/CRLF breaks and stop-commands', () => {
    const text = [
      '::error::a',
      '   ::warning file=x%3Ay::b%0Ac',
      'say ##[notice]c',
      'x\r::debug::d\r\n::unknown::e',
      'not :: a command',
      '::stop-commands::TOK',
      '::error::hidden',
      '##[warning]hidden',
      '::tok::',
      '##[group]g',
    ].join('\n');
    const { commands, stoppedAtEnd } = parseWorkflowCommands(text);
    assert.deepEqual(
      commands.map((c) => [c.form, c.name, c.data, c.indented]),
      [
        ['v2', 'error', 'a', false],
        ['v2', 'warning', 'b\nc', true],
        ['v1', 'notice', 'c', true],
        ['v2', 'debug', 'd', false],
        ['v2', 'stop-commands', 'TOK', false],
        ['v2', 'resume', '', false],
        ['v1', 'group', 'g', false],
      ],
    );
    assert.deepEqual(commands[1].properties, { file: 'x:y' });
    assert.equal(stoppedAtEnd, undefined);
    assert.equal(parseWorkflowCommands('::stop-commands::t\nx').stoppedAtEnd, 't');
  });
});

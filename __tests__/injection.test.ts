/**
 * No workflow-command injection: everything the action passes on from elsewhere
 * (a function's log and response, an event, file names, nasm's messages) is run
 * through the bundled action as the runner runs it, and its WHOLE output is read
 * with the runner's command rules. Only the action's own commands may get through.
 *
 * Runs dist/index.js, or the bundle named by NASM_LAMBDA_DIST.
 */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runAction, type ActionRun } from './helpers/action-runner.ts';
import { tempDir } from './helpers/asm.ts';
import { parseWorkflowCommands, type WorkflowCommand } from './helpers/workflow-commands.ts';

const cleanup: string[] = [];
after(() => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

/** The payloads, one a line; the CR before `::warning` is a line break to the runner. */
const PAYLOAD_LINES = [
  '::add-mask::x',
  '::set-output name=a::b',
  '##[error]x',
  '\r::warning::x',
  '##[stop-commands]tok',
  '  ::error::indented',
  'say ##[warning]mid',
];
const PAYLOAD = PAYLOAD_LINES.join('\n');
/** What a forged annotation would carry. */
const FORGED_DATA = new Set(['x', 'b', 'tok', 'indented', 'mid']);
const OWN = new Set(['group', 'endgroup', 'stop-commands', 'resume', 'error', 'warning', 'notice', 'debug']);

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = await tempDir('inject-');
  cleanup.push(ws);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

/** A NASM `db` line for `text` (quotes and control characters as numbers). */
function db(label: string, text: string): string {
  const parts = [...Buffer.from(text, 'utf8')].map((b) => String(b));
  return `${label}: db ${parts.join(', ')}\n${label}_len: equ $ - ${label}`;
}

/** A handler that writes `log` to stderr and `response` to stdout, then exits with `status`. */
function handler(log: string, response: string, status: number): string {
  return [
    'section .rodata',
    db('log', log),
    db('resp', response),
    'section .text',
    'global _start',
    '_start:',
    '    mov eax, 1',
    '    mov edi, 2',
    '    lea rsi, [rel log]',
    '    mov edx, log_len',
    '    syscall',
    '    mov eax, 1',
    '    mov edi, 1',
    '    lea rsi, [rel resp]',
    '    mov edx, resp_len',
    '    syscall',
    '    mov eax, 60',
    `    mov edi, ${status}`,
    '    syscall',
    '',
  ].join('\n');
}

const ECHO = [
  'section .bss',
  'buf: resb 65536',
  'section .text',
  'global _start',
  '_start:',
  '.read: xor eax, eax',
  '    xor edi, edi',
  '    lea rsi, [rel buf]',
  '    mov edx, 65536',
  '    syscall',
  '    test rax, rax',
  '    jle .done',
  '    mov rdx, rax',
  '    mov eax, 1',
  '    mov edi, 1',
  '    lea rsi, [rel buf]',
  '    syscall',
  '    jmp .read',
  '.done: mov eax, 60',
  '    xor edi, edi',
  '    syscall',
  '',
].join('\n');

const EXIT0 = 'section .text\nglobal _start\n_start:\n    mov eax, 60\n    xor edi, edi\n    syscall\n';

/** Every command the runner would obey in the run's stdout and stderr, checked to be the action's own. */
function assertOnlyOwnCommands(r: ActionRun): WorkflowCommand[] {
  const all: WorkflowCommand[] = [];
  for (const [stream, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    const parsed = parseWorkflowCommands(text);
    assert.equal(parsed.stoppedAtEnd, undefined, `${stream} ends with commands stopped`);
    for (const c of parsed.commands) {
      const where = `${stream} line ${c.index}: ${JSON.stringify(c.line)}\n--- stdout:\n${r.stdout}`;
      assert.ok(OWN.has(c.name), `foreign command ${c.name} got through at ${where}`);
      assert.equal(c.form, 'v2', `a v1 ##[ command got through at ${where}`);
      assert.equal(c.indented, false, `an indented command got through at ${where}`);
      assert.ok(!FORGED_DATA.has(c.data), `a forged ${c.name} got through at ${where}`);
      if (c.name === 'stop-commands') assert.match(c.data, /^nasm-lambda-[0-9a-f]{32}$/, where);
    }
    all.push(...parsed.commands);
  }
  return all;
}

const annotations = (cmds: WorkflowCommand[], level: string) => cmds.filter((c) => c.name === level);

describe('no workflow-command injection, over the whole output of the bundled action', () => {
  it("a handler's log and response", async () => {
    const ws = await workspace({ 'src/app.asm': handler(PAYLOAD + '\n', PAYLOAD, 0) });
    const r = await runAction({ workspace: ws, inputs: { 'test-event': '{}', 'artifact-name': '' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assertOnlyOwnCommands(r);
    assert.equal(r.outputs['test-response'], PAYLOAD);
    // The text is still shown, between stop-commands.
    assert.ok(r.stdout.includes('##[error]x'), r.stdout);
    assert.ok(r.stdout.includes('::set-output name=a::b'), r.stdout);
  });

  it("a failing handler: its log and error report are fenced, and the action's own error annotation remains", async () => {
    const ws = await workspace({ 'src/app.asm': handler(PAYLOAD + '\n', PAYLOAD, 3) });
    const r = await runAction({ workspace: ws, inputs: { 'test-event': '{}', 'artifact-name': '' } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const cmds = assertOnlyOwnCommands(r);
    const errors = annotations(cmds, 'error');
    assert.equal(errors.length, 1, r.stdout);
    assert.match(errors[0].data, /the function failed the test-event: Function\.ExitError/);
  });

  it('a test-event holding them, echoed back', async () => {
    const event = `{"a": "::add-mask::x",\r"b": "##[error]x",\n"::set-output name=a::b": 1,\n  "c": "##[stop-commands]tok",\r\n"d": "say ##[warning]mid"}`;
    const ws = await workspace({ 'src/echo.asm': ECHO });
    const r = await runAction({ workspace: ws, inputs: { 'test-event': event, 'artifact-name': '' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assertOnlyOwnCommands(r);
    assert.equal(r.outputs['test-response'], event);
  });

  it('a test-event that is not JSON, whose text reaches the error', async () => {
    const ws = await workspace({ 'src/echo.asm': ECHO });
    const r = await runAction({ workspace: ws, inputs: { 'test-event': PAYLOAD, 'artifact-name': '' } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const cmds = assertOnlyOwnCommands(r);
    assert.equal(annotations(cmds, 'error').length, 1, r.stdout);
    assert.match(annotations(cmds, 'error')[0].data, /^Input 'test-event': not valid JSON/);
  });

  it('source file names holding them (a fork controls file names)', async () => {
    const ws = await workspace({
      'src/##[warning]x.asm': EXIT0,
      'src/::add-mask::x.asm': 'section .text\nglobal f1\nf1: ret\n',
      'src/a\r::warning::x.asm': 'section .text\nglobal f2\nf2: ret\n',
      'src/b\n::set-output name=a::b.asm': 'section .text\nglobal f3\nf3: ret\n',
    });
    const r = await runAction({ workspace: ws, inputs: { 'artifact-name': '' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assertOnlyOwnCommands(r);
  });

  it('a source file name holding them that fails to assemble', async () => {
    const ws = await workspace({ 'src/::add-mask::x ##[error]x.asm': 'section .text\n  bogus instruction here\n' });
    const r = await runAction({ workspace: ws, inputs: { 'artifact-name': '' } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const cmds = assertOnlyOwnCommands(r);
    const placed = annotations(cmds, 'error').find((c) => c.properties.line === '2');
    assert.equal(placed?.properties.file, 'src/::add-mask::x ##[error]x.asm', r.stdout);
  });

  it("nasm's messages echoing them (%error, %warning, a CR inside a message)", async () => {
    const ws = await workspace({
      'src/app.asm': [
        '%warning "##[stop-commands]tok ::add-mask::x"',
        '%error "::set-output name=a::b ##[error]x"',
        '%error `a\\r::warning::x`',
        'section .text',
        'global _start',
        '_start: ret',
        '',
      ].join('\n'),
    });
    const r = await runAction({ workspace: ws, inputs: { 'artifact-name': '' } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const cmds = assertOnlyOwnCommands(r);
    const errors = annotations(cmds, 'error');
    // Both %error lines are annotated on their lines, with the text as data.
    assert.deepEqual(
      errors.filter((c) => c.properties.line).map((c) => [c.properties.line, c.data]),
      [
        ['2', '::set-output name=a::b ##\u200b[error]x'],
        ['3', 'a\r::warning::x'],
      ],
    );
    assert.ok(errors.some((c) => /^assembly failed/.test(c.data)));
    assert.equal(annotations(cmds, 'warning').length, 1);
  });
});

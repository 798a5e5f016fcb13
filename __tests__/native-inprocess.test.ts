/**
 * The in-process runtime (bootstrap: in-process): handlers written against
 * lambda.inc, linked into the runtime by buildNativeRuntime with the real nasm
 * and ld, run against the built-in Runtime API. Covers the ABI (registers,
 * stack, context record, the four exports), crashes, the response limit, and
 * the examples under examples/in-process/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inProcessBootstrap, procStats } from './helpers/runtime-native.ts';
import { startRuntime, type InvokeOutcome, type RuntimeSession } from '../src/local/invoke.ts';
import { inspectElf } from '../src/build/elf.ts';
import { buildNativeRuntime, lambdaIncludeDir } from '../src/runtime/native.ts';
import { NasmLambdaError } from '../src/errors.ts';
import { run } from './helpers/asm.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let work: string;
const sessions: RuntimeSession[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'native-inprocess-test-'));
});
after(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await rm(work, { recursive: true, force: true });
});

async function start(source: string, name: string): Promise<{ s: RuntimeSession; bootstrap: string }> {
  const bootstrap = await inProcessBootstrap(work, source, name);
  const s = await startRuntime({ taskRoot: path.dirname(bootstrap), handler: 'ignored/_HANDLER' });
  sessions.push(s);
  return { s, bootstrap };
}

function ok(o: InvokeOutcome): Buffer {
  if (!o.ok) assert.fail(`expected a response, got ${o.errorType}: ${o.errorMessage}`);
  return o.body;
}
function bad(o: InvokeOutcome) {
  if (o.ok) assert.fail(`expected an error, got ${JSON.stringify(o.response.slice(0, 100))}`);
  return o;
}

const ECHO = `%include "lambda.inc"
section .text
handler:
        sub     rsp, 8
        call    lambda_write
        add     rsp, 8
        xor     eax, eax
        ret
`;

describe('in-process runtime: the ABI', () => {
  test('echo: events round-trip, NUL bytes and invalid UTF-8 included, and the ELF verifier accepts the executable', async () => {
    const { s, bootstrap } = await start(ECHO, 'echo');
    for (const ev of [Buffer.from('{"a":1}'), Buffer.alloc(0), Buffer.from([0, 0xff, 0xfe, 0, 10]), Buffer.alloc(100_000, 'z')]) {
      assert.ok(ok(await s.invoke(ev)).equals(ev), `${ev.length} bytes`);
    }
    const v = inspectElf(await readFile(bootstrap));
    assert.ok(v.ok && v.facts.static && v.facts.machineName === 'x86-64' && v.facts.interpreter === undefined, v.ok ? '' : v.reason);
  });

  test('the context record, the NUL after the event, and rsp 16-byte aligned at the call with 1 MiB of stack', async () => {
    const { s } = await start(
      `%include "lambda.inc"
section .rodata
nul_ok: db "NUL"
aligned: db "ALIGNED"
sep: db 10
section .text
; writes: id \\n deadline(8 raw bytes) \\n arn \\n trace \\n [NUL] [ALIGNED]
handler:
        push    rbx
        push    r12
        push    r13
        mov     r12, rdi
        mov     r13, rsi
        mov     rbx, rdx
        lea     rax, [rsp + 24 + 8]     ; rsp before the call: must be 16-aligned
        mov     [rel saved_rsp], rax
        ; touch the stack 1 MiB down (the guard gap would make it a crash)
        mov     byte [rsp - 1048576], 1
        mov     rdi, [rbx + LAMBDA_CTX_REQUEST_ID]
        mov     rsi, [rbx + LAMBDA_CTX_REQUEST_ID_LEN]
        call    lambda_write
        call    newline
        lea     rdi, [rbx + LAMBDA_CTX_DEADLINE_MS]
        mov     esi, 8
        call    lambda_write
        call    newline
        mov     rdi, [rbx + LAMBDA_CTX_FUNCTION_ARN]
        mov     rsi, [rbx + LAMBDA_CTX_FUNCTION_ARN_LEN]
        call    lambda_write
        call    newline
        mov     rdi, [rbx + LAMBDA_CTX_TRACE_ID]
        mov     rsi, [rbx + LAMBDA_CTX_TRACE_ID_LEN]
        call    lambda_write
        call    newline
        cmp     byte [r12 + r13], 0
        jne     .no_nul
        lea     rdi, [rel nul_ok]
        mov     esi, 3
        call    lambda_write
.no_nul:
        test    qword [rel saved_rsp], 15
        jnz     .done
        lea     rdi, [rel aligned]
        mov     esi, 7
        call    lambda_write
.done:
        pop     r13
        pop     r12
        pop     rbx
        xor     eax, eax
        ret
newline:
        sub     rsp, 8
        lea     rdi, [rel sep]
        mov     esi, 1
        call    lambda_write
        add     rsp, 8
        ret
section .bss
saved_rsp: resq 1
`,
      'context',
    );
    const before = Date.now();
    const body = ok(await s.invoke('{"x":1}', { requestId: 'ctx-id-1', traceId: 'Root=1-abc;Sampled=1', timeoutMs: 60_000 }));
    const [id, rest] = [body.subarray(0, body.indexOf(10)), body.subarray(body.indexOf(10) + 1)];
    assert.equal(id.toString(), 'ctx-id-1');
    const deadline = Number(rest.readBigUInt64LE(0));
    assert.ok(deadline >= before + 59_000 && deadline <= Date.now() + 60_000, `deadline ${deadline}`);
    const lines = rest.subarray(9).toString().split('\n');
    assert.equal(lines[0], `arn:aws:lambda:us-east-1:123456789012:function:nasm-lambda-local`);
    assert.equal(lines[1], 'Root=1-abc;Sampled=1');
    assert.equal(lines[2], 'NULALIGNED');
    // No trace header: length 0.
    const none = ok(await s.invoke('{}', { requestId: 'ctx-id-2', traceId: '' }));
    assert.deepEqual(
      none
        .subarray(none.indexOf(10) + 10)
        .toString()
        .split('\n')
        .slice(1),
      ['', 'NULALIGNED'],
    );
  });

  test('lambda_getenv sees the per-invoke variables; the exports keep rbx, rbp, r12-r15', async () => {
    const { s } = await start(
      `%include "lambda.inc"
section .rodata
n1: db "_X_AMZN_TRACE_ID", 0
n2: db "AWS_LAMBDA_REQUEST_ID", 0
n3: db "AWS_LAMBDA_FUNCTION_NAME", 0
n4: db "NO_SUCH_VARIABLE", 0
n5: db "AWS_LAMBDA_CLIENT_CONTEXT", 0
names: dq n1, n2, n3, n4, n5, 0
null: db "<null>"
bar: db "|"
clobbered: db "CLOBBERED"
msg: db "m"
section .text
handler:
        push    rbx
        push    rbp
        push    r12
        push    r13
        push    r14
        push    r15
        sub     rsp, 8
        mov     rbx, 0x1111
        mov     rbp, 0x2222
        mov     r12, 0x3333
        mov     r13, 0x4444
        mov     r14, 0x5555
        lea     r15, [rel names]
.next:
        mov     rdi, [r15]
        test    rdi, rdi
        jz      .done
        call    lambda_getenv
        test    rax, rax
        jz      .null
        mov     rdi, rax
        xor     esi, esi
.len:   cmp     byte [rdi + rsi], 0
        je      .put
        inc     rsi
        jmp     .len
.null:  lea     rdi, [rel null]
        mov     esi, 6
.put:   call    lambda_write
        lea     rdi, [rel bar]
        mov     esi, 1
        call    lambda_write
        lea     rdi, [rel msg]
        mov     esi, 1
        call    lambda_log
        lea     rdi, [rel msg]
        mov     esi, 1
        lea     rdx, [rel msg]
        mov     ecx, 1
        call    lambda_error
        add     r15, 8
        jmp     .next
.done:
        cmp     rbx, 0x1111
        jne     .bad
        cmp     rbp, 0x2222
        jne     .bad
        cmp     r12, 0x3333
        jne     .bad
        cmp     r13, 0x4444
        jne     .bad
        cmp     r14, 0x5555
        jne     .bad
        xor     eax, eax
        jmp     .out
.bad:   lea     rdi, [rel clobbered]
        mov     esi, 9
        call    lambda_write
        xor     eax, eax
.out:
        add     rsp, 8
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbp
        pop     rbx
        ret
`,
      'getenv',
    );
    assert.equal(
      ok(await s.invoke('{}', { requestId: 'env-1', traceId: 'Root=1-t1', clientContext: 'e30=' })).toString(),
      'Root=1-t1|env-1|nasm-lambda-local|<null>|e30=|',
    );
    assert.equal(ok(await s.invoke('{}', { requestId: 'env-2', traceId: '' })).toString(), '<null>|env-2|nasm-lambda-local|<null>|<null>|');
    assert.match(s.logs(), /mmmm/);
  });

  test('a non-zero return: lambda_error sets the error, else Function.ExitError "handler returned N"; both reset per event', async () => {
    // The event's first byte picks: e = lambda_error then return 3, r = return -5, z = lambda_error then return 0.
    const { s } = await start(
      `%include "lambda.inc"
section .rodata
etype: db "Function.NotFound"
emsg: db 'no such "thing" \\', 10, 0xff
section .text
handler:
        sub     rsp, 8
        mov     al, [rdi]
        cmp     al, 'r'
        je      .ret
        lea     rdi, [rel etype]
        mov     esi, 17
        lea     rdx, [rel emsg]
        mov     ecx, 19
        push    rax
        push    rax
        call    lambda_error
        pop     rax
        pop     rax
        cmp     al, 'z'
        je      .zero
        mov     eax, 3
        jmp     .out
.zero:  xor     eax, eax
        jmp     .out
.ret:   mov     eax, -5
.out:   add     rsp, 8
        ret
`,
      'errors',
    );
    const e = bad(await s.invoke('e'));
    assert.equal(e.errorType, 'Function.NotFound');
    assert.equal(e.headerErrorType, 'Function.NotFound');
    assert.equal(e.errorMessage, 'no such "thing" \\\n\ufffd');
    assert.deepEqual(e.stackTrace, []);
    const r = bad(await s.invoke('r'));
    assert.equal(r.errorType, 'Function.ExitError');
    assert.equal(r.errorMessage, 'handler returned -5');
    assert.equal(ok(await s.invoke('z')).length, 0);
    assert.equal(bad(await s.invoke('r')).errorMessage, 'handler returned -5');
  });

  test('the response limit: exactly 6,291,556 bytes is posted; one more fails with ResponseSizeTooLarge naming the size', { timeout: 60_000 }, async () => {
    // Writes N = the event's decimal value bytes in 100,000-byte writes; returns 0 only if every
    // write returned what the limit says (0 up to it, -1 past it), else 9.
    const { s } = await start(
      `%include "lambda.inc"
section .bss
buf: resb 100000
section .text
handler:
        push    rbx
        push    r12
        push    r13
        xor     ebx, ebx                ; N
.parse: movzx   eax, byte [rdi]
        sub     eax, '0'
        cmp     eax, 9
        ja      .parsed
        imul    rbx, rbx, 10
        add     rbx, rax
        inc     rdi
        jmp     .parse
.parsed:
        xor     r12d, r12d              ; written so far
.loop:  mov     rsi, rbx
        sub     rsi, r12
        jz      .ok
        cmp     rsi, 100000
        jbe     .n
        mov     esi, 100000
.n:     mov     r13, rsi
        lea     rdi, [rel buf]
        call    lambda_write
        add     r12, r13
        cmp     r12, LAMBDA_MAX_RESPONSE
        ja      .want_fail
        test    rax, rax
        jnz     .wrong
        jmp     .loop
.want_fail:
        cmp     rax, -1
        jne     .wrong
        jmp     .loop
.ok:    xor     eax, eax
        jmp     .out
.wrong: mov     eax, 9
.out:   pop     r13
        pop     r12
        pop     rbx
        ret
`,
      'limit',
    );
    assert.equal(ok(await s.invoke('6291556')).length, 6291556);
    const over = bad(await s.invoke('6291557'));
    assert.equal(over.errorType, 'Function.ResponseSizeTooLarge');
    assert.match(over.errorMessage, /\(6291557 bytes\)/);
    const far = bad(await s.invoke('7000000'));
    assert.match(far.errorMessage, /\(7000000 bytes\)/);
    assert.equal(ok(await s.invoke('10')).length, 10);
    assert.match(s.logs(), /over the 6 MB the Runtime API accepts/);
  });

  for (const [what, body, signal] of [
    ['a segfault', 'xor eax, eax\n        mov [rax], eax', 'SIGSEGV'],
    ['a stack overflow', 'call handler', 'SIGSEGV'],
    ['a division by zero', 'xor ecx, ecx\n        xor edx, edx\n        div ecx', 'SIGFPE'],
    ['an illegal instruction', 'ud2', 'SIGILL'],
  ] as const) {
    test(`${what}: Function.Signal naming ${signal} for the event, then the runtime exits`, async () => {
      const { s } = await start(
        `%include "lambda.inc"\nsection .text\nhandler:\n        ${body}\n        xor eax, eax\n        ret\n`,
        what.replace(/\W+/g, '-'),
      );
      const r = bad(await s.invoke('{}', { requestId: `crash-${signal}` }));
      assert.equal(r.errorType, 'Function.Signal');
      assert.equal(r.headerErrorType, 'Function.Signal');
      assert.match(r.errorMessage, new RegExp(`^the handler was killed by signal ${signal} at rip 0x[0-9a-f]{16}`));
      const exit = await s.waitExit();
      assert.equal(exit.code, 128 + { SIGSEGV: 11, SIGFPE: 8, SIGILL: 4 }[signal]);
      assert.match(s.logs(), new RegExp(`bootstrap: the handler was killed by signal ${signal}`));
    });
  }

  test('300 invocations: fds and memory stay flat', { timeout: 60_000 }, async () => {
    const { s } = await start(ECHO, 'echo-flat');
    for (let i = 0; i < 20; i++) ok(await s.invoke(`{"w":${i}}`));
    const a = await procStats(s.pid!);
    for (let i = 0; i < 300; i++) {
      const ev = `{"i":${i},"p":"${'q'.repeat(i % 3000)}"}`;
      if (ok(await s.invoke(ev)).toString() !== ev) assert.fail(`invocation ${i}`);
    }
    const b = await procStats(s.pid!);
    assert.equal(b.fds, a.fds);
    assert.ok(b.rssKb <= a.rssKb + 256, `VmRSS ${a.rssKb} -> ${b.rssKb} kB`);
  });

  test('link errors name the fix: no handler, or a _start of its own', async () => {
    const dir = await mkdtemp(path.join(work, 'bad-'));
    const build = async (src: string) => {
      const asm = path.join(dir, 'x.asm');
      await (await import('node:fs/promises')).writeFile(asm, src);
      await run('nasm', ['-f', 'elf64', '-I', lambdaIncludeDir() + '/', '-o', path.join(dir, 'x.o'), asm]);
      return buildNativeRuntime({
        nasm: 'nasm',
        ld: 'ld',
        workDir: dir,
        mode: 'in-process',
        userObjects: [path.join(dir, 'x.o')],
        output: path.join(dir, 'out'),
      });
    };
    await assert.rejects(
      build('%include "lambda.inc"\nsection .text\nother: ret\n'),
      (e: unknown) => e instanceof NasmLambdaError && /no object defines `handler`/.test(e.message),
    );
    await assert.rejects(
      build('%include "lambda.inc"\nglobal _start\nsection .text\nhandler: ret\n_start: ret\n'),
      (e: unknown) => e instanceof NasmLambdaError && /defines `_start`/.test(e.message),
    );
    // A good one: ld prints its version as it links, for the summary (no probe of its own).
    const built = await build('%include "lambda.inc"\nsection .text\nhandler: xor eax, eax\n ret\n');
    assert.match(built.ldVersion ?? '', /^GNU ld .*\d+\.\d+/);
  });
});

describe('in-process examples', () => {
  test('examples/in-process/echo: the test event round-trips', async () => {
    const { s } = await start(await readFile(path.join(root, 'examples/in-process/echo/src/echo.asm'), 'utf8'), 'example-echo');
    const ev = '{"hello":"world","n":[1,2,3]}';
    assert.equal(ok(await s.invoke(ev)).toString(), ev);
  });

  test('examples/in-process/function-url: a function-URL JSON response naming the request', async () => {
    const { s } = await start(await readFile(path.join(root, 'examples/in-process/function-url/src/app.asm'), 'utf8'), 'example-url');
    const ev = JSON.stringify({ rawPath: '/hi', body: 'x'.repeat(50) });
    const doc = JSON.parse(ok(await s.invoke(ev, { requestId: 'url-req-7' })).toString());
    assert.equal(doc.statusCode, 200);
    assert.deepEqual(doc.headers, { 'content-type': 'application/json' });
    assert.deepEqual(JSON.parse(doc.body), { requestId: 'url-req-7', bytes: Buffer.byteLength(ev) });
  });
});

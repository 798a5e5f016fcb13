import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describeElf, inspectElf, withoutSectionHeaders, type ElfFacts, type ElfVerdict } from '../src/build/elf.ts';
import { run } from './helpers/asm.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/elf');

let dir: string;
const built: Record<string, string> = {};

async function assemble(fixture: string, format: 'elf64' | 'elf32' = 'elf64'): Promise<string> {
  const obj = path.join(dir, `${fixture}.${format}.o`);
  await run('nasm', ['-f', format, '-o', obj, path.join(fixtures, `${fixture}.asm`)]);
  return obj;
}

async function link(name: string, args: string[]): Promise<string> {
  const out = path.join(dir, name);
  await run('ld', ['-o', out, ...args], { cwd: dir });
  built[name] = out;
  return out;
}

async function verdictOf(name: string): Promise<ElfVerdict> {
  return inspectElf(await readFile(built[name]));
}

function okFacts(v: ElfVerdict): ElfFacts {
  assert.ok(v.ok, `expected an accepted ELF, got: ${v.ok ? '' : v.reason}`);
  return v.facts;
}

function rejection(v: ElfVerdict): string {
  assert.equal(v.ok, false, 'expected a rejection');
  return v.ok ? '' : v.reason;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'elf-test-'));
  const hello = await assemble('hello');
  await link('hello', [hello]);
  await link('hello-pie-dynamic', ['-pie', '--dynamic-linker', '/lib64/ld-linux-x86-64.so.2', hello]);
  await link('hello-static-pie', ['-static', '-pie', '--no-dynamic-linker', hello]);
  await link('libanswer.so', ['-shared', await assemble('shared-lib')]);
  const user = await assemble('uses-shared-lib');
  await link('dynamic', [user, '-L', dir, '-lanswer', '--dynamic-linker', '/lib64/ld-linux-x86-64.so.2']);
  await link('dynamic-no-interp', [user, '-L', dir, '-lanswer', '--no-dynamic-linker']);
  await link('hello32', ['-m', 'elf_i386', await assemble('hello32', 'elf32')]);
  await link('int80', [await assemble('int80')]);
  await link('data-entry', [await assemble('data-entry')]);
  built['hello.o'] = hello;
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('inspectElf on real binaries', () => {
  test('a static hello is accepted, and its facts match readelf', async () => {
    const bytes = await readFile(built.hello);
    const facts = okFacts(inspectElf(bytes));
    assert.equal(facts.class, 'ELFCLASS64');
    assert.equal(facts.endianness, 'little');
    assert.equal(facts.machine, 62);
    assert.equal(facts.typeName, 'ET_EXEC');
    assert.equal(facts.static, true);
    assert.equal(facts.fileSize, bytes.length);
    assert.deepEqual(facts.int80Sites, []);
    assert.equal(facts.int80SiteCount, 0);

    const { stdout } = await run('readelf', ['-hlW', built.hello]);
    const entry = /Entry point address:\s+0x([0-9a-f]+)/.exec(stdout);
    assert.ok(entry);
    assert.equal(facts.entry, BigInt(`0x${entry[1]}`));
    assert.equal(facts.entryHex, `0x${entry[1]}`);

    const rows = [...stdout.matchAll(/^\s+(\w+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s([RWE ]{3})\s+0x[0-9a-f]+$/gm)];
    assert.ok(rows.length > 0, 'parsed readelf program headers');
    assert.deepEqual(
      facts.segments.map((s) => [s.type, s.offset, s.vaddr, s.filesz, s.memsz, s.flags]),
      rows.map((r) => [r[1], BigInt(`0x${r[2]}`), BigInt(`0x${r[3]}`), BigInt(`0x${r[4]}`), BigInt(`0x${r[5]}`), r[6].replaceAll(' ', '-')]),
    );
    // The entry is in the executable LOAD segment.
    const text = facts.segments.find((s) => s.flags === 'R-E');
    assert.ok(text && facts.entry >= text.vaddr && facts.entry < text.vaddr + text.memsz);

    const summary = describeElf(facts);
    assert.equal(summary.Entry, `0x${entry[1]}`);
    assert.match(summary.Format, /ELFCLASS64 little-endian x86-64 ET_EXEC, static/);
    assert.match(summary.Segments, /R-E 0x401000/);
    assert.match(summary.Size, new RegExp(`\\(${bytes.length} bytes\\)`));
    assert.equal(summary['int 0x80 sites'], 'none');
  });

  test('a PIE with a dynamic linker is rejected as dynamically linked', async () => {
    const reason = rejection(await verdictOf('hello-pie-dynamic'));
    assert.match(reason, /dynamically linked position-independent executable \(ET_DYN; PT_INTERP requests \/lib64\/ld-linux-x86-64\.so\.2\)/);
    assert.match(reason, /link statically with plain `ld`/);
  });

  test('a static PIE and a shared object are rejected as ET_DYN', async () => {
    for (const name of ['hello-static-pie', 'libanswer.so']) {
      const reason = rejection(await verdictOf(name));
      assert.equal(
        reason,
        "it is a position-independent (PIE) or shared object (ET_DYN), not a static executable: link with plain `ld` and don't pass -pie/-shared",
      );
    }
  });

  test('an executable linked against a shared object is rejected for PT_INTERP', async () => {
    const v = await verdictOf('dynamic');
    assert.equal(
      rejection(v),
      "it is dynamically linked (PT_INTERP requests /lib64/ld-linux-x86-64.so.2): Lambda's provided runtimes don't guarantee that loader; link statically with plain `ld` and without --dynamic-linker",
    );
    assert.equal(v.facts?.static, false);
    assert.equal(v.facts?.interpreter, '/lib64/ld-linux-x86-64.so.2');
  });

  test('an ET_EXEC with PT_DYNAMIC but no interpreter is still rejected', async () => {
    assert.match(rejection(await verdictOf('dynamic-no-interp')), /PT_DYNAMIC segment .* not a static executable/);
  });

  test('a 32-bit executable is rejected as ELFCLASS32 with the elf64 fix', async () => {
    const v = await verdictOf('hello32');
    const reason = rejection(v);
    assert.match(reason, /ELFCLASS32/);
    assert.match(reason, /`nasm -f elf64`/);
    assert.match(reason, /elf_i386/);
    assert.equal(v.facts?.class, 'ELFCLASS32');
  });

  test('an object file is rejected as ET_REL', async () => {
    assert.match(rejection(await verdictOf('hello.o')), /relocatable object file \(ET_REL, a \.o\)/);
  });

  test('an entry point in .data is rejected as non-executable', async () => {
    assert.match(rejection(await verdictOf('data-entry')), /entry point 0x[0-9a-f]+ is in a non-executable segment \(flags RW-\)/);
  });

  test('a shell script and an empty file are not ELF', () => {
    assert.match(rejection(inspectElf(new TextEncoder().encode('#!/bin/sh\necho hi\n'))), /it is a script/);
    assert.match(rejection(inspectElf(new TextEncoder().encode('hello world, not a binary'))), /not an ELF file/);
    assert.match(rejection(inspectElf(new Uint8Array())), /empty file/);
  });

  test('truncated copies name what was cut', async () => {
    const bytes = await readFile(built.hello);
    const facts = okFacts(inspectElf(bytes));
    const text = facts.segments.find((s) => s.flags === 'R-E')!;
    const cases: [number, RegExp][] = [
      [3, /truncated inside the ELF magic/],
      [5, /truncated: the ELF identification/],
      [40, /truncated: the ELF header needs 64 bytes but the file has only 40/],
      [64, /truncated: the program header table \(3 entries at offset 64\)/],
      [64 + 56 + 10, /truncated: the program header table/],
      [Number(text.offset) + 4, /truncated or corrupt: segment 1 \(LOAD\) covers file bytes/],
    ];
    for (const [cut, expected] of cases) {
      assert.match(rejection(inspectElf(bytes.subarray(0, cut))), expected, `cut at ${cut}`);
    }
  });

  test('header corruptions each get their own reason', async () => {
    const original = await readFile(built.hello);
    const patched = (fn: (b: Buffer) => void): string => {
      const copy = Buffer.from(original);
      fn(copy);
      return rejection(inspectElf(copy));
    };
    assert.match(
      patched((b) => b.writeUInt16LE(183, 18)),
      /built for AArch64 .*not x86-64/,
    );
    assert.match(
      patched((b) => (b[5] = 2)),
      /big-endian/,
    );
    assert.match(
      patched((b) => (b[4] = 7)),
      /ELF class byte is 7/,
    );
    assert.match(
      patched((b) => b.writeUInt16LE(32, 54)),
      /e_phentsize is 32, but ELF64 program headers are 56 bytes/,
    );
    assert.match(
      patched((b) => b.writeUInt16LE(0, 56)),
      /no program headers/,
    );
    assert.match(
      patched((b) => b.writeBigUInt64LE(0x10n, 24)),
      /entry point 0x10 is not inside any loaded segment/,
    );
    assert.match(
      patched((b) => b.writeBigUInt64LE(0xffffffffffffff00n, 32)),
      /truncated: the program header table/,
    );
    // First PT_LOAD's p_filesz (still inside the file) made larger than its p_memsz.
    assert.match(
      patched((b) => b.writeBigUInt64LE(0x1000n, 64 + 32)),
      /more file bytes \(4096\) than memory bytes/,
    );
    assert.match(
      patched((b) => b.writeBigUInt64LE(0xffff800000000000n, 64 + 16)),
      /beyond the x86-64 user address space/,
    );
  });

  test('int 0x80 sites are reported at exactly the labelled addresses', async () => {
    const bytes = await readFile(built.int80);
    const facts = okFacts(inspectElf(bytes));
    const { stdout } = await run('nm', [built.int80]);
    const symbols = new Map(
      stdout
        .trim()
        .split('\n')
        .map((l) => [l.split(' ')[2], BigInt(`0x${l.split(' ')[0]}`)]),
    );
    const expected = [symbols.get('first_int80'), symbols.get('second_int80')];
    assert.ok(expected.every((a) => a !== undefined));
    assert.deepEqual(
      facts.int80Sites.map((s) => s.vaddr),
      expected,
    );
    assert.equal(facts.int80SiteCount, 2);
    for (const site of facts.int80Sites) {
      assert.equal(bytes[site.offset], 0xcd);
      assert.equal(bytes[site.offset + 1], 0x80);
      assert.equal(site.vaddrHex, `0x${site.vaddr.toString(16)}`);
    }
    assert.equal(describeElf(facts)['int 0x80 sites'], expected.map((a) => `0x${a.toString(16)}`).join(', '));
  });
});

/** The documented shape, checked field by field, and self-consistency of an accepted verdict. */
function assertVerdictShape(v: unknown): void {
  assert.equal(typeof v, 'object');
  const verdict = v as ElfVerdict;
  if (verdict.ok === false) {
    assert.equal(typeof verdict.reason, 'string');
    assert.ok(verdict.reason.length > 0 && !/[\r\n]/.test(verdict.reason), 'reason is one non-empty line');
    assert.ok(verdict.facts === undefined || typeof verdict.facts === 'object');
    return;
  }
  assert.equal(verdict.ok, true);
  const f = verdict.facts;
  assert.equal(f.class, 'ELFCLASS64');
  assert.equal(f.endianness, 'little');
  assert.equal(f.machine, 62);
  assert.equal(f.typeName, 'ET_EXEC');
  assert.equal(f.static, true);
  assert.equal(typeof f.entry, 'bigint');
  assert.equal(f.entryHex, `0x${f.entry.toString(16)}`);
  assert.ok(Array.isArray(f.segments) && f.segments.length > 0);
  for (const s of f.segments) {
    assert.match(s.flags, /^[R-][W-][E-]$/);
    for (const n of [s.offset, s.vaddr, s.filesz, s.memsz]) assert.equal(typeof n, 'bigint');
  }
  const home = f.segments.find((s) => s.type === 'LOAD' && f.entry >= s.vaddr && f.entry < s.vaddr + s.filesz);
  assert.ok(home && home.flags.endsWith('E'), 'entry lies in an executable LOAD segment');
  assert.ok(f.int80Sites.length <= f.int80SiteCount);
  for (const site of f.int80Sites) assert.ok(site.offset >= 0 && site.offset + 1 < f.fileSize);
  for (const value of Object.values(describeElf(f))) assert.equal(typeof value, 'string');
}

/** null most of the time, so that many mutants stay valid and reach the later checks and the int 0x80 scan. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

describe('withoutSectionHeaders', () => {
  test('cuts the section headers off a linked executable, which still verifies and keeps its segments', async () => {
    const elf = await readFile(built.hello);
    assert.notEqual(elf.readBigUInt64LE(0x28), 0n, 'the fixture has section headers');
    const cut = withoutSectionHeaders(elf);
    assert.ok(cut.length < elf.length);
    assert.equal(cut.readBigUInt64LE(0x28), 0n);
    assert.equal(cut.readUInt16LE(0x3c), 0);
    assert.equal(cut.readUInt16LE(0x3e), 0);
    assert.deepEqual(okFacts(inspectElf(cut)).segments, okFacts(inspectElf(elf)).segments);
    // Every segment's bytes are still in the file, unchanged.
    assert.ok(elf.subarray(0x40, cut.length).equals(cut.subarray(0x40)));
    assert.equal(withoutSectionHeaders(cut), cut, 'a second cut changes nothing');
  });

  test('leaves what it does not understand as it is', async () => {
    for (const name of ['hello.o', 'hello32']) {
      const bytes = await readFile(built[name]);
      assert.equal(withoutSectionHeaders(bytes), bytes, name);
    }
    const text = Buffer.from('#!/bin/sh\necho hi\n'.padEnd(100, ' '));
    assert.equal(withoutSectionHeaders(text), text);
  });
});

describe('inspectElf never throws', () => {
  test('random byte arrays', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }),
          // Random bytes behind a valid ELF64 ident get past the first checks.
          fc.uint8Array({ minLength: 0, maxLength: 1024 }).map((tail) => {
            const b = new Uint8Array(16 + tail.length);
            b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
            b.set(tail, 16);
            return b;
          }),
        ),
        (bytes) => assertVerdictShape(inspectElf(bytes)),
      ),
      { numRuns: 1000 },
    );
  });

  test('mutations of a real static ELF', async () => {
    const original = new Uint8Array(await readFile(built.int80));
    // Half the flips land in the headers, where they matter most.
    const position = fc.oneof(fc.nat({ max: 64 + 56 * 3 }), fc.nat({ max: original.length - 1 }));
    // e_type, e_machine, e_entry, e_phoff, e_phentsize, e_phnum, then offset/vaddr/filesz/memsz of the first two headers.
    const fields = [16, 18, 24, 32, 54, 56, 64 + 8, 64 + 16, 64 + 32, 64 + 40, 120 + 8, 120 + 32];
    assert.equal(new DataView(original.buffer, original.byteOffset).getUint16(56, true), 3, 'three program headers');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        rarely(fc.tuple(fc.constantFrom(...fields), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }))),
        rarely(fc.nat({ max: original.length })),
        fc.uint8Array({ maxLength: 64 }),
        (flips, field, cut, extension) => {
          const copy = new Uint8Array(original.length + extension.length);
          copy.set(original);
          copy.set(extension, original.length);
          for (const [at, value] of flips) copy[at] = value;
          if (field) new DataView(copy.buffer).setBigUint64(field[0], field[1], true);
          const bytes = cut === null ? copy : copy.subarray(0, cut);
          assertVerdictShape(inspectElf(bytes));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

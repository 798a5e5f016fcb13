/**
 * Decides, from the ELF headers alone, whether a file can be exec'd as a Lambda
 * custom runtime on x86_64: a static ELF64 little-endian x86-64 ET_EXEC whose
 * entry point lies in an executable PT_LOAD segment.
 *
 * Pure and total: any byte string gives a verdict, nothing throws. Every read is
 * bounds-checked and 64-bit fields stay BigInt, so hostile headers can neither
 * crash the parser nor make it allocate by a count taken from the file.
 */

export interface ElfSegment {
  /** `LOAD`, `INTERP`, `GNU_STACK`, … or the raw value in hex when unknown. */
  type: string;
  typeValue: number;
  /** readelf-style `R`, `W`, `E` letters with `-` for a missing one, e.g. `R-E`. */
  flags: string;
  flagsValue: number;
  offset: bigint;
  vaddr: bigint;
  filesz: bigint;
  memsz: bigint;
}

export interface Int80Site {
  /** Virtual address of the `CD 80` pair. */
  vaddr: bigint;
  vaddrHex: string;
  /** Offset of the pair in the file. */
  offset: number;
}

export interface ElfFacts {
  fileSize: number;
  /** `ELFCLASS64`, `ELFCLASS32` or `invalid (n)`. */
  class: string;
  /** `little`, `big` or `invalid (n)`. */
  endianness: string;
  machine: number;
  /** e.g. `x86-64`, `AArch64`, `Intel 80386`. */
  machineName: string;
  type: number;
  /** e.g. `ET_EXEC`. */
  typeName: string;
  entry: bigint;
  entryHex: string;
  segments: ElfSegment[];
  /** No PT_INTERP and no PT_DYNAMIC. */
  static: boolean;
  /** The interpreter PT_INTERP asks for, when there is one. */
  interpreter?: string;
  /** Capped at MAX_INT80_SITES; see int80SiteCount for the full count. */
  int80Sites: Int80Site[];
  int80SiteCount: number;
}

export type ElfVerdict =
  | { ok: true; facts: ElfFacts }
  /** `facts` holds whatever was learned before the problem was found. */
  | { ok: false; reason: string; facts?: Partial<ElfFacts> };

export const MAX_INT80_SITES = 100;

const EM_X86_64 = 62;
const ET_EXEC = 2;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;
const EHDR64_SIZE = 64;
const PHDR64_SIZE = 56;
/** The kernel refuses program header tables larger than this (binfmt_elf). */
const MAX_PHDR_TABLE_BYTES = 65536;
/** Top of the x86-64 user address space with 4-level paging (TASK_SIZE_MAX). */
const X86_64_TASK_SIZE = 0x7ffffffff000n;

const MACHINE_NAMES: Record<number, string> = {
  0: 'none',
  2: 'SPARC',
  3: 'Intel 80386',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  43: 'SPARC V9',
  50: 'IA-64',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
  258: 'LoongArch',
};

const TYPE_NAMES: Record<number, string> = {
  0: 'ET_NONE',
  1: 'ET_REL',
  2: 'ET_EXEC',
  3: 'ET_DYN',
  4: 'ET_CORE',
};

const SEGMENT_NAMES: Record<number, string> = {
  0: 'NULL',
  1: 'LOAD',
  2: 'DYNAMIC',
  3: 'INTERP',
  4: 'NOTE',
  5: 'SHLIB',
  6: 'PHDR',
  7: 'TLS',
  0x6474e550: 'GNU_EH_FRAME',
  0x6474e551: 'GNU_STACK',
  0x6474e552: 'GNU_RELRO',
  0x6474e553: 'GNU_PROPERTY',
};

export function inspectElf(bytes: Uint8Array): ElfVerdict {
  try {
    return inspect(bytes);
  } catch (err) {
    // Unreachable by design (every read is guarded); kept so the contract holds.
    return { ok: false, reason: `it could not be parsed as ELF (${String(err)})` };
  }
}

/** The four bytes every ELF file starts with. */
export const ELF_MAGIC: readonly number[] = [0x7f, 0x45, 0x4c, 0x46];

export function hasElfMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ELF_MAGIC.every((b, i) => bytes[i] === b);
}

function inspect(bytes: Uint8Array): ElfVerdict {
  const size = bytes.length;
  const facts: Partial<ElfFacts> = { fileSize: size };
  const fail = (reason: string): ElfVerdict => ({ ok: false, reason, facts });

  if (size === 0) return fail('it is an empty file, not an ELF executable: check that the link step produced output');
  for (let i = 0; i < ELF_MAGIC.length; i++) {
    if (i >= size) return fail(`it is truncated inside the ELF magic (only ${size} bytes)`);
    if (bytes[i] !== ELF_MAGIC[i]) return fail(notElfReason(bytes));
  }
  if (size < 6) return fail(`it is truncated: the ELF identification ends after ${size} of 16 bytes`);

  const elfClass = bytes[4];
  facts.class = elfClass === 1 ? 'ELFCLASS32' : elfClass === 2 ? 'ELFCLASS64' : `invalid (${elfClass})`;
  const data = bytes[5];
  facts.endianness = data === 1 ? 'little' : data === 2 ? 'big' : `invalid (${data})`;
  if (data === 1 && size >= 20) {
    facts.machine = bytes[18] | (bytes[19] << 8);
    facts.machineName = machineName(facts.machine);
  }

  if (elfClass === 1) {
    return fail(
      `it is a 32-bit ELF (ELFCLASS32${facts.machineName ? `, ${facts.machineName}` : ''}), but Lambda x86_64 needs a 64-bit x86-64 executable: assemble with \`nasm -f elf64\` (not elf32) and link with plain \`ld\` (not -m elf_i386)`,
    );
  }
  if (elfClass !== 2) return fail(`its ELF class byte is ${elfClass}, neither 32- nor 64-bit: the file is corrupt`);
  if (data === 2) return fail('it is a big-endian ELF, but x86-64 is little-endian: assemble with `nasm -f elf64`');
  if (data !== 1) return fail(`its ELF data-encoding byte is ${data}, neither little- nor big-endian: the file is corrupt`);
  if (size < EHDR64_SIZE) {
    return fail(`it is truncated: the ELF header needs ${EHDR64_SIZE} bytes but the file has only ${size}`);
  }

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = view.getUint16(16, true);
  const machine = view.getUint16(18, true);
  const entry = view.getBigUint64(24, true);
  const phoff = view.getBigUint64(32, true);
  const phentsize = view.getUint16(54, true);
  const phnum = view.getUint16(56, true);
  Object.assign(facts, {
    machine,
    machineName: machineName(machine),
    type,
    typeName: TYPE_NAMES[type] ?? `unknown (${type})`,
    entry,
    entryHex: hex(entry),
  });

  if (machine !== EM_X86_64) {
    const arm = machine === 183 ? ' (Lambda arm64 functions need an AArch64 binary; this action builds x86-64 only)' : '';
    return fail(
      `it is built for ${facts.machineName} (e_machine ${machine}), not x86-64${arm}: assemble with \`nasm -f elf64\` and link with plain \`ld\` for an x86_64 function`,
    );
  }
  if (type === 1) {
    return fail('it is a relocatable object file (ET_REL, a .o), not an executable: link it with `ld -o app file.o`');
  }
  if (type === 4) return fail('it is a core dump (ET_CORE), not an executable');
  if (type !== ET_EXEC && type !== 3) return fail(`its ELF type is ${facts.typeName}, not an executable (ET_EXEC)`);

  // The program headers decide the rest, ET_DYN included (its message depends on PT_INTERP).
  if (phentsize !== PHDR64_SIZE) {
    return fail(`its e_phentsize is ${phentsize}, but ELF64 program headers are ${PHDR64_SIZE} bytes: the file is corrupt`);
  }
  if (phnum === 0) return fail('it has no program headers, so the kernel has nothing to load: link it with `ld`');
  const tableBytes = phnum * PHDR64_SIZE;
  if (tableBytes > MAX_PHDR_TABLE_BYTES) {
    return fail(`its program header table is too large (${phnum} entries); Linux refuses more than ${MAX_PHDR_TABLE_BYTES} bytes of program headers`);
  }
  const tableEnd = phoff + BigInt(tableBytes);
  if (tableEnd > BigInt(size)) {
    return fail(`it is truncated: the program header table (${phnum} entries at offset ${phoff}) needs bytes up to ${tableEnd}, but the file has only ${size}`);
  }

  // Bounded by the checks above: phnum ≤ 1170 and the table lies inside the file.
  const segments: ElfSegment[] = [];
  const base = Number(phoff);
  for (let i = 0; i < phnum; i++) {
    const at = base + i * PHDR64_SIZE;
    const typeValue = view.getUint32(at, true);
    const flagsValue = view.getUint32(at + 4, true);
    segments.push({
      type: SEGMENT_NAMES[typeValue] ?? `0x${typeValue.toString(16)}`,
      typeValue,
      flags: flagString(flagsValue),
      flagsValue,
      offset: view.getBigUint64(at + 8, true),
      vaddr: view.getBigUint64(at + 16, true),
      filesz: view.getBigUint64(at + 32, true),
      memsz: view.getBigUint64(at + 40, true),
    });
  }
  facts.segments = segments;

  for (const [i, s] of segments.entries()) {
    if (s.filesz > 0n && s.offset + s.filesz > BigInt(size)) {
      return fail(
        `it is truncated or corrupt: segment ${i} (${s.type}) covers file bytes ${s.offset}–${s.offset + s.filesz}, beyond the end of the file (${size} bytes)`,
      );
    }
  }

  const interp = segments.find((s) => s.typeValue === PT_INTERP);
  const dynamic = segments.some((s) => s.typeValue === PT_DYNAMIC);
  facts.static = !interp && !dynamic;
  if (interp) facts.interpreter = readCString(bytes, interp);
  const wants = interp ? ` requests ${facts.interpreter || 'a loader'}` : '';

  if (type === 3) {
    if (interp) {
      return fail(
        `it is a dynamically linked position-independent executable (ET_DYN; PT_INTERP${wants}): Lambda's provided runtimes don't guarantee that loader; link statically with plain \`ld\`, without -pie, -shared or --dynamic-linker`,
      );
    }
    return fail("it is a position-independent (PIE) or shared object (ET_DYN), not a static executable: link with plain `ld` and don't pass -pie/-shared");
  }
  if (interp) {
    return fail(
      `it is dynamically linked (PT_INTERP${wants}): Lambda's provided runtimes don't guarantee that loader; link statically with plain \`ld\` and without --dynamic-linker`,
    );
  }
  if (dynamic) {
    return fail(
      'it has a PT_DYNAMIC segment (it was linked against a shared library), so it is not a static executable: link with plain `ld` and only object files, no -l or .so inputs',
    );
  }

  const loads = segments.filter((s) => s.typeValue === PT_LOAD);
  if (loads.length === 0) return fail('it has no loadable (PT_LOAD) segment, so the kernel has nothing to map');
  for (const s of loads) {
    // The kernel's own sanity checks in binfmt_elf; it refuses to exec otherwise.
    if (s.filesz > s.memsz) {
      return fail(`it is corrupt: a LOAD segment at ${hex(s.vaddr)} has more file bytes (${s.filesz}) than memory bytes (${s.memsz})`);
    }
    if (s.vaddr + s.memsz > X86_64_TASK_SIZE) {
      return fail(`it is corrupt: a LOAD segment at ${hex(s.vaddr)} (${s.memsz} bytes) lies beyond the x86-64 user address space`);
    }
  }

  const home = loads.find((s) => entry >= s.vaddr && entry < s.vaddr + s.filesz);
  if (!home) {
    return fail(
      `its entry point ${hex(entry)} is not inside any loaded segment's file bytes: define \`global _start\` in \`section .text\`, or pass the right -e to ld`,
    );
  }
  if ((home.flagsValue & PF_X) === 0) {
    return fail(
      `its entry point ${hex(entry)} is in a non-executable segment (flags ${home.flags}): put the code of \`_start\` in \`section .text\`, not .data or .bss`,
    );
  }

  const sites = findInt80Sites(bytes, loads);
  return {
    ok: true,
    facts: {
      ...(facts as ElfFacts),
      int80Sites: sites.slice(0, MAX_INT80_SITES),
      int80SiteCount: sites.length,
    },
  };
}

/**
 * Every `CD 80` (int 0x80) byte pair in the file bytes of executable LOAD
 * segments. This is a byte scan, not a disassembly, so the pair can also be
 * found inside an immediate, a displacement or data placed in .text: good enough
 * for a warning, never for a rejection.
 */
function findInt80Sites(bytes: Uint8Array, loads: ElfSegment[]): Int80Site[] {
  const seen = new Map<bigint, Int80Site>();
  for (const s of loads) {
    if ((s.flagsValue & PF_X) === 0) continue;
    // Both numbers are within the file (checked earlier).
    const start = Number(s.offset);
    const end = Number(s.offset + s.filesz);
    for (let i = start; i + 1 < end; i++) {
      if (bytes[i] === 0xcd && bytes[i + 1] === 0x80) {
        const vaddr = s.vaddr + BigInt(i - start);
        if (!seen.has(vaddr)) seen.set(vaddr, { vaddr, vaddrHex: hex(vaddr), offset: i });
      }
    }
  }
  return [...seen.values()].sort((a, b) => (a.vaddr < b.vaddr ? -1 : a.vaddr > b.vaddr ? 1 : 0));
}

function notElfReason(bytes: Uint8Array): string {
  if (bytes[0] === 0x23 && bytes[1] === 0x21) {
    return 'it is a script (it starts with #!), not an ELF executable: give the path of the program `ld` produced';
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'it is a zip archive, not an ELF executable';
  return 'it is not an ELF file (no \\x7fELF magic at the start): give the path of the program `ld` produced';
}

function readCString(bytes: Uint8Array, s: ElfSegment): string {
  // Bounds were checked against the file size before this is called.
  const start = Number(s.offset);
  const end = Math.min(Number(s.offset + s.filesz), start + 256);
  let text = '';
  for (let i = start; i < end && bytes[i] !== 0; i++) {
    const c = bytes[i];
    text += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
  }
  return text;
}

function machineName(machine: number): string {
  return MACHINE_NAMES[machine] ?? `machine ${machine}`;
}

function flagString(flags: number): string {
  return `${flags & PF_R ? 'R' : '-'}${flags & PF_W ? 'W' : '-'}${flags & PF_X ? 'E' : '-'}`;
}

/**
 * An ELF64 little-endian file without its section headers (and their name
 * table), which ld puts after the segments' bytes: the kernel loads by program
 * headers alone. Cuts the file after the last segment's bytes and sets e_shoff,
 * e_shnum and e_shstrndx to 0, as sstrip does. Any other shape (not ELF64 LE, no
 * section headers, or headers not at the end) is returned as it is.
 */
export function withoutSectionHeaders(elf: Buffer): Buffer {
  if (elf.length < 64 || !hasElfMagic(elf) || elf[4] !== 2 || elf[5] !== 1) return elf;
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const shoff = Number(elf.readBigUInt64LE(0x28));
  const phentsize = elf.readUInt16LE(0x36);
  const phnum = elf.readUInt16LE(0x38);
  if (phentsize !== 56 || phnum === 0 || phoff + phnum * 56 > elf.length) return elf;
  let end = phoff + phnum * 56;
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * 56;
    end = Math.max(end, Number(elf.readBigUInt64LE(at + 8)) + Number(elf.readBigUInt64LE(at + 32)));
  }
  if (shoff === 0 || shoff < end || end > elf.length) return elf;
  const out = Buffer.from(elf.subarray(0, end));
  out.writeBigUInt64LE(0n, 0x28);
  out.writeUInt16LE(0, 0x3c);
  out.writeUInt16LE(0, 0x3e);
  return out;
}

export function hex(n: bigint | number): string {
  return `0x${n.toString(16)}`;
}

/** Human-readable rows for a summary table: format, entry, segments, size, int 0x80 sites. */
export function describeElf(facts: ElfFacts): Record<string, string> {
  const loads = facts.segments.filter((s) => s.typeValue === PT_LOAD).map((s) => `${s.flags} ${hex(s.vaddr)} (${s.memsz} B)`);
  const sites =
    facts.int80SiteCount === 0
      ? 'none'
      : facts.int80Sites.map((s) => s.vaddrHex).join(', ') + (facts.int80SiteCount > facts.int80Sites.length ? ` … (${facts.int80SiteCount} in all)` : '');
  return {
    Format: `${facts.class} ${facts.endianness}-endian ${facts.machineName} ${facts.typeName}, ${facts.static ? 'static' : 'dynamic'}`,
    Entry: facts.entryHex,
    Segments: `${facts.segments.length} (LOAD: ${loads.join(', ') || 'none'})`,
    Size: `${formatBytes(facts.fileSize)}`,
    'int 0x80 sites': sites,
  };
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]} (${n} bytes)`;
}

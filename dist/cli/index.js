#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ hasElfMagic),
/* harmony export */   Rg: () => (/* binding */ describeElf),
/* harmony export */   UV: () => (/* binding */ inspectElf)
/* harmony export */ });
/* unused harmony exports MAX_INT80_SITES, ELF_MAGIC, hex */
/**
 * Decides, from the ELF headers alone, whether a file can be exec'd as a Lambda
 * custom runtime on x86_64: a static ELF64 little-endian x86-64 ET_EXEC whose
 * entry point lies in an executable PT_LOAD segment.
 *
 * Pure and total: any byte string gives a verdict, nothing throws. Every read is
 * bounds-checked and 64-bit fields stay BigInt, so hostile headers can neither
 * crash the parser nor make it allocate by a count taken from the file.
 */
const MAX_INT80_SITES = 100;
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
const MACHINE_NAMES = {
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
const TYPE_NAMES = {
    0: 'ET_NONE',
    1: 'ET_REL',
    2: 'ET_EXEC',
    3: 'ET_DYN',
    4: 'ET_CORE',
};
const SEGMENT_NAMES = {
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
function inspectElf(bytes) {
    try {
        return inspect(bytes);
    }
    catch (err) {
        // Unreachable by design (every read is guarded); kept so the contract holds.
        return { ok: false, reason: `it could not be parsed as ELF (${String(err)})` };
    }
}
/** The four bytes every ELF file starts with. */
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
function hasElfMagic(bytes) {
    return bytes.length >= 4 && ELF_MAGIC.every((b, i) => bytes[i] === b);
}
function inspect(bytes) {
    const size = bytes.length;
    const facts = { fileSize: size };
    const fail = (reason) => ({ ok: false, reason, facts });
    if (size === 0)
        return fail('it is an empty file, not an ELF executable: check that the link step produced output');
    for (let i = 0; i < ELF_MAGIC.length; i++) {
        if (i >= size)
            return fail(`it is truncated inside the ELF magic (only ${size} bytes)`);
        if (bytes[i] !== ELF_MAGIC[i])
            return fail(notElfReason(bytes));
    }
    if (size < 6)
        return fail(`it is truncated: the ELF identification ends after ${size} of 16 bytes`);
    const elfClass = bytes[4];
    facts.class = elfClass === 1 ? 'ELFCLASS32' : elfClass === 2 ? 'ELFCLASS64' : `invalid (${elfClass})`;
    const data = bytes[5];
    facts.endianness = data === 1 ? 'little' : data === 2 ? 'big' : `invalid (${data})`;
    if (data === 1 && size >= 20) {
        facts.machine = bytes[18] | (bytes[19] << 8);
        facts.machineName = machineName(facts.machine);
    }
    if (elfClass === 1) {
        return fail(`it is a 32-bit ELF (ELFCLASS32${facts.machineName ? `, ${facts.machineName}` : ''}), but Lambda x86_64 needs a 64-bit x86-64 executable: assemble with \`nasm -f elf64\` (not elf32) and link with plain \`ld\` (not -m elf_i386)`);
    }
    if (elfClass !== 2)
        return fail(`its ELF class byte is ${elfClass}, neither 32- nor 64-bit: the file is corrupt`);
    if (data === 2)
        return fail('it is a big-endian ELF, but x86-64 is little-endian: assemble with `nasm -f elf64`');
    if (data !== 1)
        return fail(`its ELF data-encoding byte is ${data}, neither little- nor big-endian: the file is corrupt`);
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
        return fail(`it is built for ${facts.machineName} (e_machine ${machine}), not x86-64${arm}: assemble with \`nasm -f elf64\` and link with plain \`ld\` for an x86_64 function`);
    }
    if (type === 1) {
        return fail('it is a relocatable object file (ET_REL, a .o), not an executable: link it with `ld -o app file.o`');
    }
    if (type === 4)
        return fail('it is a core dump (ET_CORE), not an executable');
    if (type !== ET_EXEC && type !== 3)
        return fail(`its ELF type is ${facts.typeName}, not an executable (ET_EXEC)`);
    // The program headers decide the rest, ET_DYN included (its message depends on PT_INTERP).
    if (phentsize !== PHDR64_SIZE) {
        return fail(`its e_phentsize is ${phentsize}, but ELF64 program headers are ${PHDR64_SIZE} bytes: the file is corrupt`);
    }
    if (phnum === 0)
        return fail('it has no program headers, so the kernel has nothing to load: link it with `ld`');
    const tableBytes = phnum * PHDR64_SIZE;
    if (tableBytes > MAX_PHDR_TABLE_BYTES) {
        return fail(`its program header table is too large (${phnum} entries); Linux refuses more than ${MAX_PHDR_TABLE_BYTES} bytes of program headers`);
    }
    const tableEnd = phoff + BigInt(tableBytes);
    if (tableEnd > BigInt(size)) {
        return fail(`it is truncated: the program header table (${phnum} entries at offset ${phoff}) needs bytes up to ${tableEnd}, but the file has only ${size}`);
    }
    // Bounded by the checks above: phnum ≤ 1170 and the table lies inside the file.
    const segments = [];
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
            return fail(`it is truncated or corrupt: segment ${i} (${s.type}) covers file bytes ${s.offset}–${s.offset + s.filesz}, beyond the end of the file (${size} bytes)`);
        }
    }
    const interp = segments.find((s) => s.typeValue === PT_INTERP);
    const dynamic = segments.some((s) => s.typeValue === PT_DYNAMIC);
    facts.static = !interp && !dynamic;
    if (interp)
        facts.interpreter = readCString(bytes, interp);
    const wants = interp ? ` requests ${facts.interpreter || 'a loader'}` : '';
    if (type === 3) {
        if (interp) {
            return fail(`it is a dynamically linked position-independent executable (ET_DYN; PT_INTERP${wants}): Lambda's provided runtimes don't guarantee that loader; link statically with plain \`ld\`, without -pie, -shared or --dynamic-linker`);
        }
        return fail("it is a position-independent (PIE) or shared object (ET_DYN), not a static executable: link with plain `ld` and don't pass -pie/-shared");
    }
    if (interp) {
        return fail(`it is dynamically linked (PT_INTERP${wants}): Lambda's provided runtimes don't guarantee that loader; link statically with plain \`ld\` and without --dynamic-linker`);
    }
    if (dynamic) {
        return fail('it has a PT_DYNAMIC segment (it was linked against a shared library), so it is not a static executable: link with plain `ld` and only object files, no -l or .so inputs');
    }
    const loads = segments.filter((s) => s.typeValue === PT_LOAD);
    if (loads.length === 0)
        return fail('it has no loadable (PT_LOAD) segment, so the kernel has nothing to map');
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
        return fail(`its entry point ${hex(entry)} is not inside any loaded segment's file bytes: define \`global _start\` in \`section .text\`, or pass the right -e to ld`);
    }
    if ((home.flagsValue & PF_X) === 0) {
        return fail(`its entry point ${hex(entry)} is in a non-executable segment (flags ${home.flags}): put the code of \`_start\` in \`section .text\`, not .data or .bss`);
    }
    const sites = findInt80Sites(bytes, loads);
    return {
        ok: true,
        facts: {
            ...facts,
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
function findInt80Sites(bytes, loads) {
    const seen = new Map();
    for (const s of loads) {
        if ((s.flagsValue & PF_X) === 0)
            continue;
        // Both numbers are within the file (checked earlier).
        const start = Number(s.offset);
        const end = Number(s.offset + s.filesz);
        for (let i = start; i + 1 < end; i++) {
            if (bytes[i] === 0xcd && bytes[i + 1] === 0x80) {
                const vaddr = s.vaddr + BigInt(i - start);
                if (!seen.has(vaddr))
                    seen.set(vaddr, { vaddr, vaddrHex: hex(vaddr), offset: i });
            }
        }
    }
    return [...seen.values()].sort((a, b) => (a.vaddr < b.vaddr ? -1 : a.vaddr > b.vaddr ? 1 : 0));
}
function notElfReason(bytes) {
    if (bytes[0] === 0x23 && bytes[1] === 0x21) {
        return 'it is a script (it starts with #!), not an ELF executable: give the path of the program `ld` produced';
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
        return 'it is a zip archive, not an ELF executable';
    return 'it is not an ELF file (no \\x7fELF magic at the start): give the path of the program `ld` produced';
}
function readCString(bytes, s) {
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
function machineName(machine) {
    return MACHINE_NAMES[machine] ?? `machine ${machine}`;
}
function flagString(flags) {
    return `${flags & PF_R ? 'R' : '-'}${flags & PF_W ? 'W' : '-'}${flags & PF_X ? 'E' : '-'}`;
}
function hex(n) {
    return `0x${n.toString(16)}`;
}
/** Human-readable rows for a summary table: format, entry, segments, size, int 0x80 sites. */
function describeElf(facts) {
    const loads = facts.segments.filter((s) => s.typeValue === PT_LOAD).map((s) => `${s.flags} ${hex(s.vaddr)} (${s.memsz} B)`);
    const sites = facts.int80SiteCount === 0
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
function formatBytes(n) {
    if (n < 1024)
        return `${n} bytes`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n;
    let u = -1;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(1)} ${units[u]} (${n} bytes)`;
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ ensureToolchain),
/* harmony export */   Ek: () => (/* binding */ toolVersions),
/* harmony export */   GU: () => (/* binding */ whichOnPath)
/* harmony export */ });
/* unused harmony exports linkerNames, packagesFor, installPlan, currentHost */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3919);
/* harmony import */ var _util_proc_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(711);




/** First line of `nasm -v` and `ld -v`. Kept apart from ensureToolchain so it can run while nasm works. */
async function toolVersions(t) {
    const first = (r) => (r.stdout || r.stderr).trim().split('\n')[0] || 'unknown';
    // Only for the log: a probe that fails to start must not fail the build.
    const probe = (file) => (0,_util_proc_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(file, ['-v']).then(first, () => 'unknown');
    const [nasm, ld] = await Promise.all([probe(t.nasm), probe(t.ld)]);
    return { nasm, ld };
}
/** The linker that emits x86-64 ELF on this host: plain ld on x86-64, the cross ld elsewhere. */
function linkerNames(arch) {
    return arch === 'x64' ? ['ld', 'x86_64-linux-gnu-ld'] : ['x86_64-linux-gnu-ld'];
}
/** Which packages provide the missing tools, per package manager and host architecture. */
function packagesFor(pm, arch, missing) {
    const pkgs = [];
    if (missing.nasm)
        pkgs.push('nasm');
    if (missing.ld) {
        if (arch === 'x64')
            pkgs.push('binutils');
        else
            pkgs.push(pm === 'apt-get' ? 'binutils-x86-64-linux-gnu' : 'binutils-x86_64-linux-gnu');
    }
    return pkgs;
}
/**
 * The commands that install the missing tools, or an error saying what to run.
 * Pure: the decision is tested without touching the machine.
 */
function installPlan(host, missing) {
    const pm = ['apt-get', 'dnf', 'yum'].find((p) => host.which(p));
    if (!pm) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`${describeMissing(missing)} not found and no apt-get, dnf or yum to install it`, {
            fix: 'install nasm and binutils in an earlier step, or use an Ubuntu runner',
        });
    }
    const sudo = host.isRoot ? [] : host.which('sudo') ? ['sudo', '-n'] : undefined;
    if (!sudo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`${describeMissing(missing)} not found, and installing needs root but sudo is missing`, {
            fix: `run \`${pm} install -y ${packagesFor(pm, host.arch, missing).join(' ')}\` as root in an earlier step`,
        });
    }
    const pkgs = packagesFor(pm, host.arch, missing);
    if (pm === 'apt-get') {
        const aptEnv = ['env', 'DEBIAN_FRONTEND=noninteractive'];
        return [
            [...sudo, ...aptEnv, 'apt-get', 'update', '-qq'],
            [...sudo, ...aptEnv, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...pkgs],
        ];
    }
    return [[...sudo, pm, 'install', '-y', ...pkgs]];
}
function describeMissing(missing) {
    return [missing.nasm ? 'nasm' : '', missing.ld ? 'ld' : ''].filter(Boolean).join(' and ');
}
function manualFix(host, missing) {
    const pm = ['apt-get', 'dnf', 'yum'].find((p) => host.which(p)) ?? 'apt-get';
    const sudo = host.isRoot ? '' : 'sudo ';
    return `add \`${sudo}${pm} install -y ${packagesFor(pm, host.arch, missing).join(' ')}\`, or set install-tools: auto`;
}
function whichOnPath(name, envPath = process.env.PATH ?? '') {
    for (const dir of envPath.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function currentHost() {
    return {
        platform: process.platform,
        arch: process.arch,
        isRoot: process.getuid?.() === 0,
        which: (n) => whichOnPath(n),
    };
}
/** Finds nasm and an x86-64 ld, installing them when allowed. */
async function ensureToolchain(opts) {
    const host = opts.host ?? currentHost();
    if (host.platform !== 'linux') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`this action builds on Linux only, not ${host.platform}`, {
            fix: 'use runs-on: ubuntu-latest (or ubuntu-24.04-arm) for this job',
        });
    }
    const find = () => ({
        nasm: host.which('nasm'),
        ld: linkerNames(host.arch)
            .map((n) => host.which(n))
            .find(Boolean),
    });
    let found = find();
    const installed = [];
    const missing = { nasm: !found.nasm, ld: !found.ld };
    if (missing.nasm || missing.ld) {
        if (!opts.install) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`${describeMissing(missing)} not found on PATH`, { input: 'install-tools', fix: manualFix(host, missing) });
        }
        for (const cmd of installPlan(host, missing)) {
            opts.log.info(`$ ${cmd.join(' ')}`);
            const r = await (0,_util_proc_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(cmd[0], cmd.slice(1), { env: process.env });
            installed.push(cmd.join(' '));
            if (r.code !== 0) {
                const tail = (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ');
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`installing ${describeMissing(missing)} failed: \`${cmd.join(' ')}\` exited ${r.code}${tail ? ` (${tail})` : ''}`, {
                    input: 'install-tools',
                    fix: `install them in an earlier step (${manualFix(host, missing)})`,
                });
            }
        }
        found = find();
        if (!found.nasm || !found.ld) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`${describeMissing({ nasm: !found.nasm, ld: !found.ld })} still not found after installing`, {
                input: 'install-tools',
                fix: 'install nasm and binutils in an earlier step',
            });
        }
    }
    return { nasm: found.nasm, ld: found.ld, installed };
}


/***/ }),

/***/ 9792:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3919);
/* harmony import */ var _options_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6601);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3035);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1049);
/**
 * The command-line front door: `nasm-lambda build|invoke|deploy [dir] [--input value ...]`.
 * Same pipeline as the action; every action input is a `--<input>` flag.
 */






const USAGE = `usage: nasm-lambda <command> [dir] [--<input> <value> ...]

commands:
  build    assemble, link, verify and pack dir (default .) into function.zip
  invoke   build, then run the zip locally with --event JSON or --event-file F
  deploy   build, then deploy with --function-name NAME (see the action's inputs)

Every action input is a flag: --sources 'src/**/*.asm' --handler bin/app --out DIR
(--out is output-dir), --publish, --alias pr-7, --dry-run ... Flags without a
value mean true. --verbose prints each stage's log.`;
// The inputs whose default is a boolean take no value on the command line.
const BOOLEAN_INPUTS = new Set(Object.entries(_options_index_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_DEFAULTS */ .WJ).filter(([, d]) => d === 'true' || d === 'false').map(([n]) => n));
const FLAG_ALIASES = { out: 'output-dir', output: 'output-dir', dir: 'working-directory', event: 'test-event' };
class UsageError extends Error {
}
class HelpRequest extends UsageError {
}
function parseArgs(argv) {
    const [command, ...rest] = argv;
    if (command === 'help' || command === '--help' || command === '-h')
        throw new HelpRequest('');
    if (command !== 'build' && command !== 'invoke' && command !== 'deploy')
        throw new UsageError(command ? `unknown command ${command}` : 'no command');
    // A laptop has no artifact service; the CLI uploads nothing unless asked.
    const raw = { 'artifact-name': '' };
    let eventFile;
    let verbose = false;
    let positional = 0;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('--')) {
            if (positional++ > 0)
                throw new UsageError(`unexpected argument ${arg}`);
            raw['working-directory'] = arg;
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        if (name === 'verbose') {
            verbose = true;
            continue;
        }
        if (name === 'help')
            throw new HelpRequest('');
        const takeValue = () => {
            if (value !== undefined)
                return value;
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('--'))
                throw new UsageError(`--${name} needs a value`);
            i++;
            return next;
        };
        if (name === 'event-file') {
            eventFile = takeValue();
            continue;
        }
        name = FLAG_ALIASES[name] ?? name;
        if (!(name in _options_index_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_DEFAULTS */ .WJ))
            throw new UsageError(`unknown flag --${name}`);
        const input = name;
        if (BOOLEAN_INPUTS.has(input) &&
            value === undefined &&
            (rest[i + 1] === undefined || rest[i + 1].startsWith('--') || !/^(true|false)$/i.test(rest[i + 1]))) {
            value = 'true';
        }
        raw[input] = takeValue();
    }
    if (command === 'invoke' && raw['test-event'] === undefined && eventFile === undefined)
        raw['test-event'] = '{}';
    if (command !== 'deploy' && raw['function-name'])
        throw new UsageError(`--function-name belongs to the deploy command`);
    if (command === 'deploy' && !raw['function-name'])
        throw new UsageError('deploy needs --function-name');
    return { command, raw, eventFile, verbose };
}
function printDiagnostic(d) {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.col ? `:${d.col}` : ''}: ` : '';
    process.stderr.write(`${where}${d.severity}: ${d.message}\n`);
}
function makeLogger(verbose) {
    return {
        info: (m) => {
            if (verbose)
                process.stderr.write(`${m}\n`);
        },
        debug: () => { },
        annotate: printDiagnostic,
        group: async (name, fn) => {
            if (verbose)
                process.stderr.write(`== ${name}\n`);
            return fn();
        },
    };
}
function printFacts(rows) {
    const width = Math.max(0, ...rows.map(([k]) => k.length));
    for (const [k, v] of rows)
        process.stdout.write(`${k.padEnd(width)}  ${v.replace(/`/g, '')}\n`);
}
async function main(argv) {
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (e) {
        if (e instanceof HelpRequest) {
            process.stdout.write(`${USAGE}\n`);
            return 0;
        }
        if (e instanceof UsageError) {
            if (e.message)
                process.stderr.write(`nasm-lambda: ${e.message}\n\n`);
            process.stderr.write(`${USAGE}\n`);
            return 2;
        }
        throw e;
    }
    const report = {};
    try {
        if (parsed.eventFile !== undefined) {
            parsed.raw['test-event'] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(parsed.eventFile), 'utf8').catch((e) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`cannot read ${parsed.eventFile} (${e.code})`, { input: 'event-file', fix: 'give the path of a JSON file' });
            });
        }
        if (parsed.command === 'invoke' && !parsed.raw['test-event']?.trim()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv('the event is empty', {
                input: parsed.eventFile === undefined ? 'event' : 'event-file',
                fix: "give a JSON event, such as --event '{}'",
            });
        }
        const options = (0,_options_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .Ac)(parsed.raw, { cwd: process.cwd(), env: process.env });
        await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .runPipeline */ .a)(options, { log: makeLogger(parsed.verbose), env: process.env, report });
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv))
            throw e;
        e.diagnostics.forEach(printDiagnostic);
        const inv = report.invoke;
        if (inv && !('skipped' in inv) && !inv.ok) {
            if (inv.logs)
                process.stderr.write(inv.logs.endsWith('\n') ? inv.logs : `${inv.logs}\n`);
            process.stderr.write(`${inv.errorType}: ${inv.errorMessage}\n`);
            for (const line of inv.stackTrace ?? [])
                process.stderr.write(`  ${line}\n`);
        }
        process.stderr.write(`nasm-lambda: ${e.message}\n`);
        return 1;
    }
    if (parsed.command === 'invoke') {
        const inv = report.invoke;
        if (!inv || 'skipped' in inv) {
            process.stderr.write(`nasm-lambda: the function was built but not invoked: ${inv ? inv.skipped : 'no event'}\n`);
            return 1;
        }
        if (inv.ok) {
            if (parsed.verbose && inv.logs)
                process.stderr.write(inv.logs);
            // The exact bytes: a response need not be UTF-8.
            process.stdout.write(inv.body);
        }
        return 0;
    }
    printFacts([...(0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .buildFacts */ ._x)(report), ...(0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .deployFacts */ .lo)(report)]);
    return 0;
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3919:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   pv: () => (/* binding */ NasmLambdaError)
/* harmony export */ });
/* unused harmony export oneLine */
class NasmLambdaError extends Error {
    name = 'NasmLambdaError';
    /** The action input (or CLI flag) at fault, e.g. `handler`. */
    input;
    /** What the user should do, already included in `message`. */
    fix;
    /** Extra annotations (assembler errors with file and line). */
    diagnostics;
    constructor(problem, opts = {}) {
        const parts = [opts.input ? `Input '${opts.input}': ${problem}` : problem];
        if (opts.fix)
            parts.push(opts.fix);
        super(oneLine(parts.join(': ')), opts.cause === undefined ? undefined : { cause: opts.cause });
        this.input = opts.input;
        this.fix = opts.fix;
        this.diagnostics = opts.diagnostics ?? [];
    }
}
/** Shorthand for the common case: a bad input value and its fix. */
function inputError(input, problem, fix) {
    return new NasmLambdaError(problem, { input, fix });
}
function oneLine(s) {
    return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}


/***/ }),

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  Ac: () => (/* binding */ parseOptions)
});

// UNUSED EXPORTS: parseBool, parseHandler

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3919);
;// CONCATENATED MODULE: ./src/options/alias.ts

/** Lambda's limit on alias names. */
const ALIAS_MAX_LENGTH = 128;
/**
 * Turns a branch, tag or PR name into a Lambda alias name. Lambda allows
 * `[A-Za-z0-9_-]`, 1–128 characters and not all digits (an all-digit name would
 * be read as a version number). Other characters become `-`, so `v1.2.3` gives
 * `v1-2-3`; a name that is still invalid after that is an error, not a guess.
 */
function sanitizeAlias(raw) {
    const trimmed = raw.trim();
    const name = trimmed.replace(/[^A-Za-z0-9_-]/g, '-');
    if (name.length === 0) {
        throw (0,errors/* inputError */.Xu)('alias', 'the alias name is empty', 'give a name made of A-Z a-z 0-9 _ -, e.g. pr-${{ github.event.number }}');
    }
    if (name.length > ALIAS_MAX_LENGTH) {
        throw (0,errors/* inputError */.Xu)('alias', `"${name.slice(0, 40)}…" is ${name.length} characters; Lambda allows at most ${ALIAS_MAX_LENGTH}`, 'use a shorter name, e.g. pr-<number> instead of the branch name');
    }
    if (/^[0-9]+$/.test(name)) {
        throw (0,errors/* inputError */.Xu)('alias', `"${name}" is all digits, which Lambda reads as a version number`, `add a letter, e.g. pr-${name}`);
    }
    return { name, changed: name !== raw };
}

// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __nccwpck_require__(1112);
;// CONCATENATED MODULE: ./src/options/shellwords.ts

/**
 * Splits a string into words the way a POSIX shell would (quotes, backslashes),
 * without expansion of any kind. The words are passed to execFile as an array,
 * so no shell ever sees them.
 */
function splitShellWords(text, input) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                word += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                i++;
                if (text[i] !== '\n')
                    word += text[i];
            }
            else
                word += c;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === '\\') {
            i++;
            if (i < text.length && text[i] !== '\n')
                word += text[i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote) {
        throw new errors/* NasmLambdaError */.pv(`unterminated ${quote} quote in ${JSON.stringify(text)}`, {
            input,
            fix: 'close the quote, or escape it with a backslash',
        });
    }
    if (inWord)
        words.push(word);
    return words;
}
/**
 * Action-style lists: newline- or comma-separated, trimmed, empties dropped.
 * A comma inside braces belongs to a glob (`src/{a,b}/*.asm`), not the list.
 */
function splitList(text) {
    const items = [];
    let current = '';
    let depth = 0;
    for (const c of text) {
        if (c === '{')
            depth++;
        else if (c === '}' && depth > 0)
            depth--;
        if (c === '\n' || (c === ',' && depth === 0)) {
            items.push(current);
            current = '';
            if (c === '\n')
                depth = 0;
        }
        else
            current += c;
    }
    items.push(current);
    return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

;// CONCATENATED MODULE: ./src/options/index.ts





/**
 * The defaults of action.yml, for the CLI and for an action run where the
 * runner did not fill one in. A test keeps this table equal to action.yml.
 */
const INPUT_DEFAULTS = {
    sources: 'src/**/*.asm',
    'working-directory': '.',
    'include-paths': '',
    'nasm-args': '',
    'ld-args': '',
    entry: '_start',
    strip: 'false',
    handler: 'bin/app',
    bootstrap: 'generated',
    files: '',
    'output-dir': '.nasm-lambda',
    'install-tools': 'auto',
    'artifact-name': 'lambda-function',
    'retention-days': '',
    'test-event': '',
    'function-name': '',
    region: '',
    'endpoint-url': '',
    publish: 'false',
    'version-description': '',
    alias: '',
    'function-url': 'false',
    'function-url-auth': 'AWS_IAM',
    'delete-alias': 'false',
    role: '',
    'skip-unchanged': 'true',
    'dry-run': 'false',
};
/** Turns raw input strings into validated Options. Pure: touches no files. */
function parseOptions(raw, ctx) {
    const get = (name) => (raw[name] ?? INPUT_DEFAULTS[name]).trim();
    const workingDirectory = external_node_path_default().resolve(ctx.cwd, get('working-directory') || '.');
    const sources = splitList(get('sources'));
    if (sources.length === 0) {
        throw (0,errors/* inputError */.Xu)('sources', 'no globs given', 'list .asm globs such as src/**/*.asm');
    }
    const handler = parseHandler(get('handler'));
    const bootstrap = parseBootstrap(get('bootstrap'), workingDirectory, handler);
    const entry = get('entry');
    if (!/^[A-Za-z_.$?@~#][A-Za-z0-9_.$?@~#]*$/.test(entry)) {
        throw (0,errors/* inputError */.Xu)('entry', `${JSON.stringify(entry)} is not a symbol name`, 'use the global label your code starts at, such as _start');
    }
    const artifactName = get('artifact-name');
    const retention = get('retention-days');
    const retentionDays = (0,rules/* checkRetentionDays */.Ex)(retention);
    const testEvent = get('test-event');
    if (testEvent !== '') {
        try {
            JSON.parse(testEvent);
        }
        catch (e) {
            throw (0,errors/* inputError */.Xu)('test-event', `not valid JSON (${e.message})`, 'give a JSON event such as {"name":"world"}');
        }
    }
    const options = {
        build: {
            workingDirectory,
            workspace: external_node_path_default().resolve(ctx.workspace ?? ctx.cwd),
            sources,
            includePaths: splitList(get('include-paths')).map((p) => external_node_path_default().resolve(workingDirectory, p)),
            nasmArgs: splitShellWords(get('nasm-args'), 'nasm-args'),
            ldArgs: splitShellWords(get('ld-args'), 'ld-args'),
            entry,
            strip: parseBool(get('strip'), 'strip'),
            handler,
            bootstrap,
            files: splitList(get('files')),
            outputDir: parseOutputDir(get('output-dir'), workingDirectory),
            installTools: parseInstallTools(get('install-tools')),
        },
        artifact: artifactName === '' ? undefined : { name: artifactName, retentionDays },
        testEvent: testEvent === '' ? undefined : testEvent,
        deploy: parseDeploy(get, handler, ctx.env),
        deleteAlias: parseBool(get('delete-alias'), 'delete-alias'),
    };
    if (options.deleteAlias && (!options.deploy || !options.deploy.alias)) {
        throw (0,errors/* inputError */.Xu)('delete-alias', 'needs function-name and alias', 'set both, e.g. alias: pr-${{ github.event.number }}');
    }
    return options;
}
/** The build writes (and cleans) under output-dir, so it must be a folder of its own inside the project. */
function parseOutputDir(value, workingDirectory) {
    const dir = external_node_path_default().resolve(workingDirectory, value || '.nasm-lambda');
    const rel = external_node_path_default().relative(dir, workingDirectory);
    if (rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))) {
        throw (0,errors/* inputError */.Xu)('output-dir', `${JSON.stringify(value)} is working-directory itself or a parent of it, so the sources would count as build output`, 'use a folder of its own, such as .nasm-lambda');
    }
    return dir;
}
const parseHandler = (value) => (0,rules/* checkHandlerPath */.e3)(value);
function parseBootstrap(value, workingDirectory, handler) {
    if (value === 'none')
        return { kind: 'none' };
    // Only with bootstrap: none is the executable itself the bootstrap; otherwise the name is taken.
    (0,rules/* checkHandlerBesideBootstrap */.XS)(handler);
    if (value === 'generated' || value === '')
        return { kind: 'generated' };
    return { kind: 'file', path: external_node_path_default().resolve(workingDirectory, value) };
}
function parseBool(value, input) {
    const v = value.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false' || v === '')
        return false;
    throw (0,errors/* inputError */.Xu)(input, `${JSON.stringify(value)} is not a boolean`, 'use true or false');
}
function parseInstallTools(value) {
    const v = value.toLowerCase();
    if (v === 'auto' || v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw (0,errors/* inputError */.Xu)('install-tools', `${JSON.stringify(value)} is not auto or false`, 'use auto to install missing tools, or false to fail instead');
}
function parseDeploy(get, handler, env) {
    const functionName = get('function-name');
    const deployOnly = [
        'region',
        'endpoint-url',
        'publish',
        'version-description',
        'alias',
        'function-url',
        'function-url-auth',
        'delete-alias',
        'role',
        'skip-unchanged',
        'dry-run',
    ];
    if (functionName === '') {
        for (const name of deployOnly) {
            if (get(name).toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase()) {
                throw (0,errors/* inputError */.Xu)(name, 'is set but function-name is empty', 'set function-name to deploy, or remove this input to build only');
            }
        }
        return undefined;
    }
    (0,rules/* checkFunctionName */.C)(functionName);
    // An ARN names its region; a different region input would deploy nowhere.
    const fromArn = (0,rules/* arnRegion */.yC)(functionName);
    if (fromArn && get('region') && get('region') !== fromArn) {
        throw (0,errors/* inputError */.Xu)('region', `is ${get('region')} but the function ARN is in ${fromArn}`, 'leave region empty with an ARN, or make them agree');
    }
    const region = fromArn || get('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (region === '') {
        throw (0,errors/* inputError */.Xu)('region', 'no AWS region given', 'set region, or run aws-actions/configure-aws-credentials with aws-region first (it sets AWS_REGION)');
    }
    (0,rules/* checkRegion */.vK)(region);
    const endpointUrl = get('endpoint-url');
    if (endpointUrl !== '')
        (0,rules/* checkEndpointUrl */.LE)(endpointUrl);
    const auth = get('function-url-auth').toUpperCase();
    if (auth !== 'AWS_IAM' && auth !== 'NONE') {
        throw (0,errors/* inputError */.Xu)('function-url-auth', `${JSON.stringify(get('function-url-auth'))} is not AWS_IAM or NONE`, 'use AWS_IAM (signed requests) or NONE (public)');
    }
    const rawAlias = get('alias');
    const alias = rawAlias === '' ? undefined : sanitizeAlias(rawAlias).name;
    const role = get('role');
    if (role !== '' && !/^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/\S+$/.test(role)) {
        throw (0,errors/* inputError */.Xu)('role', `${JSON.stringify(role)} is not an IAM role ARN`, 'use arn:aws:iam::<account>:role/<name>');
    }
    return {
        functionName,
        region,
        endpointUrl: endpointUrl || undefined,
        publish: parseBool(get('publish'), 'publish') || alias !== undefined,
        versionDescription: parseVersionDescription(get('version-description')),
        alias,
        functionUrl: parseBool(get('function-url'), 'function-url'),
        functionUrlAuth: auth,
        role: role || undefined,
        skipUnchanged: parseBool(get('skip-unchanged'), 'skip-unchanged'),
        dryRun: parseBool(get('dry-run'), 'dry-run'),
        handler,
    };
}
/** Checked here because PublishVersion comes after the code upload: a late failure would leave $LATEST changed and nothing published. */
function parseVersionDescription(value) {
    if (value.length > 256) {
        throw (0,errors/* inputError */.Xu)('version-description', `is ${value.length} characters; Lambda allows at most 256`, 'shorten it, e.g. use the tag or the commit SHA rather than the commit message');
    }
    return value || undefined;
}


/***/ }),

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkFunctionName),
/* harmony export */   Ex: () => (/* binding */ checkRetentionDays),
/* harmony export */   LE: () => (/* binding */ checkEndpointUrl),
/* harmony export */   XS: () => (/* binding */ checkHandlerBesideBootstrap),
/* harmony export */   e3: () => (/* binding */ checkHandlerPath),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   yC: () => (/* binding */ arnRegion)
/* harmony export */ });
/* unused harmony exports HANDLER_MAX_LENGTH, MAX_RETENTION_DAYS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3919);
/**
 * Each validation rule, once. Every stage that checks one of these values calls
 * the function here, so the option parser and the stage that relies on the value
 * can't drift apart. Errors name the input and the fix.
 */

/** Characters a handler path may use: safe in a URL, a script, a zip name and an assembler data line. */
const HANDLER_CHARS = /^[A-Za-z0-9._/-]+$/;
/** Lambda's limit on the Handler setting. */
const HANDLER_MAX_LENGTH = 128;
const HANDLER_FIX = 'use a relative path inside the zip made of A-Z a-z 0-9 . _ / -, such as bin/app';
/** A relative path inside the zip: no leading /, no empty, . or .. part, a small charset. */
function checkHandlerPath(value, input = 'handler') {
    if (value === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', HANDLER_FIX);
    if (value.length > HANDLER_MAX_LENGTH)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `is ${value.length} characters; Lambda allows at most ${HANDLER_MAX_LENGTH}`, HANDLER_FIX);
    if (value.startsWith('/'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} starts with /`, HANDLER_FIX);
    if (!HANDLER_CHARS.test(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} has characters outside A-Z a-z 0-9 . _ / -`, HANDLER_FIX);
    const parts = value.split('/');
    if (parts.includes('..'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} has a .. part`, HANDLER_FIX);
    if (parts.some((p) => p === '' || p === '.'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} has an empty or . part`, HANDLER_FIX);
    return value;
}
/** With a bootstrap file in the zip, the name `bootstrap` is taken. */
function checkHandlerBesideBootstrap(handler) {
    if (handler === 'bootstrap') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('handler', 'is bootstrap, which the bootstrap file occupies', 'choose another path such as bin/app, or set bootstrap: none');
    }
}
/** A full ARN (`arn:aws:lambda:REGION:ACCOUNT:function:`) or a partial one (`ACCOUNT:function:`), as Lambda accepts. */
const FUNCTION_ARN_PREFIX = String.raw `(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:)?\d{12}:function:`;
const FUNCTION_NAME = new RegExp(`^(${FUNCTION_ARN_PREFIX})?[A-Za-z0-9_-]{1,64}$`);
const QUALIFIED_FUNCTION = new RegExp(`^(${FUNCTION_ARN_PREFIX})?[A-Za-z0-9_-]{1,64}:[^:]+$`);
/** An unqualified function name or ARN: code and aliases are written on the function itself. */
function checkFunctionName(value) {
    if (QUALIFIED_FUNCTION.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('function-name', `${JSON.stringify(value)} names a version or alias`, 'give the unqualified function name or ARN, and the alias in the alias input');
    }
    if (!FUNCTION_NAME.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('function-name', `${JSON.stringify(value)} is not a function name or ARN`, 'use a name of A-Z a-z 0-9 _ - (up to 64) or a function ARN');
    }
    return value;
}
/** The region an ARN names, if the value is an ARN. */
function arnRegion(functionName) {
    return /^arn:[^:]+:lambda:([^:]+):/.exec(functionName)?.[1];
}
function checkRegion(value) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('region', `${JSON.stringify(value)} is not an AWS region`, 'use a region code such as us-east-1');
    return value;
}
function checkEndpointUrl(value) {
    const url = URL.parse(value);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('endpoint-url', `${JSON.stringify(value)} is not an http(s) URL`, 'use a URL such as http://localhost:4566, or leave it empty');
    return value;
}
/** GitHub's upper bound for any repository's artifact retention setting. */
const MAX_RETENTION_DAYS = 400;
/** Whole days from 1 to 400; empty or 0 means the repository's setting (undefined). */
function checkRetentionDays(value) {
    if (value === undefined || value === '' || value === 0)
        return undefined;
    const days = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('retention-days', `${JSON.stringify(String(value))} is not a whole number of days from 1 to ${MAX_RETENTION_DAYS}`, "use 1-90 (up to 400 if the repository allows it), or leave it empty for the repository's setting");
    }
    return days;
}


/***/ }),

/***/ 6943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z4: () => (/* binding */ MAX_UNZIPPED_BYTES),
  cg: () => (/* binding */ buildZip),
  JE: () => (/* binding */ extractZip),
  oV: () => (/* binding */ listZip),
  pA: () => (/* binding */ sourceDateEpoch)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ../../work/main/node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ hMap(flt, 9, 0), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})();
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}());

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}());

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3919);
;// CONCATENATED MODULE: ./src/package/zip.ts
/**
 * Reproducible zip writing (fflate) and a small central-directory reader.
 *
 * fflate is pure JS, so its deflate output depends only on its own version, not
 * on the system zlib. What it doesn't pin down we fix here: entry order (sorted
 * by UTF-8 bytes), host and modes (Unix, 0755/0644), and the DOS timestamp,
 * which fflate derives from *local* time: we let it write a placeholder and then
 * overwrite every timestamp with one computed from UTC fields.
 */





const UNIX_HOST = 3;
const MODE_EXECUTABLE = 0o100755;
const MODE_REGULAR = 0o100644;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_RECORD_SIZE = 22;
/** DOS timestamps cover 1980-01-01 00:00:00 to 2107-12-31 23:59:58. */
const DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
const DEFAULT_EPOCH = new Date(DOS_MIN);
/** The default ceiling for extractZip: Lambda's 250 MB unzipped limit. */
const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;
/**
 * Builds a zip whose bytes depend only on the entries' names, contents and
 * executable flags and on `mtime`: not on input order, the clock, TZ or umask.
 * `mtime` is clamped into the DOS range (before 1980 becomes 1980-01-01 00:00:00,
 * after 2107 becomes 2107-12-31 23:59:58) and rounded down to even seconds.
 */
function buildZip(entries, opts) {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
    for (let i = 0; i < sorted.length; i++) {
        checkEntryName(sorted[i].name);
        if (i > 0 && sorted[i].name === sorted[i - 1].name) {
            throw new errors/* NasmLambdaError */.pv(`two files would both be stored in the zip as '${sorted[i].name}'`, {
                fix: 'give each file its own path inside the zip',
            });
        }
    }
    const { date, time } = dosDateTime(opts.mtime);
    const chunks = [];
    const failures = [];
    let finished = false;
    // With in-memory entries and no workers, fflate calls back synchronously.
    const zip = new Zip((err, chunk, final) => {
        if (err)
            failures.push(err);
        else
            chunks.push(chunk);
        if (final)
            finished = true;
    });
    for (const entry of sorted) {
        const file = new PrecompressedFile(entry.name, entry.data);
        file.os = UNIX_HOST;
        file.attrs = ((entry.executable ? MODE_EXECUTABLE : MODE_REGULAR) << 16) >>> 0;
        file.mtime = PLACEHOLDER_MTIME;
        zip.add(file);
        file.push(entry.data, true);
    }
    zip.end();
    if (failures.length > 0)
        throw failures[0];
    if (!finished)
        throw new Error('fflate did not finish the zip synchronously');
    const bytes = concat(chunks);
    stampTimes(bytes, date, time);
    return bytes;
}
/**
 * fflate turns this into a DOS timestamp with local-time getters; the value is
 * overwritten afterwards, so it only needs to be in range in every time zone.
 */
const PLACEHOLDER_MTIME = new Date(Date.UTC(2000, 0, 15, 12, 0, 0));
/**
 * An entry whose payload is deflated up front, so that data deflate can't
 * shrink (already-compressed or random files) is stored instead of growing.
 * fflate documents overriding `process` for custom compression: the base class
 * still computes the CRC and size from the raw bytes given to `push`.
 */
class PrecompressedFile extends ZipPassThrough {
    /** General-purpose bits 1-2, read by fflate's header writer; 0 = "normal", as level 6 is. */
    flag = 0;
    #deflated = null;
    constructor(name, data) {
        super(name);
        // Level 6, not 9: on a 3 MB executable it is 4x faster in pure JS and the
        // zip grows by 0.2%. Changing it changes every zip's bytes, so it is fixed.
        const deflated = deflateSync(data, { level: 6 });
        if (deflated.length < data.length) {
            this.#deflated = deflated;
            this.compression = 8;
        }
    }
    process(chunk, final) {
        if (this.#deflated)
            this.ondata(null, this.#deflated, final);
        else
            super.process(chunk, final);
    }
}
/** Overwrites the DOS time and date of every local and central header in a zip we just wrote. */
function stampTimes(bytes, date, time) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const entry of readCentralDirectory(bytes)) {
        view.setUint16(entry.centralOffset + 12, time, true);
        view.setUint16(entry.centralOffset + 14, date, true);
        view.setUint16(entry.info.localHeaderOffset + 10, time, true);
        view.setUint16(entry.info.localHeaderOffset + 12, date, true);
    }
}
function dosDateTime(when) {
    const ms = when.getTime();
    if (Number.isNaN(ms))
        throw new errors/* NasmLambdaError */.pv('the zip timestamp is not a valid date', { fix: 'check SOURCE_DATE_EPOCH' });
    const d = new Date(Math.min(Math.max(ms, DOS_MIN), DOS_MAX));
    return {
        date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    };
}
/**
 * The zip timestamp from SOURCE_DATE_EPOCH (integer seconds since 1970, the
 * reproducible-builds convention), or 1980-01-01T00:00:00Z, the DOS epoch, when
 * it is unset or empty. Dates before 1980 are later clamped by buildZip.
 */
function sourceDateEpoch(env) {
    const raw = env.SOURCE_DATE_EPOCH?.trim();
    if (!raw)
        return new Date(DEFAULT_EPOCH);
    const date = /^[0-9]{1,15}$/.test(raw) ? new Date(Number(raw) * 1000) : null;
    if (!date || Number.isNaN(date.getTime())) {
        throw new errors/* NasmLambdaError */.pv(`SOURCE_DATE_EPOCH is '${raw}', not a whole number of seconds since 1970-01-01`, {
            fix: 'set it to e.g. $(git log -1 --format=%ct), or unset it to use 1980-01-01',
        });
    }
    return date;
}
/** The entries of a zip's central directory, in stored order. */
function listZip(bytes) {
    return readCentralDirectory(bytes).map((e) => e.info);
}
function readCentralDirectory(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(bytes, view);
    const count = view.getUint16(end + 10, true);
    const cdSize = view.getUint32(end + 12, true);
    const cdOffset = view.getUint32(end + 16, true);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        throw corrupt('it is a zip64 archive, which is not supported');
    }
    if (cdOffset + cdSize > end)
        throw corrupt('its central directory lies outside the file');
    const entries = [];
    let at = cdOffset;
    for (let i = 0; i < count; i++) {
        if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== SIG_CENTRAL) {
            throw corrupt(`central directory entry ${i} is missing or damaged`);
        }
        const madeBy = view.getUint16(at + 4, true);
        const flags = view.getUint16(at + 8, true);
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        const external = view.getUint32(at + 38, true);
        const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
        if (next > end)
            throw corrupt(`central directory entry ${i} runs past the directory`);
        const nameBytes = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
        const host = madeBy >> 8;
        const unixMode = external >>> 16;
        entries.push({
            centralOffset: at,
            info: {
                // Bit 11 marks UTF-8 names; without it the name is CP437, read here as latin1.
                name: Buffer.from(nameBytes).toString(flags & 0x800 ? 'utf8' : 'latin1'),
                host,
                ...(host === UNIX_HOST && unixMode !== 0 ? { mode: unixMode } : {}),
                method: view.getUint16(at + 10, true),
                mtime: fromDos(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
                crc32: view.getUint32(at + 16, true),
                compressedSize: view.getUint32(at + 20, true),
                size: view.getUint32(at + 24, true),
                localHeaderOffset: view.getUint32(at + 42, true),
            },
        });
        at = next;
    }
    return entries;
}
function findEndRecord(bytes, view) {
    // The end record sits at the very end, followed only by a comment of up to 64 KiB.
    const last = bytes.length - END_RECORD_SIZE;
    for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
        if (view.getUint32(at, true) === SIG_END)
            return at;
    }
    throw corrupt('it has no end-of-central-directory record (not a zip, or truncated)');
}
function fromDos(date, time) {
    return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}
function corrupt(problem) {
    return new errors/* NasmLambdaError */.pv(`the zip can't be read: ${problem}`, { fix: 'rebuild the package' });
}
/**
 * Unzips into destDir (created if needed) and applies the Unix modes the zip
 * records, as Lambda does: an entry without exec bits becomes a non-executable
 * file. Entries without a Unix mode get 0644. Names that are absolute or climb
 * out with `..` (zip-slip), and symlinks, are refused before anything is written.
 */
async function extractZip(bytes, destDir, opts = {}) {
    const entries = listZip(bytes);
    const limit = opts.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
    const root = external_node_path_default().resolve(destDir);
    const seen = new Set();
    let total = 0;
    for (const e of entries) {
        const target = safeTarget(root, e.name);
        if (seen.has(target))
            throw corrupt(`it holds '${e.name}' twice`);
        seen.add(target);
        if (e.mode !== undefined && (e.mode & S_IFMT) === S_IFLNK) {
            throw corrupt(`'${e.name}' is a symbolic link, which is not supported`);
        }
        total += e.size;
        if (total > limit)
            throw corrupt(`it unpacks to more than ${limit} bytes`);
    }
    await (0,promises_.mkdir)(root, { recursive: true });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const e of entries) {
        const target = safeTarget(root, e.name);
        const type = e.mode === undefined ? 0 : e.mode & S_IFMT;
        if (e.name.endsWith('/') || type === S_IFDIR) {
            await (0,promises_.mkdir)(target, { recursive: true });
            continue;
        }
        if (type !== 0 && type !== S_IFREG)
            throw corrupt(`'${e.name}' is not a regular file`);
        const data = entryData(bytes, view, e);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, data);
        // chmod after writing: the mode given to open() would be filtered by the umask.
        const permissions = e.mode === undefined ? 0o644 : e.mode & 0o777;
        await (0,promises_.chmod)(target, permissions);
    }
}
function entryData(bytes, view, e) {
    const at = e.localHeaderOffset;
    if (at + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) {
        throw corrupt(`the local header of '${e.name}' is missing`);
    }
    const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + e.compressedSize > bytes.length)
        throw corrupt(`the data of '${e.name}' is truncated`);
    const stored = bytes.subarray(start, start + e.compressedSize);
    let data;
    if (e.method === 0)
        data = stored;
    else if (e.method === 8) {
        try {
            data = inflateSync(stored, { out: new Uint8Array(e.size) });
        }
        catch (err) {
            throw corrupt(`the data of '${e.name}' does not inflate (${err.message})`);
        }
    }
    else
        throw corrupt(`'${e.name}' uses compression method ${e.method}; only stored and deflate are supported`);
    if (data.length !== e.size || (0,external_node_zlib_.crc32)(data) >>> 0 !== e.crc32) {
        throw corrupt(`the data of '${e.name}' fails its size or CRC check`);
    }
    return data;
}
/** Resolves an entry name under root, refusing absolute names and `..` (zip-slip). */
function safeTarget(root, name) {
    const parts = name.split(/[\\/]/);
    if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || parts.includes('..') || name.includes('\0')) {
        throw corrupt(`the entry name '${name}' is absolute or leaves the extraction directory`);
    }
    const target = external_node_path_default().resolve(root, ...parts.filter((p) => p !== '' && p !== '.'));
    if (target !== root && !target.startsWith(root + (external_node_path_default()).sep)) {
        throw corrupt(`the entry name '${name}' leaves the extraction directory`);
    }
    return target;
}
/** Names buildZip accepts: relative, `/`-separated, no `.`/`..` or empty components. */
function checkEntryName(name) {
    const parts = name.split('/');
    if (name === '' || name.includes('\\') || name.includes('\0') || parts.some((p) => p === '' || p === '.' || p === '..')) {
        throw new errors/* NasmLambdaError */.pv(`'${name}' is not a valid path inside the zip`, {
            fix: 'use a relative path with / separators and no . or .. parts, e.g. bin/app',
        });
    }
    if (Buffer.byteLength(name) > 0xffff)
        throw new errors/* NasmLambdaError */.pv(`a zip entry name is longer than 65535 bytes`);
}
function concat(chunks) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.length;
    }
    return out;
}


/***/ }),

/***/ 3035:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: build

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3919);
// EXTERNAL MODULE: ./src/util/proc.ts
var proc = __nccwpck_require__(711);
;// CONCATENATED MODULE: ./src/build/assemble.ts





/** nasm with -Xgnu prints `file:line: severity: message` (and `nasm: fatal: ...` without a place). */
const NASM_LINE = /^(.+?):(\d+): (error|warning|fatal|panic|note|info): (.*)$/;
const NASM_UNPLACED = /^nasm: (error|warning|fatal|panic): (.*)$/;
/**
 * Turns nasm's stderr into diagnostics. Paths come out as nasm saw them (relative
 * to the working directory) and are rewritten relative to the workspace.
 */
function parseNasmDiagnostics(stderr, cwd, workspace) {
    const out = [];
    for (const line of stderr.split(/\r?\n/)) {
        const m = NASM_LINE.exec(line);
        if (m) {
            const [, file, lineNo, sev, message] = m;
            out.push({
                file: toWorkspacePath(file, cwd, workspace),
                line: Number(lineNo),
                severity: sev === 'warning' ? 'warning' : sev === 'note' || sev === 'info' ? 'notice' : 'error',
                message,
                title: 'nasm',
            });
            continue;
        }
        const u = NASM_UNPLACED.exec(line);
        if (u)
            out.push({ severity: u[1] === 'warning' ? 'warning' : 'error', message: u[2], title: 'nasm' });
    }
    return out;
}
function toWorkspacePath(file, cwd, workspace) {
    const rel = external_node_path_default().relative(workspace, external_node_path_default().resolve(cwd, file));
    return rel.split((external_node_path_default()).sep).join('/');
}
/** The object path of a source: its path under the working directory, so a/x.asm and b/x.asm don't collide. */
function objectPathFor(source, workingDirectory, objDir) {
    let rel = external_node_path_default().relative(workingDirectory, source);
    if (rel.startsWith('..'))
        rel = external_node_path_default().basename(source);
    return external_node_path_default().join(objDir, rel.replace(/\.[^./]*$/, '') + '.o');
}
/** nasm's -I wants a trailing separator on older releases. */
function includeArg(dir) {
    return dir.endsWith('/') ? dir : dir + '/';
}
/**
 * Assembles every source with `nasm -f elf64`, several at once.
 * Sources are passed relative to the working directory so no absolute path of
 * this machine ends up in the objects' symbol tables: the zip stays reproducible.
 */
async function assembleAll(input, log) {
    const diagnostics = [];
    const failed = [];
    const objectPaths = input.sources.map((s) => objectPathFor(s, input.workingDirectory, input.objDir));
    await Promise.all([...new Set(objectPaths.map((o) => external_node_path_default().dirname(o)))].map((d) => (0,promises_.mkdir)(d, { recursive: true })));
    // One more than the CPUs: while this process spawns the next nasm and reads the
    // last one's output, the extra job keeps every core busy (measured ~10% faster
    // on 2 cores with 64 files).
    const objects = await (0,proc/* mapLimit */.s)(input.sources, input.jobs ?? (0,external_node_os_.availableParallelism)() + 1, async (source, i) => {
        const object = objectPaths[i];
        const relSource = external_node_path_default().relative(input.workingDirectory, source);
        const args = [
            '-Xgnu',
            '-f',
            'elf64',
            '-I',
            includeArg(external_node_path_default().dirname(relSource) || '.'),
            ...input.includePaths.flatMap((d) => ['-I', includeArg(d)]),
            ...input.nasmArgs,
            '-o',
            object,
            relSource,
        ];
        // nasm reports on stderr only.
        const r = await (0,proc/* runProcess */.R)(input.nasm, args, { cwd: input.workingDirectory, ignoreStdout: true });
        const diags = parseNasmDiagnostics(r.stderr, input.workingDirectory, input.workspace);
        diagnostics.push(...diags);
        const stderr = r.stderr.trim();
        if (r.code !== 0) {
            failed.push(toWorkspacePath(relSource, input.workingDirectory, input.workspace));
            // A failure nasm gave no parsable reason for still needs one in the log.
            if (!diags.some((d) => d.severity === 'error')) {
                diagnostics.push({
                    severity: 'error',
                    message: stderr || `nasm exited with ${r.code ?? r.signal}`,
                    file: toWorkspacePath(relSource, input.workingDirectory, input.workspace),
                    title: 'nasm',
                });
            }
        }
        log.info(`nasm ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`);
        return { source, object };
    });
    for (const d of diagnostics.filter((d) => d.severity !== 'error'))
        log.annotate(d);
    if (failed.length > 0) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const first = errors[0];
        const where = first?.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
        throw new src_errors/* NasmLambdaError */.pv(`assembly failed in ${failed.length} of ${input.sources.length} file(s), ${errors.length} error(s); first: ${where}${first?.message ?? 'unknown'}`, { fix: 'fix the errors annotated on the source lines', diagnostics: errors });
    }
    return objects;
}

// EXTERNAL MODULE: ./src/runtime/bootstrap.ts + 2 modules
var bootstrap = __nccwpck_require__(9879);
// EXTERNAL MODULE: ./src/build/elf.ts
var elf = __nccwpck_require__(2616);
;// CONCATENATED MODULE: ./src/build/link.ts





/**
 * Maps ld's messages to diagnostics on the sources. Without debug info ld can
 * only name the section offset (`a.asm:(.text+0x5)`), so these carry a file but no line.
 */
function parseLdDiagnostics(stderr, objects, input) {
    const byObject = new Map(objects.map((o) => [o.object, o.source]));
    const byBase = new Map(objects.map((o) => [external_node_path_default().basename(o.source), o.source]));
    const fileOf = (name) => {
        const source = byObject.get(external_node_path_default().resolve(input.workingDirectory, name)) ?? byBase.get(external_node_path_default().basename(name));
        return source ? toWorkspacePath(source, input.workingDirectory, input.workspace) : undefined;
    };
    const out = [];
    for (const line of stderr.split(/\r?\n/)) {
        if (!line.trim() || /: in function `/.test(line))
            continue;
        const entry = /cannot find entry symbol (\S+?);/.exec(line);
        if (entry) {
            out.push({
                severity: 'error',
                title: 'ld',
                message: `entry symbol ${entry[1]} is not defined in any object: add \`global ${entry[1]}\` and a \`${entry[1]}:\` label, or set the entry input`,
            });
            continue;
        }
        const placed = /^(?:[^:]*ld: )?([^:(]+?):\(([^)]*)\): (.*)$/.exec(line);
        if (placed) {
            out.push({ severity: 'error', title: 'ld', file: fileOf(placed[1]), message: `${placed[3]} (at ${placed[2]})` });
            continue;
        }
        const warning = /^(?:\S*ld): warning: (.*)$/.exec(line);
        if (warning) {
            out.push({ severity: 'warning', title: 'ld', message: warning[1] });
            continue;
        }
        const plain = /^(?:\S*ld): (.*)$/.exec(line);
        if (plain)
            out.push({ severity: 'error', title: 'ld', message: plain[1] });
    }
    return out;
}
/** Links all objects into one static executable with ld. */
async function linkExecutable(input, log) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(input.output), { recursive: true });
    const args = ['-o', input.output, '-e', input.entry, ...(input.strip ? ['-s'] : []), ...input.ldArgs, ...input.objects.map((o) => o.object)];
    const r = await (0,proc/* runProcess */.R)(input.ld, args, { cwd: input.workingDirectory });
    const stderr = r.stderr.trim();
    log.info(`${external_node_path_default().basename(input.ld)} ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`);
    const diagnostics = parseLdDiagnostics(r.stderr, input.objects, input);
    // A missing entry symbol is only a warning to ld, but the result would start at a random .text offset.
    const fatal = diagnostics.filter((d) => d.severity === 'error');
    for (const d of diagnostics.filter((d) => d.severity !== 'error'))
        log.annotate(d);
    if (r.code !== 0 || fatal.length > 0) {
        const first = fatal[0];
        throw new src_errors/* NasmLambdaError */.pv(`link failed: ${first ? `${first.file ? `${first.file}: ` : ''}${first.message}` : stderr || `ld exited with ${r.code}`}`, {
            fix: fatal.length > 0 && first.message.startsWith('entry symbol')
                ? undefined
                : 'fix the annotated errors; for undefined references check `extern`/`global` names and that every source is listed in sources',
            diagnostics: fatal,
        });
    }
    return { executable: input.output, size: (await (0,promises_.stat)(input.output)).size };
}

;// CONCATENATED MODULE: ./src/report/types.ts
/** The test-response output holds at most this many characters. */
const TEST_RESPONSE_OUTPUT_MAX = 64 * 1024;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __nccwpck_require__(1112);
// EXTERNAL MODULE: ./src/package/zip.ts + 2 modules
var package_zip = __nccwpck_require__(6943);
;// CONCATENATED MODULE: ./src/package/index.ts
/**
 * Lays out the Lambda zip (bootstrap + executable + extra files), checks it
 * against Lambda's size limits and writes it atomically.
 */







/** Lambda's limits for a zip uploaded directly (not from S3). */
const LAMBDA_ZIP_LIMIT_BYTES = 50 * 1024 * 1024;
/** The same 250 MB that extractZip enforces when a zip is unpacked locally. */
const LAMBDA_UNZIPPED_LIMIT_BYTES = package_zip/* MAX_UNZIPPED_BYTES */.Z4;
async function packageFunction(input, log) {
    const core = await coreEntries(input);
    const extras = await extraEntries(input.extraFiles, core);
    const planned = [...core, ...extras];
    checkUnzippedSize(core, extras);
    const entries = [];
    for (const p of planned) {
        const data = typeof p.source === 'string' ? await readInput(p.source, p.origin) : p.source;
        if (p.origin === 'bootstrap' && typeof p.source === 'string')
            warnAboutBootstrap(p.source, data, log);
        entries.push({ name: p.name, data, executable: p.executable });
        log.debug(`zip entry ${p.name} (${p.executable ? '0755' : '0644'}, ${data.length} bytes) from ${typeof p.source === 'string' ? p.source : 'generated text'}`);
    }
    const zip = (0,package_zip/* buildZip */.cg)(entries, { mtime: input.mtime });
    checkZipSize(zip.length, core, extras);
    await writeAtomically(input.zipPath, zip);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(zip).digest();
    return {
        zipPath: input.zipPath,
        size: zip.length,
        sha256Hex: digest.toString('hex'),
        codeSha256: digest.toString('base64'),
        // Read back from the zip itself, so the result shows what Lambda will see.
        entries: (0,package_zip/* listZip */.oV)(zip).map((e) => ({ name: e.name, mode: e.mode ?? 0, size: e.size })),
    };
}
async function coreEntries(input) {
    const exeSize = await fileSize(input.executablePath, 'executable');
    const executable = (name) => ({ name, source: input.executablePath, executable: true, size: exeSize, origin: 'executable' });
    const b = input.bootstrap;
    if (b.kind === 'none')
        return [executable('bootstrap')];
    (0,rules/* checkHandlerBesideBootstrap */.XS)(input.handler);
    if (b.kind === 'generated') {
        const text = new TextEncoder().encode(b.text);
        return [{ name: 'bootstrap', source: text, executable: true, size: text.length, origin: 'bootstrap' }, executable(input.handler)];
    }
    // A user file goes in as 0755 whatever its mode on disk: Lambda can only exec it with the x bits.
    const size = await fileSize(b.path, 'bootstrap');
    return [{ name: 'bootstrap', source: b.path, executable: true, size, origin: 'bootstrap' }, executable(input.handler)];
}
async function extraEntries(files, core) {
    const byName = new Map(core.map((e) => [e.name, e]));
    const out = [];
    for (const f of files) {
        const info = await statInput(f.absPath, 'files');
        // Globs can match directories; their files are matched on their own.
        if (info.isDirectory())
            continue;
        if (!info.isFile())
            throw (0,src_errors/* inputError */.Xu)('files', `${f.absPath} is not a regular file`, 'narrow the globs to regular files');
        const taken = byName.get(f.zipPath);
        if (taken) {
            // The same file matched by two globs is harmless.
            if (taken.origin === 'files' && taken.source === f.absPath)
                continue;
            const what = taken.origin === 'files' ? `another file (${String(taken.source)})` : taken.origin === 'bootstrap' ? 'the bootstrap' : 'the executable';
            throw (0,src_errors/* inputError */.Xu)('files', `${f.absPath} would be stored as '${f.zipPath}', which is already ${what}`, 'exclude it from the globs, or move it so its path inside the zip is free');
        }
        const entry = { name: f.zipPath, source: f.absPath, executable: (info.mode & 0o111) !== 0, size: info.size, origin: 'files' };
        byName.set(f.zipPath, entry);
        out.push(entry);
    }
    // A name that is also a directory of another entry can't be unpacked (file vs directory).
    for (const name of byName.keys()) {
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = byName.get(parts.slice(0, i).join('/'));
            if (dir) {
                const input = dir.origin === 'files' || byName.get(name).origin === 'files' ? 'files' : 'handler';
                throw (0,src_errors/* inputError */.Xu)(input, `'${dir.name}' is a file in the zip, but '${name}' needs it to be a directory`, 'rename one of them');
            }
        }
    }
    return out;
}
/** Problems Lambda would only report at cold start, as `Runtime.InvalidEntrypoint` or `exec format error`. */
function warnAboutBootstrap(file, data, log) {
    const isScript = data[0] === 0x23 && data[1] === 0x21;
    const isElf = (0,elf/* hasElfMagic */.Nr)(data);
    if (isScript) {
        const firstLine = new TextDecoder().decode(data.subarray(0, 256)).split('\n')[0];
        if (firstLine.endsWith('\r')) {
            log.annotate({
                severity: 'warning',
                title: 'bootstrap',
                message: `${file} has Windows (CRLF) line endings, so its #! line names an interpreter ending in \\r that Lambda cannot find: convert it to LF line endings`,
            });
        }
    }
    else if (!isElf) {
        log.annotate({
            severity: 'warning',
            title: 'bootstrap',
            message: `${file} starts with neither #! nor an ELF header, so Lambda cannot exec it: add a #!/bin/sh line, or use bootstrap: generated`,
        });
    }
}
function checkUnzippedSize(core, extras) {
    const coreBytes = sum(core);
    const total = coreBytes + sum(extras);
    if (total <= LAMBDA_UNZIPPED_LIMIT_BYTES)
        return;
    const problem = `the function unzips to ${mb(total)} (${total} bytes), over Lambda's 250 MB unzipped limit`;
    if (extras.length > 0 && coreBytes <= LAMBDA_UNZIPPED_LIMIT_BYTES) {
        throw (0,src_errors/* inputError */.Xu)('files', problem, 'include fewer or smaller extra files, or move large data to a layer, S3 or EFS');
    }
    throw new src_errors/* NasmLambdaError */.pv(problem, { fix: 'shrink the executable (strip: true, less static data)' });
}
function checkZipSize(size, core, extras) {
    if (size <= LAMBDA_ZIP_LIMIT_BYTES)
        return;
    const problem = `function.zip is ${mb(size)} (${size} bytes), over Lambda's 50 MB direct-upload limit`;
    const fix = 'shrink the package; deploying from S3 would allow more but is not supported by this action yet';
    // Blame the extra files when the executable and bootstrap alone would fit even uncompressed.
    if (extras.length > 0 && sum(core) <= LAMBDA_ZIP_LIMIT_BYTES)
        throw (0,src_errors/* inputError */.Xu)('files', problem, `include fewer or smaller extra files: ${fix}`);
    throw new src_errors/* NasmLambdaError */.pv(problem, { fix });
}
/** Temp file in the same directory, then rename: readers never see a half-written zip. */
async function writeAtomically(target, bytes) {
    const dir = external_node_path_default().dirname(target);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(temp, bytes, { mode: 0o644 });
        await (0,promises_.rename)(temp, target);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw new src_errors/* NasmLambdaError */.pv(`cannot write ${target} (${err.code ?? String(err)})`, {
            fix: 'check that the output directory is writable',
            cause: err,
        });
    }
}
async function fileSize(file, origin) {
    const info = await statInput(file, origin === 'bootstrap' ? 'bootstrap' : undefined);
    if (!info.isFile()) {
        throw new src_errors/* NasmLambdaError */.pv(`${file} is not a regular file`, { input: origin === 'bootstrap' ? 'bootstrap' : undefined, fix: 'give the path of a file' });
    }
    return info.size;
}
async function statInput(file, input) {
    try {
        return await (0,promises_.stat)(file);
    }
    catch (err) {
        throw new src_errors/* NasmLambdaError */.pv(`cannot read ${file} (${err.code ?? String(err)})`, {
            input,
            fix: 'check that the file exists and is readable',
            cause: err,
        });
    }
}
async function readInput(file, origin) {
    try {
        return new Uint8Array(await (0,promises_.readFile)(file));
    }
    catch (err) {
        throw new src_errors/* NasmLambdaError */.pv(`cannot read ${file} (${err.code ?? String(err)})`, {
            input: origin === 'executable' ? undefined : origin,
            fix: 'check that the file exists and is readable',
            cause: err,
        });
    }
}
function sum(entries) {
    return entries.reduce((n, e) => n + e.size, 0);
}
function mb(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

;// CONCATENATED MODULE: ./src/build/sources.ts



/**
 * Expands globs relative to `baseDir` into sorted absolute file paths. A leading
 * `!` excludes, and excluding a folder excludes what is under it. Sorting makes
 * the build independent of the order the file system returns entries in.
 *
 * Node's own fs.glob rather than @actions/glob: the latter logs `::debug::`
 * lines on stdout, which would corrupt `nasm-lambda invoke`'s output.
 */
async function expandGlobs(patterns, baseDir, input) {
    const include = [];
    const exclude = [];
    for (const p of patterns) {
        const negate = p.startsWith('!');
        const body = (negate ? p.slice(1) : p).replace(/^(\.\/)+/, '');
        if (external_node_path_default().isAbsolute(body)) {
            throw (0,src_errors/* inputError */.Xu)(input, `${JSON.stringify(p)} is absolute`, `use a glob relative to working-directory (${baseDir})`);
        }
        if (body === '')
            continue;
        (negate ? exclude : include).push(body.replace(/\/+$/, ''));
    }
    const excluded = (rel) => exclude.some((x) => external_node_path_default().matchesGlob(rel, x) || external_node_path_default().matchesGlob(rel, `${x}/**`));
    const found = new Set();
    if (include.length === 0)
        return [];
    for await (const rel of (0,promises_.glob)(include, { cwd: baseDir })) {
        if (excluded(rel))
            continue;
        const abs = external_node_path_default().resolve(baseDir, rel);
        // Globs may match folders; only files (or links to files) are sources.
        if ((await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
            found.add(abs);
    }
    return [...found].sort();
}
async function ensureDirectory(dir, input) {
    let isDir = false;
    try {
        isDir = (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir)
        throw (0,src_errors/* inputError */.Xu)(input, `${dir} is not a directory`, 'point it at a folder that exists in the checkout (did actions/checkout run?)');
}

// EXTERNAL MODULE: ./src/build/toolchain.ts
var build_toolchain = __nccwpck_require__(5618);
;// CONCATENATED MODULE: ./src/pipeline.ts












/** Assemble, link, verify and pack: everything up to function.zip. */
async function build(opts, ctx) {
    const { log, report } = ctx;
    await ensureDirectory(opts.workingDirectory, 'working-directory');
    // Everything an input can get wrong is checked before nasm runs.
    const mtime = (0,package_zip/* sourceDateEpoch */.pA)(ctx.env);
    const [toolchain, sources, bootstrap, extraFiles] = await Promise.all([
        (0,build_toolchain/* ensureToolchain */.EC)({ install: opts.installTools, log }),
        resolveSources(opts),
        resolveBootstrap(opts),
        resolveExtraFiles(opts),
    ]);
    report.sources = sources.map((s) => toWorkspacePath(s, opts.workingDirectory, opts.workspace));
    const objDir = external_node_path_default().join(opts.outputDir, 'obj');
    const objects = await log.group(`Assemble ${sources.length} file(s)`, () => assembleAll({
        nasm: toolchain.nasm,
        sources,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
        includePaths: opts.includePaths,
        nasmArgs: opts.nasmArgs,
        objDir,
    }, log));
    // The version probes only feed the log and summary: they run beside ld, not
    // beside nasm, whose jobs already take every core.
    const versions = (0,build_toolchain/* toolVersions */.Ek)(toolchain);
    const exeName = opts.bootstrap.kind === 'none' ? 'bootstrap' : external_node_path_default().posix.basename(opts.handler);
    const linked = await log.group('Link', () => linkExecutable({
        ld: toolchain.ld,
        objects,
        output: external_node_path_default().join(opts.outputDir, exeName),
        entry: opts.entry,
        strip: opts.strip,
        ldArgs: opts.ldArgs,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
    }, log));
    report.executable = linked.executable;
    report.executableSize = linked.size;
    report.versions = await versions;
    log.info(`${report.versions.nasm} (${toolchain.nasm}); ${report.versions.ld} (${toolchain.ld})`);
    const exeBytes = await (0,promises_.readFile)(linked.executable);
    const verdict = (0,elf/* inspectElf */.UV)(exeBytes);
    if (!verdict.ok) {
        throw new src_errors/* NasmLambdaError */.pv(`${toWorkspacePath(linked.executable, opts.workingDirectory, opts.workspace)} cannot run on Lambda: ${verdict.reason}`, {
            input: opts.ldArgs.length > 0 ? 'ld-args' : undefined,
        });
    }
    report.elf = verdict.facts;
    for (const d of await int80Warnings(verdict.facts, sources, opts))
        log.annotate(d);
    const pkg = await log.group('Package', async () => {
        const result = await packageFunction({
            executablePath: linked.executable,
            handler: opts.handler,
            bootstrap,
            extraFiles,
            zipPath: external_node_path_default().join(opts.outputDir, 'function.zip'),
            mtime,
        }, log);
        for (const e of result.entries)
            log.info(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(9)} ${e.name}`);
        log.info(`${result.zipPath}: ${result.size} bytes, sha256 ${result.sha256Hex}`);
        return result;
    });
    report.package = pkg;
    return pkg;
}
async function resolveSources(opts) {
    const files = (await expandGlobs(opts.sources, opts.workingDirectory, 'sources')).filter((f) => !isInside(f, opts.outputDir));
    if (files.length === 0) {
        throw (0,src_errors/* inputError */.Xu)('sources', `no files match ${opts.sources.join(', ')} under ${toWorkspacePath(opts.workingDirectory, opts.workspace, opts.workspace) || '.'}`, 'check the globs and working-directory (globs are relative to working-directory)');
    }
    const notAsm = files.filter((f) => !/\.(asm|nasm|s)$/i.test(f));
    if (notAsm.length > 0) {
        throw (0,src_errors/* inputError */.Xu)('sources', `${toWorkspacePath(notAsm[0], opts.workingDirectory, opts.workspace)} is not an .asm file`, 'narrow the globs to .asm files (use include-paths for %include files)');
    }
    return files;
}
/** The bootstrap as packaging wants it; a user's file is checked up front, before anything is assembled. */
async function resolveBootstrap(opts) {
    const mode = opts.bootstrap;
    if (mode.kind === 'generated')
        return { kind: 'generated', text: (0,bootstrap/* generateBootstrap */.g)({ handler: opts.handler }) };
    if (mode.kind === 'none')
        return mode;
    const fix = 'use generated, none, or the path of your own bootstrap file relative to working-directory';
    let info;
    try {
        info = await (0,promises_.stat)(mode.path);
    }
    catch (e) {
        throw (0,src_errors/* inputError */.Xu)('bootstrap', `${mode.path} cannot be read (${e.code ?? String(e)})`, fix);
    }
    if (!info.isFile())
        throw (0,src_errors/* inputError */.Xu)('bootstrap', `${mode.path} is not a file`, fix);
    if (info.size === 0)
        throw (0,src_errors/* inputError */.Xu)('bootstrap', `${mode.path} is empty`, 'point it at your bootstrap script, or use generated');
    return mode;
}
async function resolveExtraFiles(opts) {
    if (opts.files.length === 0)
        return [];
    const found = (await expandGlobs(opts.files, opts.workingDirectory, 'files')).filter((f) => !isInside(f, opts.outputDir));
    if (found.length === 0) {
        throw (0,src_errors/* inputError */.Xu)('files', `no files match ${opts.files.join(', ')}`, 'check the globs (relative to working-directory), or remove the input');
    }
    return found.map((absPath) => {
        const rel = external_node_path_default().relative(opts.workingDirectory, absPath);
        if (rel.startsWith('..'))
            throw (0,src_errors/* inputError */.Xu)('files', `${absPath} is outside working-directory`, 'only files under working-directory can go into the zip');
        return { absPath, zipPath: rel.split((external_node_path_default()).sep).join('/') };
    });
}
function isInside(file, dir) {
    const rel = external_node_path_default().relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
}
const INT80_SOURCE = /^\s*(?:[A-Za-z_.$?@][\w.$?@#~]*:\s*)?int\s+(?:0x0*80|0*80h|128|0q200|0o200|200q)\b/i;
/**
 * The ELF scan proves `int 0x80` is in the code; the sources say where, so the
 * warning can sit on the line. Byte-only hits (macros, data) get one general warning.
 */
async function int80Warnings(facts, sources, opts) {
    if (facts.int80SiteCount === 0)
        return [];
    const message = 'int 0x80 is the 32-bit system call ABI; Lambda does not guarantee it works on its x86-64 kernel. Use the syscall instruction with the x86-64 numbers (e.g. write = 1, exit = 60).';
    const out = [];
    for (const source of sources) {
        const lines = (await (0,promises_.readFile)(source, 'utf8')).split('\n');
        lines.forEach((line, i) => {
            const code = line.replace(/;.*$/, '');
            if (INT80_SOURCE.test(code))
                out.push({ severity: 'warning', file: toWorkspacePath(source, opts.workingDirectory, opts.workspace), line: i + 1, title: 'int 0x80', message });
        });
    }
    if (out.length === 0) {
        const where = facts.int80Sites
            .slice(0, 5)
            .map((s) => s.vaddrHex)
            .join(', ');
        out.push({
            severity: 'warning',
            title: 'int 0x80',
            message: `the executable has ${facts.int80SiteCount} int 0x80 encoding(s) (CD 80) at ${where}. ${message}`,
        });
    }
    return out;
}
/** The whole run: build (or cleanup), local smoke test, artifact, deploy. */
async function runPipeline(options, ctx) {
    const { log, report } = ctx;
    if (options.deleteAlias) {
        const deploy = options.deploy;
        const { deleteAlias } = await Promise.all(/* import() */[__nccwpck_require__.e(672), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7927));
        const r = await log.group(`Delete alias ${deploy.alias}`, () => deleteAlias(deploy, log));
        report.deletedAlias = { alias: deploy.alias, deleted: r.deleted };
        return report;
    }
    const pkg = await build(options.build, ctx);
    if (options.testEvent !== undefined) {
        const { invokeZip } = await __nccwpck_require__.e(/* import() */ 703).then(__nccwpck_require__.bind(__nccwpck_require__, 3703));
        const result = await log.group('Local invoke (test-event)', () => invokeZip({
            zipPath: pkg.zipPath,
            event: options.testEvent,
            // As Lambda will run it: _HANDLER is the function's Handler, which deploy sets to this.
            handler: options.build.handler,
            functionName: options.deploy?.functionName.split(':').pop(),
            region: options.deploy?.region,
            log,
        }));
        report.invoke = result;
        if ('skipped' in result) {
            log.annotate({ severity: 'notice', title: 'test-event', message: `local invoke skipped: ${result.skipped}` });
        }
        else if (!result.ok) {
            throw new src_errors/* NasmLambdaError */.pv(`the function failed the test-event: ${result.errorType}: ${result.errorMessage}`, {
                input: 'test-event',
                fix: 'see the function log above; fix the handler, or the event',
            });
        }
        else {
            log.info(`response: ${result.response}`);
            if (result.response.length > TEST_RESPONSE_OUTPUT_MAX) {
                log.annotate({
                    severity: 'warning',
                    title: 'test-event',
                    message: `the response is ${result.response.length} characters; the test-response output holds the first ${TEST_RESPONSE_OUTPUT_MAX}`,
                });
            }
        }
    }
    if (options.artifact && ctx.uploadArtifact) {
        const upload = ctx.uploadArtifact;
        const a = await log.group('Upload artifact', () => upload({ name: options.artifact.name, zipPath: pkg.zipPath, retentionDays: options.artifact.retentionDays, env: ctx.env }, log));
        report.artifact = a.uploaded ? { uploaded: true, id: a.id, size: a.size } : a;
        if (!a.uploaded)
            log.annotate({ severity: 'notice', title: 'artifact', message: `function.zip was not uploaded as an artifact: ${a.reason}` });
    }
    if (options.deploy) {
        const deploy = options.deploy;
        const { deployFunction } = await Promise.all(/* import() */[__nccwpck_require__.e(672), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7927));
        // The report is filled as the deploy goes, so a failure part-way still shows what was done.
        report.deploy = await log.group(`Deploy ${deploy.functionName}`, () => deployFunction(deploy, { zipPath: pkg.zipPath, codeSha256: pkg.codeSha256 }, log, {}, report));
    }
    return report;
}


/***/ }),

/***/ 1049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ buildFacts),
/* harmony export */   lo: () => (/* binding */ deployFacts)
/* harmony export */ });
/* unused harmony exports outputsFor, summaryMarkdown */
/* harmony import */ var _build_elf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2616);


/** The action's outputs. Every output of action.yml is always set, empty when it doesn't apply. */
function outputsFor(r) {
    const invoke = r.invoke && !('skipped' in r.invoke) && r.invoke.ok ? capped(r.invoke.response) : '';
    return {
        executable: r.executable ?? '',
        'executable-size': r.executableSize === undefined ? '' : String(r.executableSize),
        'zip-path': r.package?.zipPath ?? '',
        'zip-size': r.package ? String(r.package.size) : '',
        'zip-sha256': r.package?.sha256Hex ?? '',
        'code-sha256': r.package?.codeSha256 ?? '',
        'artifact-id': r.artifact?.uploaded ? String(r.artifact.id) : '',
        'test-response': invoke,
        'function-arn': r.deploy?.functionArn ?? '',
        version: r.deploy?.version ?? '',
        alias: r.deploy?.alias ?? r.deletedAlias?.alias ?? '',
        'alias-arn': r.deploy?.aliasArn ?? '',
        'function-url': r.deploy?.functionUrl ?? '',
        deployed: r.deploy?.deployed ? 'true' : 'false',
    };
}
/**
 * Outputs feed expressions and environment variables; Linux refuses one
 * variable over 128 KiB, so a large response is cut (the pipeline warns).
 */
function capped(s) {
    return s.length > TEST_RESPONSE_OUTPUT_MAX ? s.slice(0, TEST_RESPONSE_OUTPUT_MAX) : s;
}
function esc(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${esc(k)} | ${esc(v)} |`)].join('\n');
}
function bytes(n) {
    return n < 1024 ? `${n} B` : `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}
/** Facts as label/value pairs: the job summary and the CLI print the same ones. */
function buildFacts(r) {
    const rows = [];
    if (r.sources)
        rows.push(['Sources', r.sources.map((s) => `\`${s}\``).join(', ')]);
    if (r.versions)
        rows.push(['Toolchain', `${r.versions.nasm}; ${r.versions.ld}`]);
    if (r.executable !== undefined && r.executableSize !== undefined)
        rows.push(['Executable', `\`${r.executable}\`, ${bytes(r.executableSize)}`]);
    if (r.elf) {
        for (const [k, v] of Object.entries((0,_build_elf_js__WEBPACK_IMPORTED_MODULE_0__/* .describeElf */ .Rg)(r.elf)))
            rows.push([k === 'Format' ? 'ELF' : k, v]);
    }
    if (r.package) {
        const p = r.package;
        rows.push(['Zip', `\`${p.zipPath}\`, ${bytes(p.size)}`]);
        rows.push(['Zip entries', p.entries.map((e) => `\`${e.name}\` ${e.mode.toString(8)}`).join(', ')]);
        rows.push(['SHA-256', `\`${p.sha256Hex}\``]);
        rows.push(['CodeSha256', `\`${p.codeSha256}\``]);
    }
    if (r.invoke) {
        if ('skipped' in r.invoke)
            rows.push(['Local invoke', `skipped: ${r.invoke.skipped}`]);
        else if (r.invoke.ok)
            rows.push(['Local invoke', `ok: \`${truncate(r.invoke.response, 200)}\``]);
        else
            rows.push(['Local invoke', `failed: ${r.invoke.errorType}: ${truncate(r.invoke.errorMessage, 200)}`]);
    }
    if (r.artifact)
        rows.push(['Artifact', r.artifact.uploaded ? `id ${r.artifact.id}, ${bytes(r.artifact.size)}` : `not uploaded: ${r.artifact.reason}`]);
    return rows;
}
function deployFacts(r) {
    const rows = [];
    const d = r.deploy;
    if (d) {
        const created = d.created ? (d.dryRun ? ' (would be created)' : ' (created)') : '';
        rows.push(['Function', `\`${d.functionArn || d.functionName}\`${created}`]);
        rows.push(['Code', d.dryRun ? 'dry run: nothing changed' : d.skippedUnchanged ? 'unchanged: upload skipped' : d.deployed ? 'uploaded' : 'not uploaded']);
        rows.push(['Version', d.version ?? 'not published']);
        if (d.alias)
            rows.push(['Alias', `${d.alias}${d.aliasArn ? ` (\`${d.aliasArn}\`)` : ''}`]);
        if (d.functionUrl)
            rows.push(['URL', d.functionUrl]);
    }
    if (r.deletedAlias)
        rows.push(['Alias', `${r.deletedAlias.alias}: ${r.deletedAlias.deleted ? 'deleted' : 'already gone'}`]);
    return rows;
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n)}…` : s;
}
function summaryMarkdown(r, failure) {
    const parts = ['## NASM Lambda'];
    if (failure)
        parts.push(`> [!CAUTION]\n> ${esc(failure)}`);
    const b = buildFacts(r);
    if (b.length > 0)
        parts.push('### Build', table(b));
    const d = deployFacts(r);
    if (d.length > 0)
        parts.push('### Deploy', table(d));
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 9879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ generateBootstrap),
  U: () => (/* binding */ packedHandlerOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __nccwpck_require__(1112);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/runtime/assets.ts
/**
 * Finds the runtime sources shipped beside the code: src/runtime/ when run from
 * source, dist/runtime/ from the action's bundle, and the same folder from the
 * CLI's bundle one level down (dist/cli/).
 */



const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
const CANDIDATES = [here, external_node_path_default().join(here, 'runtime'), external_node_path_default().join(here, '..', 'runtime')];
let found;
/** The folder that holds bootstrap.sh, lambda.inc and native/. */
function runtimeDir() {
    found ??= CANDIDATES.find((dir) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'bootstrap.sh')));
    if (!found)
        throw new Error(`the runtime sources are missing (looked in ${CANDIDATES.join(', ')}): reinstall nasm-lambda-action`);
    return found;
}
function runtimeFile(...parts) {
    return external_node_path_default().join(runtimeDir(), ...parts);
}

;// CONCATENATED MODULE: ./src/runtime/bootstrap.ts
/**
 * The `shell` bootstrap: bootstrap.sh, a Lambda custom runtime in bash + curl
 * that runs the packed executable once per event, with the packed handler's
 * path filled in. The tests run it for real against RuntimeApiServer.
 */



let script;
function generateBootstrap(opts) {
    // Re-checked because the value is embedded in a script; the rule's charset has no quote, so single quotes embed it verbatim.
    (0,rules/* checkHandlerPath */.e3)(opts.handler);
    script ??= (0,external_node_fs_.readFileSync)(runtimeFile('bootstrap.sh'), 'utf8');
    return script.replace('@PACKED_HANDLER@', `'${opts.handler}'`);
}
/** The handler path a generated bootstrap runs when `_HANDLER` is empty; undefined for any other file. */
function packedHandlerOf(bootstrapText) {
    const m = /^readonly packed_handler='([^']*)'$/m.exec(bootstrapText);
    return m?.[1];
}


/***/ }),

/***/ 711:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Runs a program with an argument array, never through a shell, and collects its output. */
function runProcess(file, args, opts = {}) {
    return new Promise((resolve, reject) => {
        // One pipe fewer per process matters when assembling many small files.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', opts.ignoreStdout ? 'ignore' : 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout?.setEncoding('utf8').on('data', (d) => {
            stdout += d;
            opts.onOutput?.(d);
        });
        child.stderr.setEncoding('utf8').on('data', (d) => {
            stderr += d;
            opts.onOutput?.(d);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
}
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9792);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

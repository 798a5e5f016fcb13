export const id = 649;
export const ids = [649];
export const modules = {

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ hasElfMagic),
/* harmony export */   Rg: () => (/* binding */ describeElf),
/* harmony export */   UV: () => (/* binding */ inspectElf),
/* harmony export */   c7: () => (/* binding */ withoutSectionHeaders)
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
/**
 * An ELF64 little-endian file without its section headers (and their name
 * table), which ld puts after the segments' bytes: the kernel loads by program
 * headers alone. Cuts the file after the last segment's bytes and sets e_shoff,
 * e_shnum and e_shstrndx to 0, as sstrip does. Any other shape (not ELF64 LE, no
 * section headers, or headers not at the end) is returned as it is.
 */
function withoutSectionHeaders(elf) {
    if (elf.length < 64 || !hasElfMagic(elf) || elf[4] !== 2 || elf[5] !== 1)
        return elf;
    const phoff = Number(elf.readBigUInt64LE(0x20));
    const shoff = Number(elf.readBigUInt64LE(0x28));
    const phentsize = elf.readUInt16LE(0x36);
    const phnum = elf.readUInt16LE(0x38);
    if (phentsize !== 56 || phnum === 0 || phoff + phnum * 56 > elf.length)
        return elf;
    let end = phoff + phnum * 56;
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * 56;
        end = Math.max(end, Number(elf.readBigUInt64LE(at + 8)) + Number(elf.readBigUInt64LE(at + 32)));
    }
    if (shoff === 0 || shoff < end || end > elf.length)
        return elf;
    const out = Buffer.from(elf.subarray(0, end));
    out.writeBigUInt64LE(0n, 0x28);
    out.writeUInt16LE(0, 0x3c);
    out.writeUInt16LE(0, 0x3e);
    return out;
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

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ ensureToolchain),
/* harmony export */   GU: () => (/* binding */ whichOnPath),
/* harmony export */   fX: () => (/* binding */ toolVersion)
/* harmony export */ });
/* unused harmony exports linkerNames, packagesFor, installPlan, currentHost */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_proc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9946);




/**
 * First line of `<tool> -v` (nasm and ld both answer it), or 'unknown'. Kept apart
 * from ensureToolchain so it can run while other work goes on.
 */
async function toolVersion(file) {
    const first = (r) => (r.stdout || r.stderr).trim().split('\n')[0] || 'unknown';
    // Only for the log: a probe that fails to start must not fail the build.
    return (0,_util_proc_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(file, ['-v']).then(first, () => 'unknown');
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

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
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
    // $LATEST is the unpublished version itself, not an alias; turning it into -LATEST would make a stranger.
    if (/^\$latest$/i.test(trimmed)) {
        throw (0,src_errors/* inputError */.Xu)('alias', `"${trimmed}" is not an alias name: $LATEST is the function's unpublished version, which every deploy updates`, 'leave alias empty to deploy to $LATEST only, or name an alias such as live or pr-${{ github.event.number }}');
    }
    const name = trimmed.replace(/[^A-Za-z0-9_-]/g, '-');
    if (name.length === 0) {
        throw (0,src_errors/* inputError */.Xu)('alias', 'the alias name is empty', 'give a name made of A-Z a-z 0-9 _ -, e.g. pr-${{ github.event.number }}');
    }
    if (name.length > ALIAS_MAX_LENGTH) {
        throw (0,src_errors/* inputError */.Xu)('alias', `"${name.slice(0, 40)}…" is ${name.length} characters; Lambda allows at most ${ALIAS_MAX_LENGTH}`, 'use a shorter name, e.g. pr-<number> instead of the branch name');
    }
    if (/^[0-9]+$/.test(name)) {
        throw (0,src_errors/* inputError */.Xu)('alias', `"${name}" is all digits, which Lambda reads as a version number`, `add a letter, e.g. pr-${name}`);
    }
    return { name, changed: name !== raw };
}

// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __webpack_require__(1829);
// EXTERNAL MODULE: ./src/options/local-test.ts
var local_test = __webpack_require__(6958);
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
        throw new src_errors/* NasmLambdaError */.pv(`unterminated ${quote} quote in ${JSON.stringify(text)}`, {
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

// EXTERNAL MODULE: ./src/options/deploy.ts
var options_deploy = __webpack_require__(3563);
;// CONCATENATED MODULE: ./src/options/inputs.generated.ts
// Generated by scripts/readme-tables.ts from action.yml and package.json; do not edit.
// Run `npm run readme` (npm run build does too) after changing either.
/** package.json's version, compiled into the CLI bundle. */
const VERSION = '1.0.0';
/** action.yml's inputs, in its order: the options' defaults and names, and every one a CLI flag. */
const ACTION_INPUTS = [
    {
        name: 'sources',
        default: 'src/**/*.asm',
        description: 'Globs of .asm files, relative to working-directory, newline- or comma-separated. A leading ! excludes. Each file becomes one object.',
    },
    { name: 'working-directory', default: '.', description: 'Directory the globs and relative paths are resolved against.' },
    {
        name: 'include-paths',
        default: '',
        description: "Extra -I directories for nasm, newline- or comma-separated. Each source's own directory is always searched.",
    },
    { name: 'nasm-args', default: '', description: 'Extra nasm arguments, split like shell words but never run through a shell.' },
    { name: 'ld-args', default: '', description: 'Extra ld arguments, split like shell words but never run through a shell.' },
    { name: 'entry', default: '_start', description: 'Entry symbol passed to ld.' },
    { name: 'strip', default: 'false', description: 'Strip symbols from the executable (true or false).' },
    {
        name: 'handler',
        default: 'bin/app',
        description: "Path of the executable inside the zip, and the function's Handler. Relative, made of A-Z a-z 0-9 . _ / -, with no .. part.",
    },
    {
        name: 'bootstrap',
        default: 'generated',
        description: 'generated packs the native runtime (NASM, assembled with your nasm and ld) that runs the handler as a process per event; in-process links the native runtime with your objects and calls your `handler` function per event (no _start of your own); shell packs the bash+curl runtime; none packs the executable itself as bootstrap (it implements the Runtime API); any other value is the path of your own bootstrap file.',
    },
    {
        name: 'files',
        default: '',
        description: 'Globs of extra files to put into the zip at their path relative to working-directory, newline- or comma-separated.',
    },
    {
        name: 'output-dir',
        default: '.nasm-lambda',
        description: 'Where the objects, the executable and function.zip are written, relative to working-directory.',
    },
    {
        name: 'install-tools',
        default: 'auto',
        description: 'auto installs missing nasm and ld with apt-get (through sudo when not root), dnf or yum; false fails and names the command to run.',
    },
    { name: 'artifact-name', default: 'lambda-function', description: 'Name of the workflow artifact that holds function.zip. Empty means no upload.' },
    { name: 'retention-days', default: '', description: "Days to keep the artifact. Empty uses the repository's setting." },
    {
        name: 'test-event',
        default: '',
        description: "JSON event to invoke the packed zip with locally, through a built-in Lambda Runtime API, before any deploy. A function error fails the step. With function-name set and the function existing, the local run gets the function's Timeout, MemorySize and environment variables.",
    },
    {
        name: 'test-event-file',
        default: '',
        description: "Path of a JSON event file, relative to working-directory, used instead of test-event (an input can't carry more than about 128 KiB; a file can carry Lambda's full 6 MB).",
    },
    {
        name: 'test-timeout',
        default: '',
        description: "Seconds the local test may run (1-900). Empty means the function's Timeout, or Lambda's default of 3 for a function that doesn't exist yet.",
    },
    {
        name: 'test-environment',
        default: '',
        description: "Environment variables for the local test only, one KEY=VALUE per line (!KEY removes one of the function's). Values are masked in the log.",
    },
    { name: 'function-name', default: '', description: 'Lambda function name or ARN to deploy to. Empty means build only.' },
    { name: 'region', default: '', description: 'AWS region. Falls back to AWS_REGION, then AWS_DEFAULT_REGION.' },
    { name: 'endpoint-url', default: '', description: 'Lambda API endpoint override (LocalStack, tests). AWS_ENDPOINT_URL_LAMBDA also works.' },
    { name: 'publish', default: 'false', description: 'Publish a version after the code update (true or false).' },
    { name: 'version-description', default: '', description: 'Description of the published version, such as the tag name.' },
    {
        name: 'alias',
        default: '',
        description: 'Create or move this alias to the published version (implies publish). Characters outside A-Z a-z 0-9 _ - become -, so v1.2.3 becomes v1-2-3.',
    },
    {
        name: 'function-url',
        default: 'false',
        description: 'Make sure a function URL exists for the alias, or for $LATEST without an alias, and output it (true or false).',
    },
    { name: 'function-url-auth', default: 'AWS_IAM', description: 'AWS_IAM or NONE. NONE also adds the resource-policy statements a public URL needs.' },
    {
        name: 'delete-alias',
        default: 'false',
        description: 'Cleanup mode for closed pull requests. Delete the alias, its function URL and its permissions, and build nothing (true or false).',
    },
    {
        name: 'role',
        default: '',
        description: 'Execution role ARN. When the function does not exist, create it with this role (provided.al2023, x86_64). Without it a missing function is an error.',
    },
    {
        name: 'skip-unchanged',
        default: 'true',
        description: "Skip UpdateFunctionCode when the function's CodeSha256 already equals the zip's (true or false). Publishing and aliasing still happen.",
    },
    {
        name: 'dry-run',
        default: 'false',
        description: 'Validate everything, including UpdateFunctionCode with DryRun, and change nothing in Lambda (true or false). The artifact is still uploaded.',
    },
    {
        name: 'deploy-timeout',
        default: '900',
        description: 'Seconds the whole deploy may take, calls, retries and waits included; past it the step fails naming the call that stalled. A single call also fails when its connection sends and receives nothing for 60 s.',
    },
    {
        name: 'remote-test',
        default: 'false',
        description: 'After publishing, invoke the new version on Lambda with test-event (RequestResponse, log tail) before any alias moves; a function error or a response failing expect-response fails the step and leaves the alias where it was (true or false). Needs test-event and publish or alias.',
    },
    {
        name: 'expect-response',
        default: '',
        description: 'The response test-event must produce, locally and with remote-test on Lambda. When both parse as JSON they are compared as JSON values (key order ignored), otherwise byte for byte.',
    },
    {
        name: 'rollback',
        default: 'false',
        description: "Build-free mode. Move alias back to the version it pointed at before the action last moved it (recorded in the alias's description), or to rollback-to; with remote-test that version is invoked first (true or false).",
    },
    { name: 'rollback-to', default: '', description: 'With rollback, the version number to move alias to instead of the recorded previous one.' },
    {
        name: 'promote-from',
        default: '',
        description: 'Build-free mode. Move alias to the version this alias (or version number) points at; a weighted alias is refused. With remote-test that version is invoked first.',
    },
    {
        name: 'keep-versions',
        default: '',
        description: 'After publishing and moving the alias, delete published versions beyond the newest N, except any version an alias points at, gives weight to or records as its previous one. Empty keeps all.',
    },
    {
        name: 'environment',
        default: '',
        description: "Environment variables to merge into the function's, one KEY=VALUE per line; !KEY removes one. Variables not named are kept. Values are masked in the log.",
    },
    { name: 'memory-size', default: '', description: 'Memory of the function in MB, 128 to 10240. Empty leaves it as it is.' },
    { name: 'timeout', default: '', description: 'Timeout of the function in seconds, 1 to 900. Empty leaves it as it is.' },
];

;// CONCATENATED MODULE: ./src/options/index.ts








/**
 * The defaults of action.yml, for the CLI and for an action run where the
 * runner did not fill one in: from the module generated from action.yml.
 */
const INPUT_DEFAULTS = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, i.default]));
/** Turns raw input strings into validated Options. Pure: touches no files. */
function parseOptions(raw, ctx) {
    const get = (name) => (raw[name] ?? INPUT_DEFAULTS[name]).trim();
    const workingDirectory = external_node_path_default().resolve(ctx.cwd, get('working-directory') || '.');
    const sources = splitList(get('sources'));
    if (sources.length === 0) {
        throw (0,src_errors/* inputError */.Xu)('sources', 'no globs given', 'list .asm globs such as src/**/*.asm');
    }
    const handler = parseHandler(get('handler'));
    const bootstrap = parseBootstrap(get('bootstrap'), workingDirectory, handler);
    const entry = get('entry');
    if (bootstrap.kind === 'in-process' && entry !== INPUT_DEFAULTS.entry) {
        throw (0,src_errors/* inputError */.Xu)('entry', `is ${JSON.stringify(entry)}, but with bootstrap: in-process the runtime owns _start and calls handler`, 'remove entry, and define `handler` (see lambda.inc)');
    }
    if (!/^[A-Za-z_.$?@~#][A-Za-z0-9_.$?@~#]*$/.test(entry)) {
        throw (0,src_errors/* inputError */.Xu)('entry', `${JSON.stringify(entry)} is not a symbol name`, 'use the global label your code starts at, such as _start');
    }
    const artifactName = get('artifact-name');
    const retention = get('retention-days');
    const retentionDays = (0,rules/* checkRetentionDays */.Ex)(retention);
    const localTest = (0,local_test/* parseLocalTest */.T6)(get, workingDirectory);
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
        testEvent: localTest.event,
        localTest,
        deploy: parseDeploy(get, handler, ctx.env),
        deleteAlias: parseBool(get('delete-alias'), 'delete-alias'),
    };
    // One expect-response for the local and the remote test, untrimmed when it is not JSON.
    const expected = (0,options_deploy/* parseExpectResponse */.Ms)(raw['expect-response'], localTest.event !== undefined || localTest.eventFile !== undefined);
    if (expected !== undefined)
        options.expectResponse = expected;
    if (options.deploy?.expectResponse !== undefined)
        options.deploy.expectResponse = expected;
    if (options.deleteAlias && (!options.deploy || !options.deploy.alias)) {
        throw (0,src_errors/* inputError */.Xu)('delete-alias', 'needs function-name and alias', 'set both, e.g. alias: pr-${{ github.event.number }}');
    }
    return options;
}
/** The build writes (and cleans) under output-dir, so it must be a folder of its own inside the project. */
function parseOutputDir(value, workingDirectory) {
    const dir = external_node_path_default().resolve(workingDirectory, value || '.nasm-lambda');
    const rel = external_node_path_default().relative(dir, workingDirectory);
    if (rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))) {
        throw (0,src_errors/* inputError */.Xu)('output-dir', `${JSON.stringify(value)} is working-directory itself or a parent of it, so the sources would count as build output`, 'use a folder of its own, such as .nasm-lambda');
    }
    return dir;
}
const parseHandler = (value) => (0,rules/* checkHandlerPath */.e3)(value);
function parseBootstrap(value, workingDirectory, handler) {
    if (value === 'none')
        return { kind: 'none' };
    // In-process, the executable is the bootstrap and the handler is linked in, so the name is free.
    if (value === 'in-process')
        return { kind: 'in-process' };
    // Only with bootstrap: none is the executable itself the bootstrap; otherwise the name is taken.
    (0,rules/* checkHandlerBesideBootstrap */.XS)(handler);
    if (value === 'generated' || value === '')
        return { kind: 'generated' };
    if (value === 'shell')
        return { kind: 'shell' };
    return { kind: 'file', path: external_node_path_default().resolve(workingDirectory, value) };
}
function parseBool(value, input) {
    const v = value.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false' || v === '')
        return false;
    throw (0,src_errors/* inputError */.Xu)(input, `${JSON.stringify(value)} is not a boolean`, 'use true or false');
}
function parseInstallTools(value) {
    const v = value.toLowerCase();
    if (v === 'auto' || v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw (0,src_errors/* inputError */.Xu)('install-tools', `${JSON.stringify(value)} is not auto or false`, 'use auto to install missing tools, or false to fail instead');
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
        ...options_deploy/* DEPLOY_ONLY_INPUTS */.LY,
    ];
    if (functionName === '') {
        for (const name of deployOnly) {
            if (get(name).toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase()) {
                throw (0,src_errors/* inputError */.Xu)(name, 'is set but function-name is empty', 'set function-name to deploy, or remove this input to build only');
            }
        }
        return undefined;
    }
    (0,rules/* checkFunctionName */.C)(functionName);
    // An ARN names its region; a different region input would deploy nowhere.
    const fromArn = (0,rules/* arnRegion */.yC)(functionName);
    if (fromArn && get('region') && get('region') !== fromArn) {
        throw (0,src_errors/* inputError */.Xu)('region', `is ${get('region')} but the function ARN is in ${fromArn}`, 'leave region empty with an ARN, or make them agree');
    }
    const region = fromArn || get('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (region === '') {
        throw (0,src_errors/* inputError */.Xu)('region', 'no AWS region given', 'set region, or run aws-actions/configure-aws-credentials with aws-region first (it sets AWS_REGION)');
    }
    (0,rules/* checkRegion */.vK)(region);
    const endpointUrl = get('endpoint-url');
    if (endpointUrl !== '')
        (0,rules/* checkEndpointUrl */.LE)(endpointUrl);
    const auth = get('function-url-auth').toUpperCase();
    if (auth !== 'AWS_IAM' && auth !== 'NONE') {
        throw (0,src_errors/* inputError */.Xu)('function-url-auth', `${JSON.stringify(get('function-url-auth'))} is not AWS_IAM or NONE`, 'use AWS_IAM (signed requests) or NONE (public)');
    }
    const rawAlias = get('alias');
    const alias = rawAlias === '' ? undefined : sanitizeAlias(rawAlias).name;
    const role = get('role');
    if (role !== '' && !/^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/\S+$/.test(role)) {
        throw (0,src_errors/* inputError */.Xu)('role', `${JSON.stringify(role)} is not an IAM role ARN`, 'use arn:aws:iam::<account>:role/<name>');
    }
    const deploy = {
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
    return { ...deploy, ...(0,options_deploy/* parseDeployExtras */.M3)(get, deploy, env) };
}
/** Checked here because PublishVersion comes after the code upload: a late failure would leave $LATEST changed and nothing published. */
function parseVersionDescription(value) {
    if (value.length > 256) {
        throw (0,src_errors/* inputError */.Xu)('version-description', `is ${value.length} characters; Lambda allows at most 256`, 'shorten it, e.g. use the tag or the commit SHA rather than the commit message');
    }
    return value || undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
/** Said of files that look written for GNU as. */
const GNU_AS_HINT = 'look written for GNU as (AT&T syntax, .globl); nasm takes Intel syntax: port them to NASM (global, section .text, mov rax, 1), or assemble them with as in an earlier step';
/** GNU as source: AT&T `%`-registers, or GNU directives such as `.globl` (nasm spells them `global`, `section`). */
function looksLikeGnuAs(text) {
    return (/%(?:[re]?(?:ax|bx|cx|dx|si|di|sp|bp)|r(?:[89]|1[0-5])[dwb]?|[abcd][lh]|[xyz]mm\d+|rip)\b/.test(text) ||
        /^\s*\.(?:globl|global|section|text|data|bss|intel_syntax|att_syntax|type|size|ascii|asciz|quad|long)\b/m.test(text));
}
/**
 * Assembly files under `baseDir` that the globs did not match, for the error
 * that says no source matches: the user most likely put them elsewhere.
 */
async function findNearbySources(baseDir, skip, limit = 5) {
    const out = { asm: [], gnuAs: [] };
    const ignored = (rel) => /(^|\/)(node_modules|\.git)(\/|$)/.test(rel);
    for await (const rel of (0,promises_.glob)(['**/*.asm', '**/*.nasm', '**/*.ASM', '**/*.s', '**/*.S'], { cwd: baseDir, exclude: ignored })) {
        const abs = external_node_path_default().resolve(baseDir, rel);
        if (skip(abs) || !(await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
            continue;
        const posix = rel.split((external_node_path_default()).sep).join('/');
        if (/\.s$/i.test(rel)) {
            if (out.gnuAs.length < limit && looksLikeGnuAs((await (0,promises_.readFile)(abs, 'utf8').catch(() => '')).slice(0, 64 * 1024)))
                out.gnuAs.push(posix);
        }
        else if (out.asm.length < limit)
            out.asm.push(posix);
        if (out.asm.length >= limit && out.gnuAs.length >= limit)
            break;
    }
    out.asm.sort();
    out.gnuAs.sort();
    return out;
}
/** A `sources` glob that matches `files` (relative, posix). */
function globFor(files) {
    const dirs = [...new Set(files.map((f) => external_node_path_default().posix.dirname(f)))];
    if (dirs.length === 1)
        return dirs[0] === '.' ? '*.asm' : `${dirs[0]}/*.asm`;
    const tops = [...new Set(files.map((f) => (f.includes('/') ? f.split('/')[0] : '.')))];
    return tops.length === 1 && tops[0] !== '.' ? `${tops[0]}/**/*.asm` : '**/*.asm';
}

// EXTERNAL MODULE: ./src/util/proc.ts
var proc = __webpack_require__(9946);
;// CONCATENATED MODULE: ./src/build/assemble.ts






/**
 * nasm with -Xgnu prints `file:line: severity: message` (and `nasm: fatal: ...` without a place).
 * dotAll: a message may hold a bare CR (`%error` echoes it), which is not a line end here.
 */
const NASM_LINE = /^(.+?):(\d+): (error|warning|fatal|panic|note|info): (.*)$/s;
const NASM_UNPLACED = /^nasm: (error|warning|fatal|panic): (.*)$/s;
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
    const failedSources = [];
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
            failedSources.push({ abs: source, shown: toWorkspacePath(relSource, input.workingDirectory, input.workspace) });
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
        // File names come from the repository and nasm echoes source text: foreign.
        log.info(`nasm ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`, { foreign: true });
        return { source, object };
    });
    for (const d of diagnostics.filter((d) => d.severity !== 'error'))
        log.annotate(d);
    if (failed.length > 0) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const first = errors[0];
        const where = first?.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
        const hints = await assemblyHints(failedSources, errors);
        throw new src_errors/* NasmLambdaError */.pv(`assembly failed in ${failed.length} of ${input.sources.length} file(s), ${errors.length} error(s); first: ${where}${first?.message ?? 'unknown'}`, { fix: ['fix the errors annotated on the source lines', ...hints].join('; '), diagnostics: errors });
    }
    return objects;
}
/**
 * What the failure most likely is, beyond nasm's own words: GNU as sources fed
 * to nasm, or an %include nasm cannot find.
 */
async function assemblyHints(failed, errors) {
    const hints = [];
    const gnuAs = [];
    for (const f of failed) {
        if (!/\.s$/i.test(f.abs) || gnuAs.length >= 5)
            continue;
        if (looksLikeGnuAs((await (0,promises_.readFile)(f.abs, 'utf8').catch(() => '')).slice(0, 64 * 1024)))
            gnuAs.push(f.shown);
    }
    if (gnuAs.length > 0)
        hints.push(`${gnuAs.join(', ')} ${GNU_AS_HINT}`);
    const missing = errors.map((d) => /unable to open include file [`'"](.+?)['"`]/.exec(d.message)?.[1]).find(Boolean);
    if (missing)
        hints.push(`nasm cannot find ${missing}: add the folder that holds it to include-paths (each source's own folder is searched already)`);
    return hints;
}

// EXTERNAL MODULE: ./src/runtime/bootstrap.ts
var bootstrap = __webpack_require__(4586);
// EXTERNAL MODULE: ./src/build/elf.ts
var build_elf = __webpack_require__(177);
// EXTERNAL MODULE: ./src/runtime/assets.ts
var assets = __webpack_require__(7719);
;// CONCATENATED MODULE: ./src/runtime/native.ts
/**
 * The native runtime: a Lambda custom runtime written in NASM (src/runtime/native/),
 * assembled and linked here with the user's own nasm and ld into one static
 * executable, the function's `bootstrap`.
 *
 * - `process` (bootstrap: generated): runs the handler executable once per
 *   event, as bootstrap.sh does, with the packed handler's path baked in.
 * - `in-process`: the user's objects are linked into the runtime, which calls
 *   their `handler` once per event (see lambda.inc for the ABI).
 *
 * The build is reproducible: the same sources, inputs and tools give the same bytes.
 */







/**
 * Each mode's runtime is ONE nasm compile unit, which %includes the parts
 * (common, http, json, answer, and the mode's own): one nasm run per build.
 */
const MODE_UNIT = {
    process: 'process',
    'in-process': 'inprocess',
};
const TOOL_FIX = 'the native runtime needs nasm 2.15 or later and GNU ld for x86-64 (Debian/Ubuntu: apt-get install nasm binutils)';
/** The runtime's compile units for a mode (one: it %includes the rest; the process mode's nasm also pre-includes its generated packed-handler file with -P). */
function nativeSourceNames(mode) {
    return [MODE_UNIT[mode]];
}
/** Folder holding lambda.inc, to pass to the user's nasm as -I so `%include "lambda.inc"` works without include-paths. */
function lambdaIncludeDir() {
    return (0,assets/* runtimeDir */.s)();
}
/**
 * Assembles the runtime for `mode` (one nasm run) into workDir; returns the
 * object. The in-process build starts this before the user's code is
 * assembled, and hands the promise to buildNativeRuntime as `object`.
 */
async function assembleNativeRuntime(input) {
    const { mode } = input;
    if (mode !== 'process' && mode !== 'in-process') {
        throw new src_errors/* NasmLambdaError */.pv(`unknown native runtime mode '${String(mode)}'`, { fix: "use 'process' or 'in-process'" });
    }
    const srcDir = (0,assets/* runtimeFile */.P)('native');
    await (0,promises_.mkdir)(input.workDir, { recursive: true });
    let packedSource;
    if (mode === 'process') {
        const handler = input.packedHandler;
        // options/ enforces the rule for `handler`; re-checked because the value becomes data in the runtime.
        (0,rules/* checkHandlerPath */.e3)(handler ?? '');
        packedSource = external_node_path_default().join(input.workDir, 'native-packed.asm');
        await (0,promises_.writeFile)(packedSource, packedHandlerSource(handler));
    }
    const unit = MODE_UNIT[mode];
    return assemble(input, external_node_path_default().join(srcDir, `${unit}.asm`), external_node_path_default().join(input.workDir, `native-${unit}.o`), srcDir, packedSource);
}
/** Assembles the runtime for `mode` (unless `object` is given) and links it (with the user's objects in in-process mode) into `output`. */
async function buildNativeRuntime(input) {
    const userObjects = input.mode === 'in-process' ? (input.userObjects ?? []) : [];
    if (input.mode === 'in-process' && userObjects.length === 0) {
        throw new src_errors/* NasmLambdaError */.pv("the in-process runtime needs the handler's objects and got none", {
            input: 'sources',
            fix: 'list the .asm files that define `handler` (with %include "lambda.inc")',
        });
    }
    const object = await (input.object ?? assembleNativeRuntime(input));
    const ldVersion = await native_link(input, [object, ...userObjects]);
    const version = ldVersion ? { ldVersion } : {};
    return input.mode === 'process' ? { bytes: await dropSectionHeaders(input.output), ...version } : version;
}
/** The process-mode runtime is stripped: its section headers serve no one (see withoutSectionHeaders). Returns the final bytes. */
async function dropSectionHeaders(file) {
    const elf = await (0,promises_.readFile)(file);
    const out = (0,build_elf/* withoutSectionHeaders */.c7)(elf);
    if (out !== elf)
        await (0,promises_.writeFile)(file, out);
    return out;
}
/** A tiny generated source holding the packed handler's bytes (no NASM string, no quoting), pre-included into process.asm with nasm -P. */
function packedHandlerSource(handler) {
    const bytes = [...Buffer.from(handler, 'utf8')];
    return [
        '; Generated by nasm-lambda: the packed handler path of the process-mode runtime.',
        'section .rodata',
        `packed_handler: db ${[...bytes, 0].join(',')}`,
        `packed_handler_len equ ${bytes.length}`,
        '',
    ].join('\n');
}
async function assemble(input, source, object, srcDir, preInclude) {
    // nasm records the source's name as given in the object's symbols: run it in the source's
    // folder with a bare name, so that the bytes don't depend on where things live. No -g.
    const args = [
        '-f',
        'elf64',
        '-I',
        srcDir.endsWith((external_node_path_default()).sep) ? srcDir : srcDir + (external_node_path_default()).sep,
        ...(preInclude ? ['-P', external_node_path_default().resolve(preInclude)] : []),
        '-o',
        external_node_path_default().resolve(object),
        external_node_path_default().basename(source),
    ];
    let r;
    try {
        r = await (0,proc/* runProcess */.R)(toolPath(input.nasm), args, { cwd: external_node_path_default().dirname(source), ignoreStdout: true });
    }
    catch (e) {
        throw new src_errors/* NasmLambdaError */.pv(`cannot run ${input.nasm} to assemble the native runtime: ${e.message}`, { fix: TOOL_FIX, cause: e });
    }
    if (r.code !== 0) {
        throw new src_errors/* NasmLambdaError */.pv(`${external_node_path_default().basename(input.nasm)} failed on the native runtime's ${external_node_path_default().basename(source)}: ${firstLines(r.stderr)}`, {
            fix: TOOL_FIX,
        });
    }
    return object;
}
/** Links; returns the version line ld printed for -v (the summary's, with no probe of its own), or undefined. */
async function native_link(input, objects) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(input.output), { recursive: true });
    // Static, no libc, no build id (it would differ with nothing else), no executable stack.
    // noseparate-code: the ELF headers, .text and .rodata share one R-E segment (code and
    // data stay in separate segments, nothing is RWX), which saves two segments' page padding.
    const strip = input.mode === 'process' || input.strip === true;
    const args = [
        '-v',
        ...(strip ? ['-s'] : []),
        '-static',
        '-nostdlib',
        '--build-id=none',
        '-z',
        'noexecstack',
        '-z',
        'noseparate-code',
        '-e',
        '_start',
        '-o',
        external_node_path_default().resolve(input.output),
        ...(input.mode === 'in-process' ? (input.ldArgs ?? []) : []),
        ...objects.map((o) => external_node_path_default().resolve(o)),
    ];
    let r;
    try {
        r = await (0,proc/* runProcess */.R)(toolPath(input.ld), args, { cwd: input.workDir });
    }
    catch (e) {
        throw new src_errors/* NasmLambdaError */.pv(`cannot run ${input.ld} to link the native runtime: ${e.message}`, { fix: TOOL_FIX, cause: e });
    }
    if (r.code === 0 && !/warning: cannot find entry symbol/.test(r.stderr))
        return r.stdout.trim().split('\n')[0] || undefined;
    const stderr = r.stderr;
    if (input.mode === 'in-process' && /undefined reference to `handler'/.test(stderr)) {
        throw new src_errors/* NasmLambdaError */.pv('link failed: no object defines `handler`, which the in-process runtime calls', {
            input: 'sources',
            fix: 'define `handler:` in one source and %include "lambda.inc" there (it declares `global handler`)',
        });
    }
    if (input.mode === 'in-process' && /multiple definition of `_start'/.test(stderr)) {
        throw new src_errors/* NasmLambdaError */.pv('link failed: a source defines `_start`, which the in-process runtime owns', {
            input: 'sources',
            fix: 'remove `_start` (and `global _start`): the runtime calls `handler` once per event',
        });
    }
    if (input.mode === 'in-process' && /multiple definition of `/.test(stderr)) {
        throw new src_errors/* NasmLambdaError */.pv(`link failed: ${firstLines(stderr)}`, {
            input: 'sources',
            fix: 'a global symbol of yours has the name of one of the runtime’s; rename it (the runtime’s names are in lambda.inc and src/runtime/native/runtime.inc)',
        });
    }
    throw new src_errors/* NasmLambdaError */.pv(`${external_node_path_default().basename(input.ld)} failed to link the native runtime: ${firstLines(stderr) || `exit status ${r.code}`}`, {
        fix: input.mode === 'in-process' ? 'check the undefined references the message names against lambda.inc' : TOOL_FIX,
    });
}
/** A tool given as a relative path keeps meaning the same file when run in another folder. */
function toolPath(file) {
    return file.includes('/') ? external_node_path_default().resolve(file) : file;
}
function firstLines(s, n = 3) {
    return s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, n)
        .join('; ');
}

;// CONCATENATED MODULE: ./src/runtime/index.ts
/**
 * Picks the runtime that goes into the zip as `bootstrap`, and builds it with the
 * user's own toolchain: the native runtime (process per event, or linked with the
 * user's objects), the bash one, the user's file, or the executable itself.
 */




/** How a person reads the choice in logs, the summary and `nasm-lambda invoke`. */
function describeRuntime(mode) {
    switch (mode.kind) {
        case 'generated':
            return 'generated: the native runtime, a process per event';
        case 'in-process':
            return 'in-process: the native runtime calling handler in-process';
        case 'shell':
            return 'shell: the bash runtime';
        case 'none':
            return 'none: the executable is the bootstrap';
        case 'file':
            return `your bootstrap file (${external_node_path_default().basename(mode.path)})`;
    }
}
/** In-process, the runtime owns _start and the user's objects are linked with it. */
function linksWithRuntime(mode) {
    return mode.kind === 'in-process';
}
/** Extra nasm include folders a mode needs: in-process sources `%include "lambda.inc"` without include-paths. */
function runtimeIncludePaths(mode) {
    return mode.kind === 'in-process' ? [lambdaIncludeDir()] : [];
}
/**
 * What packaging takes as the bootstrap, for every mode but the native process
 * runtime (`native`), which is built beside the user's code. Pure.
 */
function plannedBootstrap(mode, handler) {
    switch (mode.kind) {
        case 'generated':
            return { kind: 'native' };
        case 'shell':
            return { kind: 'text', text: (0,bootstrap/* generateBootstrap */.g)({ handler }) };
        // In-process, the linked executable is the bootstrap: see linkInProcess.
        case 'in-process':
        case 'none':
            return { kind: 'none' };
        case 'file':
            return mode;
    }
}
/** Assembles and links the native process-per-event runtime, with the packed handler baked in; returns its path and bytes. */
async function buildProcessRuntime(ctx) {
    const workDir = external_node_path_default().join(ctx.outputDir, 'runtime');
    await (0,promises_.mkdir)(workDir, { recursive: true });
    const output = external_node_path_default().join(workDir, 'bootstrap');
    const { bytes } = await buildNativeRuntime({ nasm: ctx.nasm, ld: ctx.ld, workDir, mode: 'process', packedHandler: ctx.handler, output });
    return { path: output, bytes: bytes };
}
/** Assembles the in-process runtime, which needs nothing of the user's, so that it can start before their code is assembled; returns the object. */
function assembleInProcessRuntime(ctx) {
    return assembleNativeRuntime({ nasm: ctx.nasm, workDir: external_node_path_default().join(ctx.outputDir, 'runtime'), mode: 'in-process' });
}
/** Links the user's objects with the native runtime (`runtimeObject`, from assembleInProcessRuntime) into the one executable that is the bootstrap. */
async function linkInProcess(ctx) {
    const workDir = external_node_path_default().join(ctx.outputDir, 'runtime');
    const output = external_node_path_default().join(ctx.outputDir, 'bootstrap');
    const { ldVersion } = await buildNativeRuntime({
        nasm: ctx.nasm,
        ld: ctx.ld,
        workDir,
        mode: 'in-process',
        userObjects: ctx.objects,
        output,
        strip: ctx.strip,
        ldArgs: ctx.ldArgs,
        object: ctx.runtimeObject,
    });
    return { executable: output, size: (await (0,promises_.stat)(output)).size, ...(ldVersion ? { version: ldVersion } : {}) };
}

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
    // -v: GNU ld (and lld) print their version on stdout and link as usual, so the
    // log and the summary get it without a process of its own.
    const args = ['-v', '-o', input.output, '-e', input.entry, ...(input.strip ? ['-s'] : []), ...input.ldArgs, ...input.objects.map((o) => o.object)];
    const r = await (0,proc/* runProcess */.R)(input.ld, args, { cwd: input.workingDirectory });
    const stderr = r.stderr.trim();
    log.info(`${external_node_path_default().basename(input.ld)} ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`, { foreign: true });
    const diagnostics = parseLdDiagnostics(r.stderr, input.objects, input);
    // A missing entry symbol is only a warning to ld, but the result would start at a random .text offset.
    const fatal = diagnostics.filter((d) => d.severity === 'error');
    for (const d of diagnostics.filter((d) => d.severity !== 'error'))
        log.annotate(d);
    if (r.code !== 0 || fatal.length > 0) {
        const first = fatal[0];
        const twice = fatal.some((d) => d.message.startsWith('multiple definition')) ? await includedSources(input) : [];
        const fix = twice.length > 0
            ? `${twice.map((t) => `${t.by} %includes ${t.included}, which sources also assembles, so its symbols are defined twice`).join('; ')}: exclude it with ${[...new Set(twice.map((t) => `!${t.glob}`))].join(', ')} in sources (or stop including it)`
            : fatal.length > 0 && first.message.startsWith('entry symbol')
                ? undefined
                : 'fix the annotated errors; for undefined references check `extern`/`global` names and that every source is listed in sources';
        throw new src_errors/* NasmLambdaError */.pv(`link failed: ${first ? `${first.file ? `${first.file}: ` : ''}${first.message}` : stderr || `ld exited with ${r.code}`}`, {
            fix,
            diagnostics: fatal,
        });
    }
    const version = r.stdout.trim().split('\n')[0];
    return { executable: input.output, size: (await (0,promises_.stat)(input.output)).size, ...(version ? { version } : {}) };
}
const INCLUDE = /^\s*%include\s+(?:"([^"]+)"|'([^']+)'|<([^>]+)>)/gm;
/**
 * Sources that another source %includes: assembled on their own as well, their
 * labels are defined twice. nasm looks for an include relative to its working
 * directory and then in the -I folders, which always hold the source's own.
 */
async function includedSources(input) {
    const sources = new Set(input.objects.map((o) => o.source));
    const out = [];
    const show = (f) => toWorkspacePath(f, input.workingDirectory, input.workspace);
    for (const source of sources) {
        const text = await (0,promises_.readFile)(source, 'utf8').catch(() => '');
        for (const m of text.matchAll(INCLUDE)) {
            const name = m[1] ?? m[2] ?? m[3];
            const hit = [external_node_path_default().resolve(input.workingDirectory, name), external_node_path_default().resolve(external_node_path_default().dirname(source), name)].find((c) => c !== source && sources.has(c));
            if (hit)
                out.push({ by: show(source), included: show(hit), glob: external_node_path_default().relative(input.workingDirectory, hit).split((external_node_path_default()).sep).join('/') });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/types.ts
/** The test-response output holds at most this many characters. */
const types_TEST_RESPONSE_OUTPUT_MAX = 64 * 1024;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/package/zip.ts
var package_zip = __webpack_require__(4959);
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
    if (b.kind === 'text') {
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
    const isElf = (0,build_elf/* hasElfMagic */.Nr)(data);
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

// EXTERNAL MODULE: ./src/build/toolchain.ts
var build_toolchain = __webpack_require__(6179);
// EXTERNAL MODULE: ./src/deploy/expect.ts
var expect = __webpack_require__(4566);
;// CONCATENATED MODULE: ./src/pipeline.ts













/**
 * Assemble, link, verify and pack: everything up to function.zip. Each run builds
 * in a folder of its own under output-dir and renames its results into place, so
 * two runs on one project can't mix their files, and a failed build leaves no
 * function.zip from an earlier run for a later step to upload.
 */
async function build(opts, ctx) {
    await ensureDirectory(opts.workingDirectory, 'working-directory');
    await (0,promises_.mkdir)(opts.outputDir, { recursive: true });
    const zipPath = external_node_path_default().join(opts.outputDir, 'function.zip');
    await (0,promises_.rm)(zipPath, { force: true });
    const runDir = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.outputDir, '.run-'));
    try {
        const pkg = await buildIn(opts, ctx, runDir);
        const exe = ctx.report.executable;
        if (exe) {
            const finalExe = external_node_path_default().join(opts.outputDir, external_node_path_default().basename(exe));
            await (0,promises_.rename)(exe, finalExe);
            ctx.report.executable = finalExe;
        }
        await (0,promises_.rename)(pkg.zipPath, zipPath);
        const placed = { ...pkg, zipPath };
        ctx.report.package = placed;
        ctx.log.info(`${zipPath}: ${placed.size} bytes, sha256 ${placed.sha256Hex}`, { foreign: true });
        return placed;
    }
    finally {
        // After a failure other nasm jobs may still be writing here: retry, and never hide the build's own error.
        await (0,promises_.rm)(runDir, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    }
}
/** The build itself, writing only into runDir: it starts the jobs that need no input but the tools. */
async function buildIn(opts, ctx, runDir) {
    // Everything an input can get wrong is checked before the user's nasm runs.
    const mtime = (0,package_zip/* sourceDateEpoch */.pA)(ctx.env);
    const found = (0,build_toolchain/* ensureToolchain */.EC)({ install: opts.installTools, log: ctx.log });
    // The native runtime depends on nothing of the user's but the handler path, and
    // it is the longest job of a small build: it starts as soon as the tools are
    // known, while this process globs and stats the inputs.
    const nativeRuntime = plannedBootstrap(opts.bootstrap, opts.handler).kind === 'native' ? found.then((t) => pipeline_buildNativeRuntime(opts, t, runDir)) : undefined;
    // The in-process runtime is linked with the user's objects, but assembled without them.
    const inProcessObject = linksWithRuntime(opts.bootstrap) ? found.then((t) => assembleInProcessRuntime({ nasm: t.nasm, outputDir: runDir })) : undefined;
    // Awaited below; until then a failure elsewhere must not leave them unhandled.
    nativeRuntime?.catch(() => undefined);
    inProcessObject?.catch(() => undefined);
    try {
        return await buildUserCode(opts, ctx, runDir, { found, nativeRuntime, inProcessObject, mtime });
    }
    catch (e) {
        // build() deletes runDir next: first let the runtime's jobs, which write there, end.
        await Promise.allSettled([nativeRuntime, inProcessObject]);
        throw e;
    }
}
/** The rest of the build: the user's code assembled, linked and checked, then everything packed. */
async function buildUserCode(opts, ctx, runDir, started) {
    const { log, report } = ctx;
    const { nativeRuntime, inProcessObject, mtime } = started;
    const [toolchain, sources, resolvedBootstrap, extraFiles] = await Promise.all([
        started.found,
        resolveSources(opts),
        resolveBootstrap(opts),
        resolveExtraFiles(opts),
    ]);
    report.sources = sources.map((s) => toWorkspacePath(s, opts.workingDirectory, opts.workspace));
    const objDir = external_node_path_default().join(runDir, 'obj');
    const objects = await log.group(`Assemble ${sources.length} file(s)`, () => assembleAll({
        nasm: toolchain.nasm,
        sources,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
        includePaths: [...opts.includePaths, ...runtimeIncludePaths(opts.bootstrap)],
        nasmArgs: opts.nasmArgs,
        objDir,
    }, log));
    const exeName = opts.bootstrap.kind === 'none' ? 'bootstrap' : external_node_path_default().posix.basename(opts.handler);
    const inProcess = linksWithRuntime(opts.bootstrap);
    // The versions only feed the log and the summary: nasm's probe runs beside the
    // link, not before the runtime's nasm (the longest job of a small build), and
    // ld prints its version as it links (-v). (toolVersion never rejects.)
    const nasmVersion = (0,build_toolchain/* toolVersion */.fX)(toolchain.nasm);
    const linked = await log.group(inProcess ? 'Link with the native runtime (in-process)' : 'Link', async () => inProcess
        ? await linkInProcess({
            nasm: toolchain.nasm,
            ld: toolchain.ld,
            outputDir: runDir,
            objects: objects.map((o) => o.object),
            strip: opts.strip,
            ldArgs: opts.ldArgs,
            runtimeObject: inProcessObject,
        })
        : await linkExecutable({
            ld: toolchain.ld,
            objects,
            output: external_node_path_default().join(runDir, exeName),
            entry: opts.entry,
            strip: opts.strip,
            ldArgs: opts.ldArgs,
            workingDirectory: opts.workingDirectory,
            workspace: opts.workspace,
        }, log));
    report.executable = linked.executable;
    report.executableSize = linked.size;
    const versions = { nasm: await nasmVersion, ld: linked.version ?? (await (0,build_toolchain/* toolVersion */.fX)(toolchain.ld)) };
    report.versions = versions;
    log.info(`${versions.nasm} (${toolchain.nasm}); ${versions.ld} (${toolchain.ld})`, { foreign: true });
    const exeBytes = await (0,promises_.readFile)(linked.executable);
    const verdict = (0,build_elf/* inspectElf */.UV)(exeBytes);
    if (!verdict.ok) {
        throw new src_errors/* NasmLambdaError */.pv(`${toWorkspacePath(linked.executable, opts.workingDirectory, opts.workspace)} cannot run on Lambda: ${verdict.reason}`, {
            input: opts.ldArgs.length > 0 ? 'ld-args' : undefined,
        });
    }
    report.elf = verdict.facts;
    for (const d of await int80Warnings(verdict.facts, sources, opts))
        log.annotate(d);
    report.runtime = describeRuntime(opts.bootstrap);
    let bootstrap;
    if (resolvedBootstrap.kind === 'native') {
        const runtime = (await nativeRuntime);
        log.info(`bootstrap: the native runtime, ${runtime.size} bytes, running ${opts.handler} as a process per event`);
        bootstrap = { kind: 'file', path: runtime.path };
    }
    else {
        bootstrap = resolvedBootstrap;
    }
    const pkg = await log.group('Package', async () => {
        const result = await packageFunction({
            executablePath: linked.executable,
            handler: opts.handler,
            bootstrap,
            extraFiles,
            zipPath: external_node_path_default().join(runDir, 'function.zip'),
            mtime,
        }, log);
        for (const e of result.entries)
            log.info(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(9)} ${e.name}`, { foreign: true });
        return result;
    });
    return pkg;
}
async function resolveSources(opts) {
    const files = (await expandGlobs(opts.sources, opts.workingDirectory, 'sources')).filter((f) => !isInside(f, opts.outputDir));
    if (files.length === 0) {
        const nearby = await findNearbySources(opts.workingDirectory, (f) => isInside(f, opts.outputDir));
        throw (0,src_errors/* inputError */.Xu)('sources', `no files match ${opts.sources.join(', ')} under ${toWorkspacePath(opts.workingDirectory, opts.workspace, opts.workspace) || '.'}`, ['check the globs and working-directory (globs are relative to working-directory)', ...sourceHints(nearby)].join('; '));
    }
    const notAsm = files.filter((f) => !/\.(asm|nasm|s)$/i.test(f));
    if (notAsm.length > 0) {
        throw (0,src_errors/* inputError */.Xu)('sources', `${toWorkspacePath(notAsm[0], opts.workingDirectory, opts.workspace)} is not an .asm file`, 'narrow the globs to .asm files (use include-paths for %include files)');
    }
    return files;
}
/** What the no-match error says about assembly files found elsewhere. */
function sourceHints(nearby) {
    const hints = [];
    if (nearby.asm.length > 0)
        hints.push(`found ${nearby.asm.join(', ')}: try sources: ${globFor(nearby.asm)}`);
    if (nearby.gnuAs.length > 0)
        hints.push(`${nearby.gnuAs.join(', ')} ${GNU_AS_HINT}`);
    return hints;
}
/** The native process runtime, held to the same ELF rules as the user's code; runs beside the user's assemble step, so it logs nothing itself. */
async function pipeline_buildNativeRuntime(opts, toolchain, runDir) {
    const { path: file, bytes } = await buildProcessRuntime({ nasm: toolchain.nasm, ld: toolchain.ld, outputDir: runDir, handler: opts.handler });
    const verdict = (0,build_elf/* inspectElf */.UV)(bytes);
    if (!verdict.ok) {
        throw new src_errors/* NasmLambdaError */.pv(`the native runtime built by ${toolchain.ld} is not a static x86-64 executable: ${verdict.reason}`, {
            input: 'bootstrap',
            fix: 'use bootstrap: shell, and report this with your nasm and ld versions',
        });
    }
    return { path: file, size: verdict.facts.fileSize };
}
/**
 * The bootstrap as packaging wants it, or `native` for the native runtime, which
 * is built beside the user's code. A user's file is checked up front, before
 * anything is assembled.
 */
async function resolveBootstrap(opts) {
    const mode = plannedBootstrap(opts.bootstrap, opts.handler);
    if (mode.kind !== 'file')
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
    return { kind: 'file', path: await insideRealpath(mode.path, await (0,promises_.realpath)(opts.workingDirectory), 'bootstrap') };
}
async function resolveExtraFiles(opts) {
    if (opts.files.length === 0)
        return [];
    const found = (await expandGlobs(opts.files, opts.workingDirectory, 'files')).filter((f) => !isInside(f, opts.outputDir));
    if (found.length === 0) {
        throw (0,src_errors/* inputError */.Xu)('files', `no files match ${opts.files.join(', ')}`, 'check the globs (relative to working-directory), or remove the input');
    }
    const root = await (0,promises_.realpath)(opts.workingDirectory);
    return Promise.all(found.map(async (linkPath) => {
        const rel = external_node_path_default().relative(opts.workingDirectory, linkPath);
        if (rel.startsWith('..'))
            throw (0,src_errors/* inputError */.Xu)('files', `${linkPath} is outside working-directory`, 'only files under working-directory can go into the zip');
        // Packed under its own name, with the bytes of the file it resolves to.
        const absPath = await insideRealpath(linkPath, root, 'files');
        return { absPath, zipPath: rel.split((external_node_path_default()).sep).join('/') };
    }));
}
/**
 * The real path of a file that goes into the zip, refusing one that resolves
 * outside working-directory: a symlink in a pull request must not pack /etc/passwd.
 */
async function insideRealpath(file, root, input) {
    const real = await (0,promises_.realpath)(file);
    const rel = external_node_path_default().relative(root, real);
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw (0,src_errors/* inputError */.Xu)(input, `${file} resolves to ${real}, outside working-directory`, 'pack only files inside working-directory (replace the symlink with the file itself)');
    }
    return real;
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
        const { deleteAlias } = await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 3768));
        const r = await log.group(`Delete alias ${deploy.alias}`, () => deleteAlias(deploy, log));
        report.deletedAlias = { alias: deploy.alias, deleted: r.deleted, versions: r.deletedVersions };
        return report;
    }
    if (options.deploy?.mode) {
        // rollback / promote-from: build-free, only an alias moves.
        const deploy = options.deploy;
        const { releaseAlias } = await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 3768));
        const mode = deploy.mode;
        const title = mode.kind === 'rollback' ? `Roll back alias ${deploy.alias}` : `Promote ${mode.from} to ${deploy.alias}`;
        report.deploy = await log.group(title, () => releaseAlias(deploy, log, {}, report));
        return report;
    }
    // The local test's code (an HTTP server, the zip reader) is loaded only by a run that has one.
    const localTest = options.testEvent !== undefined || options.localTest.eventFile !== undefined ? await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 4427)) : undefined;
    await localTest?.loadTestEvent(options);
    const pkg = await build(options.build, ctx);
    // loadTestEvent set testEvent from the file, or threw.
    if (localTest) {
        const result = await localTest.runLocalTest(options, pkg.zipPath, log, report);
        if ('skipped' in result) {
            log.annotate({ severity: 'notice', title: 'test-event', message: `local invoke skipped: ${result.skipped}` });
        }
        else {
            log.info(`response: ${result.response}`, { foreign: true });
            if (options.expectResponse !== undefined) {
                // Before the artifact and any call to Lambda.
                const match = (0,expect/* matchResponse */.R)(options.expectResponse, result.body);
                if (!match.ok) {
                    throw (0,src_errors/* inputError */.Xu)('expect-response', `the local test-event response does not match: ${match.message}`, 'fix the handler, or expect-response');
                }
            }
            if (result.response.length > types_TEST_RESPONSE_OUTPUT_MAX) {
                log.annotate({
                    severity: 'warning',
                    title: 'test-event',
                    message: `the response is ${result.response.length} characters; the test-response output holds the first ${types_TEST_RESPONSE_OUTPUT_MAX}`,
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
        const { deployFunction } = await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 3768));
        // The report is filled as the deploy goes, so a failure part-way still shows what was done.
        report.deploy = await log.group(`Deploy ${deploy.functionName}`, () => deployFunction(deploy, { zipPath: pkg.zipPath, codeSha256: pkg.codeSha256 }, log, {}, report));
    }
    return report;
}

;// CONCATENATED MODULE: ./src/report/index.ts


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
        ...releaseOutputs(r),
    };
}
/** remote-test figures, the alias's previous version and pruned versions. */
function releaseOutputs(r) {
    const t = r.deploy?.remoteTest;
    const n = (v) => (v === undefined ? '' : String(v));
    return {
        'remote-response': t ? capped(t.response) : '',
        'remote-duration-ms': n(t?.report.durationMs),
        'remote-billed-ms': n(t?.report.billedMs),
        'remote-init-ms': n(t?.report.initMs),
        'remote-max-memory-mb': n(t?.report.maxMemoryMb),
        'previous-version': r.deploy?.previousVersion ?? '',
        'pruned-versions': (r.deploy?.prunedVersions ?? r.deletedAlias?.versions ?? []).join(','),
    };
}
/**
 * Outputs feed expressions and environment variables; Linux refuses one
 * variable over 128 KiB, so a large response is cut (the pipeline warns).
 */
function capped(s) {
    return s.length > TEST_RESPONSE_OUTPUT_MAX ? s.slice(0, TEST_RESPONSE_OUTPUT_MAX) : s;
}
/** The CLI's form: code in backticks (the CLI drops them), text as it is. */
const PLAIN = { code: (s) => `\`${s}\``, text: (s) => s };
const oneLine = (s) => s.replace(/\r\n|\r|\n/g, ' ');
/**
 * A code span that shows `s` exactly: the fence is longer than any run of
 * backticks inside, and a pipe is escaped for the table (GFM takes the
 * backslash away again before it reads the span). Backslashes stay single:
 * inside a code span they are literal.
 */
function mdCode(s) {
    const body = oneLine(s);
    if (body === '')
        return '';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${body.replace(/\|/g, '\\|')}${pad}${fence}`;
}
/**
 * Text that renders as itself: every character that could open markup, HTML,
 * an entity, a table cell or a GFM autolink (`http://`, `www.`, `a@b`) is
 * backslash-escaped.
 */
function mdText(s) {
    return oneLine(s)
        .replace(/[\\`*_[\]<>!|~&@]/g, '\\$&')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.');
}
const MARKDOWN = { code: mdCode, text: mdText };
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
function bytes(n) {
    return n < 1024 ? `${n} B` : `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}
/** Facts as label/value pairs: the job summary and the CLI print the same ones. */
function buildFacts(r, f = PLAIN) {
    const rows = [];
    if (r.sources)
        rows.push(['Sources', r.sources.map((s) => f.code(s)).join(', ')]);
    if (r.versions)
        rows.push(['Toolchain', f.text(`${r.versions.nasm}; ${r.versions.ld}`)]);
    if (r.executable !== undefined && r.executableSize !== undefined)
        rows.push(['Executable', `${f.code(r.executable)}, ${bytes(r.executableSize)}`]);
    if (r.elf) {
        for (const [k, v] of Object.entries((0,build_elf/* describeElf */.Rg)(r.elf)))
            rows.push([k === 'Format' ? 'ELF' : k, v]);
    }
    if (r.runtime)
        rows.push(['Runtime', f.text(r.runtime)]);
    if (r.package) {
        const p = r.package;
        rows.push(['Zip', `${f.code(p.zipPath)}, ${bytes(p.size)}`]);
        rows.push(['Zip entries', p.entries.map((e) => `${f.code(e.name)} ${e.mode.toString(8)}`).join(', ')]);
        rows.push(['SHA-256', f.code(p.sha256Hex)]);
        rows.push(['CodeSha256', f.code(p.codeSha256)]);
    }
    if (r.invoke) {
        if ('skipped' in r.invoke)
            rows.push(['Local invoke', `skipped: ${f.text(r.invoke.skipped)}`]);
        else if (r.invoke.ok)
            rows.push(['Local invoke', `ok: ${f.code(truncate(r.invoke.response, 200)) || '(empty response)'}`]);
        else
            rows.push(['Local invoke', `failed: ${f.text(`${r.invoke.errorType}: ${truncate(r.invoke.errorMessage, 200)}`)}`]);
    }
    if (r.artifact)
        rows.push(['Artifact', r.artifact.uploaded ? `id ${r.artifact.id}, ${bytes(r.artifact.size)}` : `not uploaded: ${f.text(r.artifact.reason)}`]);
    return rows;
}
/** A function URL as Lambda makes them stays a link; anything else is text. */
const LAMBDA_URL = /^https:\/\/[a-z0-9]+\.lambda-url\.[a-z0-9-]+\.on\.aws\/?$/;
/**
 * `failed`: the run failed, so what the deploy did is all that is known; code
 * that reached $LATEST is said to have, even when a later wait gave up.
 */
function deployFacts(r, f = PLAIN, failed = false) {
    const rows = [];
    const d = r.deploy;
    if (d) {
        const created = d.created ? (d.dryRun ? ' (would be created)' : ' (created)') : '';
        rows.push(['Function', `${f.code(d.functionArn || d.functionName)}${created}`]);
        rows.push([
            'Code',
            d.dryRun
                ? 'dry run: nothing changed'
                : d.skippedUnchanged
                    ? 'unchanged: upload skipped'
                    : d.deployed
                        ? failed
                            ? 'uploaded: $LATEST holds the new code, but the deploy failed after that'
                            : 'uploaded'
                        : 'not uploaded',
        ]);
        rows.push(['Version', d.version ?? 'not published']);
        // An alias is listed once it exists: created or moved, or read in a dry run.
        if (d.alias && d.aliasArn)
            rows.push(['Alias', `${f.text(d.alias)} (${f.code(d.aliasArn)})`]);
        else if (d.alias && d.dryRun)
            rows.push(['Alias', `${f.text(d.alias)} (dry run: would be created)`]);
        if (d.functionUrl)
            rows.push(['URL', f === PLAIN || LAMBDA_URL.test(d.functionUrl) ? d.functionUrl : f.text(d.functionUrl)]);
        if (d.mode)
            rows.push(['Release', `${d.mode}${d.dryRun ? ' (dry run: alias not moved)' : ''}: alias ${f.text(d.alias ?? '')} → version ${d.version}`]);
        if (d.previousVersion)
            rows.push(['Previous version', `${d.previousVersion} (recorded in the alias's description)`]);
        if (d.configChanges)
            rows.push(['Configuration', d.configChanges.length ? f.text(d.configChanges.join('; ')) : 'unchanged']);
        const t = d.remoteTest;
        if (t) {
            const fig = t.report;
            const figures = [
                fig.durationMs !== undefined ? `duration ${fig.durationMs} ms` : '',
                fig.billedMs !== undefined ? `billed ${fig.billedMs} ms` : '',
                fig.initMs !== undefined ? `init ${fig.initMs} ms` : '',
                fig.maxMemoryMb !== undefined ? `max memory ${fig.maxMemoryMb}${fig.memorySizeMb !== undefined ? ` of ${fig.memorySizeMb}` : ''} MB` : '',
            ].filter(Boolean);
            rows.push([
                'Remote test',
                t.ok
                    ? `version ${t.version} ok: ${f.code(truncate(t.response, 200))}`
                    : `version ${t.version} FAILED: ${f.text(truncate(t.failure ?? t.response, 300))}`,
            ]);
            if (figures.length)
                rows.push(['Remote figures', figures.join(', ')]);
        }
        if (d.prunedVersions)
            rows.push(['Pruned versions', d.prunedVersions.length ? `${d.dryRun ? 'would delete ' : ''}${d.prunedVersions.join(', ')}` : 'none']);
    }
    if (r.deletedAlias) {
        rows.push(['Alias', `${f.text(r.deletedAlias.alias)}: ${r.deletedAlias.deleted ? 'deleted' : 'already gone'}`]);
        if (r.deletedAlias.versions?.length)
            rows.push(['Versions deleted', r.deletedAlias.versions.join(', ')]);
    }
    return rows;
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n)}…` : s;
}
function summaryMarkdown(r, failure) {
    const parts = ['## NASM Lambda'];
    if (failure)
        parts.push(`> [!CAUTION]\n> ${mdText(failure)}`);
    const b = buildFacts(r, MARKDOWN);
    if (b.length > 0)
        parts.push('### Build', table(b));
    const d = deployFacts(r, MARKDOWN, failure !== undefined);
    if (d.length > 0)
        parts.push('### Deploy', table(d));
    return parts.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The CLI's command line: a command, an optional directory and `--flag value`
 * pairs, one flag per action input (plus a few of the CLI's own).
 */

const COMMANDS = ['build', 'invoke', 'deploy'];
class UsageError extends Error {
    /** The command whose flags were wrong, so the message can point at its --help. */
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
/** Shorter CLI spellings of action inputs. The first one of an input is the one errors use when the user gave none. */
const FLAG_ALIASES = { out: 'output-dir', output: 'output-dir', dir: 'working-directory', event: 'test-event' };
/** Inputs the CLI has no use for: a laptop has no artifact service, so the CLI uploads nothing. */
const NOT_CLI_INPUTS = new Set(['artifact-name', 'retention-days']);
/** The inputs whose default is a boolean take no value on the command line. */
const BOOLEAN_INPUTS = new Set(Object.entries(INPUT_DEFAULTS).filter(([, d]) => d === 'true' || d === 'false').map(([n]) => n));
/** The flag a person would type for an input (`--out` for output-dir). */
function preferredFlag(input) {
    const alias = Object.entries(FLAG_ALIASES).find(([, name]) => name === input)?.[0];
    return `--${alias ?? input}`;
}
function parseArgs(argv) {
    const [first, ...rest] = argv;
    if (first === undefined)
        throw new UsageError('no command');
    if (first === 'help' || first === '--help' || first === '-h') {
        const topic = rest[0];
        return { kind: 'help', command: topic && COMMANDS.includes(topic) ? topic : undefined };
    }
    if (first === '--version' || first === '-V' || first === 'version')
        return { kind: 'version' };
    if (!COMMANDS.includes(first))
        throw new UsageError(`unknown command ${first}`);
    const command = first;
    if (rest.includes('--help') || rest.includes('-h'))
        return { kind: 'help', command };
    if (rest.includes('--version'))
        return { kind: 'version' };
    // A laptop has no artifact service; the CLI uploads nothing.
    const raw = { 'artifact-name': '' };
    const spelled = {};
    let eventFile;
    let verbose = false;
    const fail = (message) => {
        throw new UsageError(message, command);
    };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('--')) {
            if (spelled['working-directory'] === 'dir')
                fail(`unexpected argument ${arg}`);
            if (spelled['working-directory'])
                fail(`both a directory argument (${arg}) and ${spelled['working-directory']} given: give one`);
            raw['working-directory'] = arg;
            spelled['working-directory'] = 'dir';
            continue;
        }
        const eq = arg.indexOf('=');
        const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        if (flag === 'verbose') {
            verbose = true;
            continue;
        }
        const takeValue = () => {
            if (value !== undefined)
                return value;
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('--'))
                fail(`--${flag} needs a value`);
            i++;
            return next;
        };
        if (flag === 'event-file') {
            eventFile = takeValue();
            spelled['event-file'] = '--event-file';
            continue;
        }
        const name = FLAG_ALIASES[flag] ?? flag;
        if (NOT_CLI_INPUTS.has(name))
            fail(`--${flag} is for the action only: the CLI uploads no artifact`);
        if (!(name in INPUT_DEFAULTS))
            fail(`unknown flag --${flag}`);
        const input = name;
        if (input === 'working-directory' && spelled['working-directory'] === 'dir')
            fail(`both a directory argument (${raw['working-directory']}) and --${flag} given: give one`);
        if (BOOLEAN_INPUTS.has(input) &&
            value === undefined &&
            (rest[i + 1] === undefined || rest[i + 1].startsWith('--') || !/^(true|false)$/i.test(rest[i + 1]))) {
            value = 'true';
        }
        raw[input] = takeValue();
        spelled[input] = `--${flag}`;
    }
    if (eventFile !== undefined && raw['test-event'] !== undefined)
        fail(`both ${spelled['test-event']} and --event-file given: give one`);
    if (command === 'invoke' && raw['test-event'] === undefined && eventFile === undefined)
        raw['test-event'] = '{}';
    if (command !== 'deploy' && raw['function-name'])
        fail(`--function-name belongs to the deploy command`);
    if (command === 'deploy' && !raw['function-name'])
        fail('deploy needs --function-name');
    return { kind: 'run', command, raw, eventFile, verbose, spelled };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * `nasm-lambda --help` and `nasm-lambda COMMAND --help`: every flag with its
 * default and meaning, made from action.yml (through options/inputs.generated.ts) so
 * the help can't drift from the action.
 */




const COMMAND_TEXT = {
    build: 'assemble, link, verify and pack dir (default .) into function.zip',
    invoke: 'build, then run the zip locally with --event JSON (default {}) or --event-file FILE',
    deploy: 'build, then deploy to Lambda with --function-name NAME',
};
/** The CLI's own flags, beside the action's inputs. */
const CLI_FLAGS = [
    { flag: '--event-file FILE', commands: ['invoke', 'deploy'], text: 'Read the event for the local invoke from FILE (instead of --event).' },
    { flag: '--verbose', commands: ['build', 'invoke', 'deploy'], text: "Print each stage's log, and the function log of a local invoke, on stderr." },
    { flag: '--help, -h', commands: ['build', 'invoke', 'deploy'], text: 'Print this help.' },
    { flag: '--version', commands: ['build', 'invoke', 'deploy'], text: "Print nasm-lambda's version." },
];
/** The CLI's defaults where they differ from the action's. */
const CLI_DEFAULTS = {
    'test-event': (c) => (c === 'invoke' ? '{}' : c === undefined ? '{} for invoke, none otherwise' : undefined),
};
let deployOnlyCache;
/**
 * The inputs that mean nothing without function-name, asked of the options
 * parser itself (it refuses them on a build) so this list can't fall behind it.
 */
function deployOnlyInputs() {
    if (deployOnlyCache)
        return deployOnlyCache;
    const out = new Set(['function-name']);
    for (const name of Object.keys(INPUT_DEFAULTS)) {
        const def = INPUT_DEFAULTS[name];
        const probe = def === 'false' ? 'true' : def === 'true' ? 'false' : `${def}x`;
        try {
            parseOptions({ [name]: probe }, { cwd: '/', env: {} });
        }
        catch (e) {
            if (e instanceof src_errors/* NasmLambdaError */.pv && e.input === name && /function-name/.test(e.message))
                out.add(name);
        }
    }
    return (deployOnlyCache = out);
}
function appliesTo(name, command) {
    if (NOT_CLI_INPUTS.has(name))
        return false;
    if (command === undefined || command === 'deploy')
        return true;
    if (deployOnlyInputs().has(name))
        return false;
    // The local test's inputs: test-event, test-event-file, test-timeout, ... and expect-response.
    if (command === 'build' && (name.startsWith('test-') || name === 'expect-response'))
        return false;
    return true;
}
function wrap(text, indent, width = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
            lines.push(indent + line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(indent + line);
    return lines;
}
function flagLine(name) {
    const aliases = Object.entries(FLAG_ALIASES)
        .filter(([, n]) => n === name)
        .map(([a]) => `--${a}`);
    const spellings = [`--${name}`, ...aliases].join(', ');
    return BOOLEAN_INPUTS.has(name) ? spellings : `${spellings} VALUE`;
}
/** The flags of `command` (all of them without one), each with its default and meaning. */
function flagsHelp(command) {
    const out = [];
    for (const input of ACTION_INPUTS) {
        if (!appliesTo(input.name, command))
            continue;
        const def = CLI_DEFAULTS[input.name]?.(command) ?? input.default;
        out.push(`  ${flagLine(input.name)}${def === '' ? '' : `  (default: ${def})`}`);
        out.push(...wrap(input.description, '      '));
    }
    for (const f of CLI_FLAGS) {
        if (command !== undefined && !f.commands.includes(command))
            continue;
        out.push(`  ${f.flag}`, ...wrap(f.text, '      '));
    }
    return out.join('\n');
}
function usage() {
    return [
        'usage: nasm-lambda <command> [dir] [--flag value ...]',
        '',
        'commands:',
        ...Object.entries(COMMAND_TEXT).map(([c, t]) => `  ${c.padEnd(8)} ${t}`),
        '',
        'Every input of the action is a flag, spelled as in action.yml. A flag that takes true or false',
        'means true without a value. `nasm-lambda <command> --help` lists the flags of one command.',
        'Exit status: 0 success, 1 failure, 2 usage error.',
    ].join('\n');
}
function help(command) {
    if (command === undefined)
        return `${usage()}\n\nflags:\n${flagsHelp(undefined)}\n`;
    return [
        `usage: nasm-lambda ${command} [dir] [--flag value ...]`,
        '',
        `${command}: ${COMMAND_TEXT[command]}. dir is the working directory (default .).`,
        '',
        'flags:',
        flagsHelp(command),
        '',
    ].join('\n');
}
function versionText() {
    return `nasm-lambda ${VERSION}\n`;
}

;// CONCATENATED MODULE: ./src/cli/output.ts
const output_closed = new WeakSet();
function guard(stream) {
    stream.on('error', (e) => {
        if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
            output_closed.add(stream);
            return;
        }
        throw e;
    });
}
let guarded = false;
function guardStdio() {
    if (guarded)
        return;
    guarded = true;
    guard(process.stdout);
    guard(process.stderr);
}
function write(stream, data) {
    if (output_closed.has(stream) || stream.destroyed)
        return;
    stream.write(data);
}
const out = (data) => write(process.stdout, data);
const err = (data) => write(process.stderr, data);
/** A text that ends in exactly one newline. */
const line = (s) => (s.endsWith('\n') ? s : `${s}\n`);
/** Warnings about the action's outputs, which the CLI does not have. */
const ACTION_ONLY = /the test-response output holds/;
function printDiagnostic(d) {
    if (ACTION_ONLY.test(d.message))
        return;
    const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.col ? `:${d.col}` : ''}: ` : '';
    err(`${where}${d.severity}: ${d.message}\n`);
}
function printFacts(rows) {
    const width = Math.max(0, ...rows.map(([k]) => k.length));
    for (const [k, v] of rows)
        out(`${k.padEnd(width)}  ${v.replace(/`/g, '')}\n`);
}
function makeLogger(verbose) {
    return {
        info: (m) => {
            if (verbose)
                err(line(m));
        },
        debug: () => { },
        annotate: printDiagnostic,
        group: async (name, fn) => {
            if (verbose)
                err(`== ${name}\n`);
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/wording.ts
/**
 * Errors as a person at a terminal should read them. The stages word their
 * errors for the action: `Input 'test-event': ...`, and fixes that speak of
 * workflow steps and runners. The CLI names its own flags instead (`--event`),
 * and turns advice that only makes sense on a runner into advice for a laptop.
 */


/**
 * Runner-only advice, as the stages give it, and what to say on a laptop.
 * Applied in order to the whole message; a test checks that every string in
 * src/ with a runner-only phrase comes out of this without one.
 */
const LAPTOP_PHRASES = [
    // Credentials and region: the SDK reads AWS_PROFILE and ~/.aws on a laptop.
    [
        /add aws-actions\/configure-aws-credentials \(OIDC, with permissions: id-token: write\) before this step/g,
        'sign in first: `aws configure` or `aws sso login`, with AWS_PROFILE naming the profile, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    ],
    [/check the configure-aws-credentials step \(role, region\)/g, 'check your AWS credentials and region (`aws sts get-caller-identity`, AWS_PROFILE)'],
    [
        /set region, or run aws-actions\/configure-aws-credentials with aws-region first \(it sets AWS_REGION\)/g,
        'pass --region, set AWS_REGION, or set region for your profile in ~/.aws/config (`aws configure`)',
    ],
    [
        /set region, or AWS_REGION \(configure-aws-credentials sets it\)/g,
        'pass --region, set AWS_REGION, or set region for your profile in ~/.aws/config (`aws configure`)',
    ],
    // Concurrent deploys: a laptop has no workflow to serialise.
    [
        /serialise deploys of this function with `concurrency: \{ group: deploy-<function>, cancel-in-progress: false \}` in the workflow/g,
        'deploy this function from one place at a time (is a workflow deploying it now?), then try again',
    ],
    [/another workflow changed/g, 'another deploy changed'],
    // Tools: installed by you, not by an earlier step.
    [
        /install nasm and binutils in an earlier step, or use an Ubuntu runner/g,
        'install nasm and binutils (`sudo apt-get install -y nasm binutils` on Debian or Ubuntu)',
    ],
    [/install nasm and binutils in an earlier step/g, 'install nasm and binutils (`sudo apt-get install -y nasm binutils` on Debian or Ubuntu)'],
    [/install them in an earlier step \(/g, 'install them ('],
    [/ as root in an earlier step/g, ' as root'],
    [/ in an earlier step/g, ' first'],
    [/set install-tools: auto/g, 'pass --install-tools auto'],
    [
        /use runs-on: ubuntu-latest \(or ubuntu-24\.04-arm\) for this job/g,
        'run nasm-lambda on Linux (x86-64, or arm64 with qemu-user), e.g. in a container or a VM',
    ],
    [/this action builds on Linux only/g, 'nasm-lambda builds on Linux only'],
    // The working tree is yours; no checkout step.
    [/ in the checkout \(did actions\/checkout run\?\)/g, ''],
    [/\s*\(did actions\/checkout run\?\)/g, ''],
    // The network is this machine's, and a failed run is simply run again.
    [/the runner's network/g, 'your network'],
    [/reachable from the runner/g, 'reachable from here'],
    [/this runner is/g, 'this machine is'],
    [/on an x64 runner/g, 'on an x86-64 machine'],
    [/retry the job later/g, 'try again later'],
    [/run the job again/g, 'try again'],
    // The action's voice.
    [/set role to an execution role ARN so the action creates it/g, 'pass --role with an execution role ARN so nasm-lambda creates it'],
    [/\bthe action\b/g, 'nasm-lambda'],
    // Workflow expressions in examples.
    [/alias: pr-\$\{\{ github\.event\.number \}\}/g, '--alias pr-7'],
    [/pr-\$\{\{ github\.event\.number \}\}/g, 'pr-7'],
    // The local smoke test is the invoke command's event.
    [/the function failed the test-event/g, 'the function failed the event'],
    [/to run test-event here/g, 'to run it here'],
];
/** Runner-only phrases, for the test that keeps LAPTOP_PHRASES complete. */
const RUNNER_ONLY = /actions\/checkout|configure-aws-credentials|runs-on|earlier step|this step|\bthe job\b|this job|runner\b|runner's|in the workflow|another workflow|\$\{\{/;
function forLaptop(text) {
    return LAPTOP_PHRASES.reduce((s, [from, to]) => s.replace(from, to), text);
}
/**
 * The one line the CLI prints for an error: the flag the user typed (or would
 * type) instead of `Input '...'`, and laptop advice instead of runner advice.
 */
function cliMessage(e, spelled = {}) {
    let message = e.message;
    if (e.input) {
        const prefix = `Input '${e.input}': `;
        if (message.startsWith(prefix)) {
            const flag = spelled[e.input] ?? preferredFlag(e.input);
            message = `${flag}: ${message.slice(prefix.length)}`;
        }
    }
    return (0,src_errors/* oneLine */.TN)(forLaptop(message));
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command-line front door: `nasm-lambda build|invoke|deploy [dir] [--flag value ...]`.
 * Same pipeline as the action; every action input is a `--<input>` flag.
 * Loaded by src/cli.ts once the Node.js version is known to be new enough.
 */










async function main(argv) {
    guardStdio();
    let request;
    try {
        request = parseArgs(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        err(`nasm-lambda: ${e.message}\n\n${usage()}\n`);
        if (e.command)
            err(`Run \`nasm-lambda ${e.command} --help\` for its flags.\n`);
        return 2;
    }
    if (request.kind === 'help') {
        out(help(request.command));
        return 0;
    }
    if (request.kind === 'version') {
        out(versionText());
        return 0;
    }
    return run(request);
}
async function run(parsed) {
    const report = {};
    const log = makeLogger(parsed.verbose);
    try {
        if (parsed.eventFile !== undefined) {
            parsed.raw['test-event'] = await (0,promises_.readFile)(external_node_path_default().resolve(parsed.eventFile), 'utf8').catch((e) => {
                throw new src_errors/* NasmLambdaError */.pv(`cannot read ${parsed.eventFile} (${e.code})`, { input: 'event-file', fix: 'give the path of a JSON file' });
            });
            // Errors about the event name the flag it came from.
            parsed.spelled['test-event'] = '--event-file';
        }
        if (parsed.command === 'invoke' && !parsed.raw['test-event']?.trim()) {
            throw new src_errors/* NasmLambdaError */.pv('the event is empty', { input: 'test-event', fix: "give a JSON event, such as --event '{}'" });
        }
        if (parsed.command === 'deploy') {
            const { resolveRegion } = await __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 8680));
            const region = await resolveRegion(parsed.raw, process.env);
            if (region)
                parsed.raw.region = region;
        }
        const options = parseOptions(parsed.raw, { cwd: process.cwd(), env: process.env });
        await runPipeline(options, { log, env: process.env, report });
    }
    catch (e) {
        if (!(e instanceof src_errors/* NasmLambdaError */.pv))
            throw e;
        e.diagnostics.forEach(printDiagnostic);
        printInvokeFailure(report, parsed.verbose);
        err(`nasm-lambda: ${cliMessage(e, parsed.spelled)}\n`);
        return 1;
    }
    if (parsed.command === 'invoke') {
        const inv = report.invoke;
        if (!inv || 'skipped' in inv) {
            err(`nasm-lambda: the function was built but not invoked: ${inv ? forLaptop(inv.skipped) : 'no event'}\n`);
            return 1;
        }
        // Which runtime answered, for the person; stdout keeps only the response.
        if (report.runtime)
            err(`nasm-lambda: invoked through the runtime ${report.runtime}\n`);
        // With --verbose the function log was printed with the stage's log, once.
        // The exact bytes: a response need not be UTF-8.
        if (inv.ok)
            out(inv.body);
        return 0;
    }
    printFacts([...buildFacts(report), ...deployFacts(report)]);
    return 0;
}
/**
 * A failed local invoke: the function log once, before the error that points
 * at it (--verbose printed it already, with the stage's log). The generated
 * bootstrap puts the last lines of stderr into the stackTrace, which are then
 * already in the log.
 */
function printInvokeFailure(report, verbose) {
    const inv = report.invoke && !('skipped' in report.invoke) && !report.invoke.ok ? report.invoke : undefined;
    if (!inv)
        return;
    const logs = inv.logs;
    if (logs && !verbose)
        err(line(logs));
    err(`${inv.errorType}: ${inv.errorMessage}\n`);
    const logLines = new Set(logs.split('\n'));
    const trace = inv.stackTrace ?? [];
    if (!trace.every((l) => logLines.has(l)))
        for (const l of trace)
            err(`  ${l}\n`);
}


/***/ }),

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ matchResponse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const SHOW = 300;
function matchResponse(expected, actual) {
    const actualText = typeof actual === 'string' ? actual : Buffer.from(actual).toString('utf8');
    const actualBytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
    const e = parseJson(expected);
    const a = parseJson(actualText);
    if (e.ok && a.ok) {
        if ((0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(e.value, a.value))
            return { ok: true, as: 'json' };
        return { ok: false, as: 'json', message: `expected the JSON value ${show(JSON.stringify(e.value))}, got ${show(JSON.stringify(a.value))}` };
    }
    if (Buffer.from(expected, 'utf8').equals(actualBytes))
        return { ok: true, as: 'bytes' };
    return { ok: false, as: 'bytes', message: `expected ${show(JSON.stringify(expected))}, got ${show(JSON.stringify(actualText))} (compared byte for byte)` };
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
function show(s) {
    return s.length > SHOW ? `${s.slice(0, SHOW)}…` : s;
}


/***/ }),

/***/ 453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ versionRecord),
/* harmony export */   BH: () => (/* binding */ aliasDescription),
/* harmony export */   FO: () => (/* binding */ parseVersionRecord),
/* harmony export */   RP: () => (/* binding */ versionDescription),
/* harmony export */   a4: () => (/* binding */ recordedPrevious),
/* harmony export */   aw: () => (/* binding */ versionDescriptionRoom)
/* harmony export */ });
/* unused harmony export DESCRIPTION_MAX */
/**
 * The machine-readable records the action leaves in Lambda, so later runs
 * (rollback, cleanup, pruning) know what an earlier run did. Pure functions.
 *
 * Version Description:  `<version-description> [nasm-lambda sha=abc1234 alias=pr-12]`
 *   sha   first 7 characters of GITHUB_SHA (left out when unknown)
 *   alias the alias the version was published for (left out without one)
 * Alias Description:    `[nasm-lambda previous=3]`, the version the alias
 *   pointed at before the action last moved it (any text of yours before the
 *   record is kept).
 *
 * A record is always the last thing in the description, in square brackets,
 * `key=value` pairs separated by single spaces; values never hold spaces or `]`.
 */
/** Lambda's limit on version and alias descriptions. */
const DESCRIPTION_MAX = 256;
const RECORD = /(?:^|\s)\[nasm-lambda((?: [a-z]+=[^\s\]]+)*)\]$/;
function record(fields) {
    const parts = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => ` ${k}=${v}`);
    return `[nasm-lambda${parts.join('')}]`;
}
function parse(description) {
    const m = RECORD.exec(description ?? '');
    if (!m)
        return undefined;
    const out = {};
    for (const pair of m[1].trim().split(' ').filter(Boolean)) {
        const at = pair.indexOf('=');
        out[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return out;
}
/** The description text without our record. */
function withoutRecord(description) {
    return (description ?? '').replace(RECORD, '').trimEnd();
}
function versionRecord(f) {
    return record({ sha: f.sha?.slice(0, 7), alias: f.alias });
}
/** How many characters of version-description fit beside the record. */
function versionDescriptionRoom(f) {
    return DESCRIPTION_MAX - versionRecord(f).length - 1;
}
function versionDescription(userText, f) {
    const rec = versionRecord(f);
    return userText ? `${userText} ${rec}` : rec;
}
function parseVersionRecord(description) {
    const r = parse(description);
    return r && { sha: r.sha, alias: r.alias };
}
/** The alias Description after a move from `previous`: the user's text, then our record. */
function aliasDescription(existing, previous) {
    const rec = record({ previous });
    const text = withoutRecord(existing).slice(0, DESCRIPTION_MAX - rec.length - 1);
    return text ? `${text} ${rec}` : rec;
}
/** The version an alias pointed at before the action last moved it. */
function recordedPrevious(description) {
    const v = parse(description)?.previous;
    return v && /^[0-9]+$/.test(v) ? v : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   pv: () => (/* binding */ NasmLambdaError)
/* harmony export */ });
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

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ DEPLOY_ONLY_INPUTS),
/* harmony export */   M3: () => (/* binding */ parseDeployExtras),
/* harmony export */   Ms: () => (/* binding */ parseExpectResponse),
/* harmony export */   Nq: () => (/* binding */ parseEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(453);


/**
 * The deploy inputs of release safety (remote-test, expect-response, rollback,
 * promote-from, keep-versions, environment, memory-size, timeout) and
 * deploy-timeout. Pure: no files, no network. Errors never repeat an
 * environment value, only its line number and key.
 */
/** The release-safety inputs parsed here. */
const DEPLOY_INPUTS = [
    'deploy-timeout',
    'remote-test',
    'expect-response',
    'rollback',
    'rollback-to',
    'promote-from',
    'keep-versions',
    'environment',
    'memory-size',
    'timeout',
];
/** Inputs that mean nothing without function-name (expect-response also checks the local test-event). */
const DEPLOY_ONLY_INPUTS = DEPLOY_INPUTS.filter((n) => n !== 'expect-response');
/** expect-response, untrimmed when it is not JSON (then it is compared byte for byte). */
function parseExpectResponse(raw, hasEvent) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    if (!hasEvent) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('expect-response', 'is set but test-event and test-event-file are empty', 'set test-event (or test-event-file) to the event that should produce this response');
    }
    try {
        JSON.parse(raw);
        return raw.trim();
    }
    catch {
        return raw;
    }
}
function bool(value, input) {
    const v = value.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false' || v === '')
        return false;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} is not a boolean`, 'use true or false');
}
function wholeNumber(value, input, min, max, fix) {
    if (value === '')
        return undefined;
    const n = Number(value);
    if (!/^[0-9]+$/.test(value) || n < min || n > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${JSON.stringify(value)} is not a whole number from ${min} to ${max}`, fix);
    }
    return n;
}
/** Names Lambda reserves for itself; it refuses to set them. */
const RESERVED_ENV = new Set([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
]);
/**
 * `environment`: one `KEY=VALUE` per line (the value is everything after the
 * first `=`), `!KEY` to remove a variable; empty lines and `#` lines are skipped.
 */
function parseEnvironment(text, input = 'environment') {
    if (text.trim() === '')
        return undefined;
    const set = {};
    const remove = [];
    const fix = 'write one KEY=VALUE or !KEY per line; keys are a letter then letters, digits or _';
    text.split(/\r?\n/).forEach((rawLine, i) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const at = line.indexOf('=');
        const removing = line.startsWith('!') && at < 0;
        const key = removing ? line.slice(1).trim() : at > 0 ? line.slice(0, at).trim() : '';
        if (!removing && at <= 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `line ${i + 1} is neither KEY=VALUE nor !KEY (its text is not shown, as values are secret)`, fix);
        if (!/^[A-Za-z][A-Za-z0-9_]+$/.test(key))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `line ${i + 1}: ${JSON.stringify(key.slice(0, 64))} is not a valid variable name`, fix);
        if (RESERVED_ENV.has(key) || key.startsWith('AWS_LAMBDA_')) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `line ${i + 1}: ${key} is reserved by Lambda`, 'choose another name; Lambda sets this one itself');
        }
        if (key in set || remove.includes(key))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `line ${i + 1}: ${key} appears twice`, 'name each key once');
        if (removing)
            remove.push(key);
        else
            set[key] = line.slice(at + 1);
    });
    return Object.keys(set).length || remove.length ? { set, remove } : undefined;
}
/**
 * Everything options/index.ts adds to DeployOptions for these inputs, checked
 * against what it already parsed (alias, publish, version-description).
 */
function parseDeployExtras(get, base, env) {
    const out = {};
    // Left out at the default (900, applied by the deploy stage), so plain deploy options stay as they were.
    const deployTimeout = wholeNumber(get('deploy-timeout'), 'deploy-timeout', 1, 6 * 3600, 'give seconds, such as 900');
    if (deployTimeout !== undefined && deployTimeout !== 900)
        out.deployTimeoutSeconds = deployTimeout;
    const sha = env.GITHUB_SHA && /^[0-9a-f]{7,40}$/i.test(env.GITHUB_SHA) ? env.GITHUB_SHA.slice(0, 7).toLowerCase() : undefined;
    if (sha)
        out.commitSha = sha;
    const rollback = bool(get('rollback'), 'rollback');
    const rollbackTo = get('rollback-to');
    const promoteFrom = get('promote-from');
    if (rollbackTo !== '' && !rollback)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('rollback-to', 'is set but rollback is not true', 'set rollback: true as well');
    if (rollbackTo !== '' && !/^[0-9]+$/.test(rollbackTo))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('rollback-to', `${JSON.stringify(rollbackTo)} is not a version number`, 'give a published version number such as 12');
    if (rollback && promoteFrom !== '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('promote-from', 'and rollback are both set', 'use one: rollback goes back, promote-from copies another alias');
    if (promoteFrom !== '' && !/^[A-Za-z0-9_-]{1,128}$/.test(promoteFrom)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('promote-from', `${JSON.stringify(promoteFrom)} is neither an alias name nor a version number`, 'give an alias such as staging, or a version number');
    }
    const modeInput = rollback ? 'rollback' : 'promote-from';
    if (rollback || promoteFrom !== '') {
        if (!base.alias)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(modeInput, 'needs the alias to move', 'set alias, e.g. live');
        if (bool(get('delete-alias'), 'delete-alias'))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(modeInput, 'and delete-alias are both set', 'use one of them');
        for (const name of ['keep-versions', 'environment', 'memory-size', 'timeout']) {
            if (get(name) !== '')
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `has no effect with ${modeInput}, which only moves an alias`, `remove it, or deploy without ${modeInput}`);
        }
        if (bool(get('function-url'), 'function-url'))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('function-url', `has no effect with ${modeInput}, which only moves an alias`, 'remove it');
        out.mode = rollback ? { kind: 'rollback', ...(rollbackTo ? { to: rollbackTo } : {}) } : { kind: 'promote', from: promoteFrom };
    }
    const testEvent = get('test-event');
    // With test-event-file, the pipeline reads the file and fills in remoteTest.event before anything runs.
    const hasEvent = testEvent !== '' || get('test-event-file') !== '';
    if (bool(get('remote-test'), 'remote-test')) {
        if (!hasEvent)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('remote-test', 'needs test-event, the event to invoke the new version with', 'set test-event or test-event-file');
        if (!base.publish && !out.mode)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('remote-test', 'needs a version to test', 'set publish: true or alias');
        out.remoteTest = { event: testEvent };
    }
    const expected = parseExpectResponse(get('expect-response'), hasEvent);
    if (expected !== undefined)
        out.expectResponse = expected;
    const keep = wholeNumber(get('keep-versions'), 'keep-versions', 1, 10_000, 'give how many of the newest versions to keep, such as 10, or leave it empty');
    if (keep !== undefined) {
        if (!base.publish)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('keep-versions', 'prunes after a publish, but nothing is published', 'set publish: true or alias');
        out.keepVersions = keep;
    }
    const settings = {};
    const environment = parseEnvironment(get('environment'));
    if (environment)
        settings.environment = environment;
    const memory = wholeNumber(get('memory-size'), 'memory-size', 128, 10240, 'give MB from 128 to 10240, such as 256');
    if (memory !== undefined)
        settings.memorySize = memory;
    const timeout = wholeNumber(get('timeout'), 'timeout', 1, 900, 'give seconds from 1 to 900, such as 10');
    if (timeout !== undefined)
        settings.timeout = timeout;
    if (Object.keys(settings).length)
        out.settings = settings;
    // The record goes beside the user's text, so the text must leave it room (checked before any write).
    const room = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__/* .versionDescriptionRoom */ .aw)({ sha, alias: base.alias });
    const text = base.versionDescription ?? '';
    if (text.length > room) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('version-description', `is ${text.length} characters, but beside the record ${(0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__/* .versionRecord */ .AO)({ sha, alias: base.alias })} only ${room} fit in Lambda's 256`, 'shorten it, e.g. use the tag rather than the commit message');
    }
    return out;
}


/***/ }),

/***/ 6958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ parseLocalTest),
/* harmony export */   XT: () => (/* binding */ checkEvent)
/* harmony export */ });
/* unused harmony exports MAX_EVENT_BYTES, MAX_TIMEOUT_SECONDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3563);
/**
 * The inputs of the local smoke test: the event (inline or from a file), its
 * timeout and extra environment. Pure: the event file is read by the pipeline.
 */



/** Lambda's limit on a synchronous invoke's request payload. */
const MAX_EVENT_BYTES = 6_291_456;
/** Lambda's Timeout range, in seconds. */
const MAX_TIMEOUT_SECONDS = 900;
function parseLocalTest(get, workingDirectory) {
    const event = get('test-event');
    const file = get('test-event-file');
    if (event !== '' && file !== '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('test-event-file', 'is set together with test-event', 'give the event one way: inline in test-event, or as a file in test-event-file');
    }
    const out = {};
    if (event !== '')
        out.event = checkEvent(event, 'test-event');
    if (file !== '') {
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('test-event-file', `${JSON.stringify(file)} is absolute`, 'give a path relative to working-directory');
        out.eventFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workingDirectory, file);
    }
    const timeout = get('test-timeout');
    if (timeout !== '') {
        if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > MAX_TIMEOUT_SECONDS) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('test-timeout', `${JSON.stringify(timeout)} is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`, 'set seconds such as 3, or leave it empty for the function’s Timeout (3 s for a new function)');
        }
        out.timeoutMs = Number(timeout) * 1000;
    }
    const environment = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvironment */ .Nq)(get('test-environment'), 'test-environment');
    if (environment)
        out.environment = environment;
    return out;
}
/** The event as Lambda would take it: JSON, and no larger than a synchronous invoke may send. */
function checkEvent(text, input) {
    const size = Buffer.byteLength(text);
    if (size > MAX_EVENT_BYTES) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `the event is ${size} bytes; Lambda takes at most ${MAX_EVENT_BYTES} bytes in a synchronous invoke`, 'use a smaller event');
    }
    try {
        JSON.parse(text);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `not valid JSON (${e.message})`, 'give a JSON event such as {"name":"world"}');
    }
    return text;
}


/***/ }),

/***/ 1829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkFunctionName),
/* harmony export */   Ex: () => (/* binding */ checkRetentionDays),
/* harmony export */   LE: () => (/* binding */ checkEndpointUrl),
/* harmony export */   XS: () => (/* binding */ checkHandlerBesideBootstrap),
/* harmony export */   e3: () => (/* binding */ checkHandlerPath),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   yC: () => (/* binding */ arnRegion)
/* harmony export */ });
/* unused harmony exports HANDLER_MAX_LENGTH, MAX_RETENTION_DAYS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 4959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ extractZip),
/* harmony export */   Z4: () => (/* binding */ MAX_UNZIPPED_BYTES),
/* harmony export */   cg: () => (/* binding */ buildZip),
/* harmony export */   oV: () => (/* binding */ listZip),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1306);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Reproducible zip writing (fflate's container, Node's zlib's deflate) and a
 * small central-directory reader.
 *
 * The deflate is Node's own zlib (the copy bundled in node, not the system's):
 * its level-6 output was byte-identical across Node 18-24, x86-64 CPU models
 * and arm64 in every test (FACTS.md), and it is native, where fflate's pure-JS
 * deflate cost a build-only run ~17 ms of cold JIT and a 1 MB executable
 * 60-90 ms. zlib promises no stable output across its versions, so a Node
 * upgrade may, rarely, change the bytes (and CodeSha256) of an unchanged build.
 * What the deflate doesn't pin down we fix here: entry order (sorted
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv(`two files would both be stored in the zip as '${sorted[i].name}'`, {
                fix: 'give each file its own path inside the zip',
            });
        }
    }
    const { date, time } = dosDateTime(opts.mtime);
    const chunks = [];
    const failures = [];
    let finished = false;
    // With in-memory entries and no workers, fflate calls back synchronously.
    const zip = new fflate__WEBPACK_IMPORTED_MODULE_4__/* .Zip */ .qQ((err, chunk, final) => {
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
class PrecompressedFile extends fflate__WEBPACK_IMPORTED_MODULE_4__/* .ZipPassThrough */ .uZ {
    /** General-purpose bits 1-2, read by fflate's header writer; 0 = "normal", as level 6 is. */
    flag = 0;
    #deflated = null;
    constructor(name, data) {
        super(name);
        // Level 6, zlib's default. Changing it changes every zip's bytes, so it is fixed.
        const deflated = new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.deflateRawSync)(data, { level: 6 }));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv('the zip timestamp is not a valid date', { fix: 'check SOURCE_DATE_EPOCH' });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv(`SOURCE_DATE_EPOCH is '${raw}', not a whole number of seconds since 1970-01-01`, {
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv(`the zip can't be read: ${problem}`, { fix: 'rebuild the package' });
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
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destDir);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(root, { recursive: true });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const e of entries) {
        const target = safeTarget(root, e.name);
        const type = e.mode === undefined ? 0 : e.mode & S_IFMT;
        if (e.name.endsWith('/') || type === S_IFDIR) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(target, { recursive: true });
            continue;
        }
        if (type !== 0 && type !== S_IFREG)
            throw corrupt(`'${e.name}' is not a regular file`);
        const data = entryData(bytes, view, e);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, data);
        // chmod after writing: the mode given to open() would be filtered by the umask.
        const permissions = e.mode === undefined ? 0o644 : e.mode & 0o777;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(target, permissions);
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
            data = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .inflateSync */ .HM)(stored, { out: new Uint8Array(e.size) });
        }
        catch (err) {
            throw corrupt(`the data of '${e.name}' does not inflate (${err.message})`);
        }
    }
    else
        throw corrupt(`'${e.name}' uses compression method ${e.method}; only stored and deflate are supported`);
    if (data.length !== e.size || (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data) >>> 0 !== e.crc32) {
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
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, ...parts.filter((p) => p !== '' && p !== '.'));
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
        throw corrupt(`the entry name '${name}' leaves the extraction directory`);
    }
    return target;
}
/** Names buildZip accepts: relative, `/`-separated, no `.`/`..` or empty components. */
function checkEntryName(name) {
    const parts = name.split('/');
    if (name === '' || name.includes('\\') || name.includes('\0') || parts.some((p) => p === '' || p === '.' || p === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv(`'${name}' is not a valid path inside the zip`, {
            fix: 'use a relative path with / separators and no . or .. parts, e.g. bin/app',
        });
    }
    if (Buffer.byteLength(name) > 0xffff)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NasmLambdaError */ .pv(`a zip entry name is longer than 65535 bytes`);
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

/***/ 7719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runtimeFile),
/* harmony export */   s: () => (/* binding */ runtimeDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Finds the runtime sources shipped beside the code: src/runtime/ when run from
 * source, dist/runtime/ from the action's bundle, and the same folder from the
 * CLI's bundle one level down (dist/cli/).
 */



const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
const CANDIDATES = [here, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, 'runtime'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', 'runtime')];
let found;
/** The folder that holds bootstrap.sh, lambda.inc and native/. */
function runtimeDir() {
    found ??= CANDIDATES.find((dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'bootstrap.sh')));
    if (!found)
        throw new Error(`the runtime sources are missing (looked in ${CANDIDATES.join(', ')}): reinstall nasm-lambda-action`);
    return found;
}
function runtimeFile(...parts) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runtimeDir(), ...parts);
}


/***/ }),

/***/ 4586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ packedHandlerOf),
/* harmony export */   g: () => (/* binding */ generateBootstrap)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _options_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1829);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7719);
/**
 * The `shell` bootstrap: bootstrap.sh, a Lambda custom runtime in bash + curl
 * that runs the packed executable once per event, with the packed handler's
 * path filled in. The tests run it for real against RuntimeApiServer.
 */



let script;
function generateBootstrap(opts) {
    // Re-checked because the value is embedded in a script; the rule's charset has no quote, so single quotes embed it verbatim.
    (0,_options_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHandlerPath */ .e3)(opts.handler);
    script ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .runtimeFile */ .P)('bootstrap.sh'), 'utf8');
    return script.replace('@PACKED_HANDLER@', `'${opts.handler}'`);
}
/** The handler path a generated bootstrap runs when `_HANDLER` is empty; undefined for any other file. */
function packedHandlerOf(bootstrapText) {
    const m = /^readonly packed_handler='([^']*)'$/m.exec(bootstrapText);
    return m?.[1];
}


/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Runs a program with an argument array, never through a shell, and collects its
 * output, through @actions/exec. `silent`: exec would otherwise echo
 * `[command]…` and the program's output to stdout, where the CLI keeps its
 * results and the action only writes what it has made safe (callers log the
 * command and output themselves, as foreign text). No input is given (ending stdin
 * with exec's `input` races a fast program's exit into an EPIPE exec cannot catch);
 * none of the programs run here reads stdin.
 * Rejects when the program cannot be started (not found, cwd missing).
 */
async function runProcess(file, args, opts = {}) {
    let stdout = '';
    let stderr = '';
    const outText = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    const errText = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    const env = opts.env && Object.fromEntries(Object.entries(opts.env).filter(([, v]) => v !== undefined));
    const code = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)(file, [...args], {
        cwd: opts.cwd,
        env,
        silent: true,
        ignoreReturnCode: true,
        listeners: {
            stdout: (b) => {
                const d = outText.write(b);
                if (!opts.ignoreStdout)
                    stdout += d;
                opts.onOutput?.(d);
            },
            stderr: (b) => {
                const d = errText.write(b);
                stderr += d;
                opts.onOutput?.(d);
            },
        },
    });
    stdout += opts.ignoreStdout ? '' : outText.end();
    stderr += errText.end();
    // exec reports a signal's end as a null exit code.
    return { code: code ?? null, signal: null, stdout, stderr };
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


/***/ })

};

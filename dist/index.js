import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(69278);
var tls = __nccwpck_require__(64756);
var http = __nccwpck_require__(58611);
var https = __nccwpck_require__(65692);
var events = __nccwpck_require__(24434);
var assert = __nccwpck_require__(42613);
var util = __nccwpck_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 22929:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _options_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83001);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(73433);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(41714);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(74813);
/* harmony import */ var _util_undici_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(62226);
/**
 * The action's front door: runner inputs in, outputs/annotations/summary out,
 * through @actions/core. The only module that speaks the runner's protocol.
 */







const logger = new _runner_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionLogger */ .TG();
/** How much of a failing function's log is repeated outside the collapsed group. */
const LOG_TAIL_BYTES = 4096;
/**
 * Inputs as core.getInput reads them (INPUT_<NAME>, upper-cased, hyphens kept).
 * An absent variable, not an empty one, falls back to the default: the runner
 * fills in action.yml's defaults, other callers may not. Whitespace is kept
 * here; the options parser trims what should be trimmed.
 */
function readInputs() {
    const raw = {};
    for (const name of Object.keys(_options_index_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ)) {
        if (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined)
            continue;
        raw[name] = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: false });
    }
    return raw;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`job summary not written: ${e.message}`);
    }
}
async function main() {
    const report = {};
    let failure;
    let failureAt = {};
    try {
        const options = (0,_options_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .Ac)(readInputs(), { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE, env: process.env });
        const uploadArtifact = async (opts, log) => {
            // Behind a proxy the artifact client may need undici, which start-up leaves out (see util/undici.ts).
            const [{ uploadFunctionZip }] = await Promise.all([__nccwpck_require__.e(/* import() */ 445).then(__nccwpck_require__.bind(__nccwpck_require__, 12445)), (0,_util_undici_js__WEBPACK_IMPORTED_MODULE_6__.loadUndiciIfProxied)()]);
            return uploadFunctionZip(opts, log);
        };
        await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .runPipeline */ .a)(options, { log: logger, env: process.env, report, uploadArtifact });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NasmLambdaError */ .pv) {
            // The failure is the error annotation below. A diagnostic on a line gets its
            // own; one without a line whose text the failure already states would only
            // repeat it, so the failure takes its place (ld's errors name a file only).
            const repeats = e.diagnostics.filter((d) => !d.line && e.message.includes(d.message));
            for (const d of e.diagnostics)
                if (!repeats.includes(d))
                    logger.annotate(d);
            if (repeats.length === 1)
                failureAt = { file: repeats[0].file, title: repeats[0].title };
            failure = e.message;
        }
        else {
            failure = `unexpected error: ${e?.message ?? String(e)}`;
            logger.debug(e?.stack ?? String(e));
        }
    }
    // The local invoke's group is collapsed on the runner: repeat the end of a
    // failing function's log outside it, right above the error that points at it.
    const inv = report.invoke;
    if (failure && inv && !('skipped' in inv) && !inv.ok && inv.logs) {
        const tail = Buffer.from(inv.logs).subarray(-LOG_TAIL_BYTES).toString('utf8');
        logger.info(`function log (${tail.length < inv.logs.length ? 'last 4 KB' : 'all of it'}):\n${tail.replace(/\n$/, '')}`, { foreign: true });
    }
    // Outputs and the summary are written on failure too: they show what got done.
    for (const [name, value] of Object.entries((0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outputsFor */ .k5)(report)))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    await writeSummary((0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryMarkdown */ .eH)(report, failure));
    if (failure) {
        logger.annotate({ severity: 'error', message: failure, ...failureAt });
        process.exitCode = 1;
    }
}
await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 56179:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ ensureToolchain),
/* harmony export */   GU: () => (/* binding */ whichOnPath),
/* harmony export */   fX: () => (/* binding */ toolVersion)
/* harmony export */ });
/* unused harmony exports linkerNames, packagesFor, installPlan, currentHost */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
/* harmony import */ var _util_proc_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(39946);




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

/***/ 64566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ matchResponse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

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

/***/ 70453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 83916:
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

/***/ 93563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ DEPLOY_ONLY_INPUTS),
/* harmony export */   M3: () => (/* binding */ parseDeployExtras),
/* harmony export */   Ms: () => (/* binding */ parseExpectResponse),
/* harmony export */   Nq: () => (/* binding */ parseEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70453);


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

/***/ 83001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  Ac: () => (/* binding */ parseOptions)
});

// UNUSED EXPORTS: parseBool, parseHandler

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
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
        throw (0,errors/* inputError */.Xu)('alias', `"${trimmed}" is not an alias name: $LATEST is the function's unpublished version, which every deploy updates`, 'leave alias empty to deploy to $LATEST only, or name an alias such as live or pr-${{ github.event.number }}');
    }
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
var rules = __nccwpck_require__(41829);
// EXTERNAL MODULE: ./src/options/local-test.ts
var local_test = __nccwpck_require__(16958);
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

// EXTERNAL MODULE: ./src/options/deploy.ts
var options_deploy = __nccwpck_require__(93563);
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
        throw (0,errors/* inputError */.Xu)('sources', 'no globs given', 'list .asm globs such as src/**/*.asm');
    }
    const handler = parseHandler(get('handler'));
    const bootstrap = parseBootstrap(get('bootstrap'), workingDirectory, handler);
    const entry = get('entry');
    if (bootstrap.kind === 'in-process' && entry !== INPUT_DEFAULTS.entry) {
        throw (0,errors/* inputError */.Xu)('entry', `is ${JSON.stringify(entry)}, but with bootstrap: in-process the runtime owns _start and calls handler`, 'remove entry, and define `handler` (see lambda.inc)');
    }
    if (!/^[A-Za-z_.$?@~#][A-Za-z0-9_.$?@~#]*$/.test(entry)) {
        throw (0,errors/* inputError */.Xu)('entry', `${JSON.stringify(entry)} is not a symbol name`, 'use the global label your code starts at, such as _start');
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
        ...options_deploy/* DEPLOY_ONLY_INPUTS */.LY,
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
        throw (0,errors/* inputError */.Xu)('version-description', `is ${value.length} characters; Lambda allows at most 256`, 'shorten it, e.g. use the tag or the commit SHA rather than the commit message');
    }
    return value || undefined;
}


/***/ }),

/***/ 16958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ parseLocalTest),
/* harmony export */   XT: () => (/* binding */ checkEvent)
/* harmony export */ });
/* unused harmony exports MAX_EVENT_BYTES, MAX_TIMEOUT_SECONDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93563);
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

/***/ 41829:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
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

/***/ 84169:
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
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

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
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
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
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/package/zip.ts
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
        // Level 6, zlib's default. Changing it changes every zip's bytes, so it is fixed.
        const deflated = new Uint8Array((0,external_node_zlib_.deflateRawSync)(data, { level: 6 }));
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

/***/ 73433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: build

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(83916);
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
var proc = __nccwpck_require__(39946);
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
var bootstrap = __nccwpck_require__(44586);
// EXTERNAL MODULE: ./src/build/elf.ts
var build_elf = __nccwpck_require__(177);
// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __nccwpck_require__(41829);
// EXTERNAL MODULE: ./src/runtime/assets.ts
var assets = __nccwpck_require__(77719);
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

// EXTERNAL MODULE: ./src/report/types.ts
var types = __nccwpck_require__(2563);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/package/zip.ts + 2 modules
var package_zip = __nccwpck_require__(84169);
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
var build_toolchain = __nccwpck_require__(56179);
// EXTERNAL MODULE: ./src/deploy/expect.ts
var expect = __nccwpck_require__(64566);
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
        const { deleteAlias } = await Promise.all(/* import() */[__nccwpck_require__.e(696), __nccwpck_require__.e(768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93768));
        const r = await log.group(`Delete alias ${deploy.alias}`, () => deleteAlias(deploy, log));
        report.deletedAlias = { alias: deploy.alias, deleted: r.deleted, versions: r.deletedVersions };
        return report;
    }
    if (options.deploy?.mode) {
        // rollback / promote-from: build-free, only an alias moves.
        const deploy = options.deploy;
        const { releaseAlias } = await Promise.all(/* import() */[__nccwpck_require__.e(696), __nccwpck_require__.e(768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93768));
        const mode = deploy.mode;
        const title = mode.kind === 'rollback' ? `Roll back alias ${deploy.alias}` : `Promote ${mode.from} to ${deploy.alias}`;
        report.deploy = await log.group(title, () => releaseAlias(deploy, log, {}, report));
        return report;
    }
    // The local test's code (an HTTP server, the zip reader) is loaded only by a run that has one.
    const localTest = options.testEvent !== undefined || options.localTest.eventFile !== undefined ? await __nccwpck_require__.e(/* import() */ 427).then(__nccwpck_require__.bind(__nccwpck_require__, 44427)) : undefined;
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
            if (result.response.length > types/* TEST_RESPONSE_OUTPUT_MAX */.Y) {
                log.annotate({
                    severity: 'warning',
                    title: 'test-event',
                    message: `the response is ${result.response.length} characters; the test-response output holds the first ${types/* TEST_RESPONSE_OUTPUT_MAX */.Y}`,
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
        const { deployFunction } = await Promise.all(/* import() */[__nccwpck_require__.e(696), __nccwpck_require__.e(768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93768));
        // The report is filled as the deploy goes, so a failure part-way still shows what was done.
        report.deploy = await log.group(`Deploy ${deploy.functionName}`, () => deployFunction(deploy, { zipPath: pkg.zipPath, codeSha256: pkg.codeSha256 }, log, {}, report));
    }
    return report;
}


/***/ }),

/***/ 41714:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   k5: () => (/* binding */ outputsFor)
/* harmony export */ });
/* unused harmony exports PLAIN, mdCode, mdText, MARKDOWN, buildFacts, deployFacts */
/* harmony import */ var _build_elf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(177);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2563);


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
    return s.length > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RESPONSE_OUTPUT_MAX */ .Y ? s.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RESPONSE_OUTPUT_MAX */ .Y) : s;
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
        for (const [k, v] of Object.entries((0,_build_elf_js__WEBPACK_IMPORTED_MODULE_0__/* .describeElf */ .Rg)(r.elf)))
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


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ TEST_RESPONSE_OUTPUT_MAX)
/* harmony export */ });
/** The test-response output holds at most this many characters. */
const TEST_RESPONSE_OUTPUT_MAX = 64 * 1024;


/***/ }),

/***/ 74813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ ActionLogger)
/* harmony export */ });
/* unused harmony exports stopToken, mayHoldCommand, fenced, defuse */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33838);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The action's side of the runner protocol, on top of @actions/core: a Logger
 * whose output the runner can never mistake for workflow commands it did not
 * mean to send.
 *
 * The runner obeys `::cmd` after leading whitespace and the v1 form `##[cmd]`
 * anywhere in a line, and it treats a bare CR as a line break. Only
 * `::stop-commands::TOKEN` … `::TOKEN::` turns both off. So:
 * - text passed on from elsewhere (a function's log or response, an event, a
 *   tool's output, a file name) always goes between stop-commands with a fresh
 *   random token that does not occur in the text;
 * - the action's own lines are fenced too whenever they hold `::`, `##[` or a CR
 *   (a file name or an AWS message may have slipped into them);
 * - annotation, debug and group texts are escaped as the runner unescapes them
 *   (`%`, CR, LF; properties also `:` and `,`), and `##[` in them is broken up,
 *   so no reader that tries the v1 form on them finds a command.
 */


/** A token for stop-commands that does not occur in `text` (the runner compares it case-insensitively). */
function stopToken(text) {
    const lower = text.toLowerCase();
    for (;;) {
        const token = `nasm-lambda-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex')}`;
        if (!lower.includes(token))
            return token;
    }
}
/** True when some reader of the runner's rules could find a command in `text`. */
function mayHoldCommand(text) {
    return text.includes('::') || text.includes('##[') || text.includes('\r');
}
/** `text` between stop-commands, as the lines to write. */
function fenced(text, token = stopToken(text)) {
    return [`::stop-commands::${token}`, text, `::${token}::`];
}
/**
 * `##[` inside an annotation message is not a command to today's runner, which
 * reads the line as `::error::` first; a zero-width space keeps it so for any
 * reader that tries the v1 form, and a reader sees the same text.
 */
function defuse(text) {
    return text.replace(/##\[/g, '##\u200b[');
}
function annotationProps(d) {
    const p = {};
    if (d.title)
        p.title = defuse(d.title);
    if (d.file)
        p.file = d.file;
    if (d.line)
        p.startLine = d.line;
    if (d.col)
        p.startColumn = d.col;
    return Object.keys(p).length > 0 ? p : undefined;
}
class ActionLogger {
    write;
    constructor(write = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq) {
        this.write = write;
    }
    info(message, opts) {
        if (!opts?.foreign && !mayHoldCommand(message)) {
            this.write(message);
            return;
        }
        if (message === '')
            return;
        for (const line of fenced(message))
            this.write(line);
    }
    debug(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(defuse(message));
    }
    annotate(d) {
        const message = defuse(d.message);
        const props = annotationProps(d);
        if (d.severity === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, props);
        else if (d.severity === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, props);
    }
    group(name, fn) {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(defuse(name), fn);
    }
    secret(value) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
}


/***/ }),

/***/ 77719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runtimeFile),
/* harmony export */   s: () => (/* binding */ runtimeDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
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

/***/ 44586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ packedHandlerOf),
/* harmony export */   g: () => (/* binding */ generateBootstrap)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _options_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(41829);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77719);
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

/***/ 39946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(22876);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


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


/***/ }),

/***/ 62226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici),
/* harmony export */   loadUndiciIfProxied: () => (/* binding */ loadUndiciIfProxied)
/* harmony export */ });
let real;
/** Loads the real undici; after this the stand-ins below are undici's own. */
async function loadUndici() {
    real ??= await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 46752, 19));
}
/** Loads undici when a proxy is configured: http-client's getAgentDispatcher() only constructs a ProxyAgent then. */
async function loadUndiciIfProxied(env = process.env) {
    if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)
        await loadUndici();
}
function loaded(what) {
    if (!real)
        throw new Error(`nasm-lambda: undici's ${what} was used before loadUndici() (report this bug)`);
    return real;
}
/** undici's ProxyAgent: `new ProxyAgent(opts)` returns the real one. */
const ProxyAgent = function ProxyAgent(...args) {
    return new (loaded('ProxyAgent').ProxyAgent)(...args);
};
/** undici's fetch, loading undici on first use. */
const fetch = async (...args) => {
    await loadUndici();
    return loaded('fetch').fetch(...args);
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 33838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, isDebug, markdownSummary, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(44942);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(92145);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var lib_exec = __nccwpck_require__(22876);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 22876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(13193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(24434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(42613);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 92145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 44942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Hv: () => (/* binding */ HttpCodes)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(58611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(65692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(20770);
// EXTERNAL MODULE: ./src/util/undici.ts
var undici = __nccwpck_require__(62226);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(22929);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

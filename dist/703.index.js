export const id = 703;
export const ids = [703];
export const modules = {

/***/ 83703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  invokeZip: () => (/* binding */ invokeZip)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, LAMBDA_PATH, RuntimeSession, lambdaEnvironment, planLocalRun, startRuntime

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/bootstrap.ts + 1 modules
var runtime_bootstrap = __webpack_require__(50290);
// EXTERNAL MODULE: ./src/build/elf.ts
var elf = __webpack_require__(92616);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/local/runtime-api.ts
/**
 * A local Lambda Runtime API (2018-06-01) that behaves as the real service does,
 * so a zip's bootstrap can be invoked with no Docker and no AWS. It backs the
 * action's test-event, `nasm-lambda invoke`, the tests and the benchmark.
 */


/** 6 MiB + 100 bytes: the largest response body the real API accepts. */
const MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;
/** Go's net/http buffers this much before it gives up on Content-Length and chunks. */
const CHUNKED_ABOVE_BYTES = 2048;
/** Past the limit the body is read and dropped; a client sending this much more is cut off. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
const ERROR_TYPE_PATTERN = /^(Runtime|Function)\.[A-Z][a-zA-Z]+$/;
const BASE = '/2018-06-01/runtime';
class RuntimeApiServer {
    functionName;
    region;
    functionArn;
    /** Resolves with the first /init/error a runtime posts; never rejects. */
    initError;
    #initError;
    #resolveInitError;
    #timeoutMs;
    #server;
    #invocations = new Map();
    #queue = [];
    #waiting = [];
    #delivered = 0;
    #closed = false;
    constructor(opts = {}) {
        this.functionName = opts.functionName ?? 'nasm-lambda-local';
        this.region = opts.region ?? 'us-east-1';
        this.functionArn = `arn:aws:lambda:${this.region}:123456789012:function:${this.functionName}`;
        this.#timeoutMs = opts.timeoutMs ?? 30_000;
        this.initError = new Promise((resolve) => (this.#resolveInitError = resolve));
        // /next may wait for hours between events: no request or header timeouts.
        this.#server = external_node_http_default().createServer({ requestTimeout: 0, headersTimeout: 0, keepAliveTimeout: 60_000 }, (req, res) => this.#route(req, res));
    }
    async start() {
        await new Promise((resolve, reject) => {
            this.#server.once('error', reject);
            this.#server.listen(0, '127.0.0.1', () => {
                this.#server.off('error', reject);
                resolve();
            });
        });
        const { address, port } = this.#server.address();
        return { host: address, port };
    }
    /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
    get address() {
        const a = this.#server.address();
        if (!a)
            throw new Error('RuntimeApiServer is not listening; call start() first');
        return `${a.address}:${a.port}`;
    }
    get initErrorValue() {
        return this.#initError;
    }
    /** How many events /next has handed out. */
    get deliveredCount() {
        return this.#delivered;
    }
    /** How the /next body of an invocation was framed on the wire. */
    framingOf(requestId) {
        return this.#invocations.get(requestId)?.framing;
    }
    /** Queues an event; resolves when the runtime answers it. */
    invoke(event, opts = {}) {
        if (this.#closed)
            return Promise.reject(new Error('the Runtime API server is closed'));
        const requestId = opts.requestId ?? (0,external_node_crypto_.randomUUID)();
        if (this.#invocations.has(requestId))
            return Promise.reject(new Error(`request id ${requestId} was already used`));
        const deadline = Date.now() + (opts.timeoutMs ?? this.#timeoutMs);
        const headers = {
            'Content-Type': 'application/json',
            'Lambda-Runtime-Aws-Request-Id': requestId,
            'Lambda-Runtime-Deadline-Ms': String(deadline),
            'Lambda-Runtime-Invoked-Function-Arn': this.functionArn,
        };
        const optional = [
            ['Lambda-Runtime-Trace-Id', opts.traceId ?? newTraceId()],
            ['Lambda-Runtime-Client-Context', opts.clientContext],
            ['Lambda-Runtime-Cognito-Identity', opts.cognitoIdentity],
        ];
        for (const [name, value] of optional)
            if (value)
                headers[name] = value;
        const promise = new Promise((resolve, reject) => {
            const inv = { requestId, event: Buffer.from(event), headers, state: 'queued', truncateTo: opts.truncateEventTo, resolve, reject };
            this.#invocations.set(requestId, inv);
            this.#queue.push(inv);
        });
        // Rejected only by close(); a caller that raced it against something else need not listen.
        promise.catch(() => { });
        this.#dispatch();
        return promise;
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        for (const res of this.#waiting.splice(0))
            res.destroy();
        for (const inv of this.#invocations.values()) {
            if (inv.state !== 'answered')
                inv.reject(new Error('the Runtime API server closed before the runtime answered'));
        }
        const closed = new Promise((resolve) => this.#server.close(() => resolve()));
        this.#server.closeAllConnections();
        await closed;
    }
    #dispatch() {
        while (this.#queue.length > 0 && this.#waiting.length > 0) {
            const res = this.#waiting.shift();
            if (res.destroyed || res.writableEnded)
                continue;
            this.#deliver(this.#queue.shift(), res);
        }
    }
    #deliver(inv, res) {
        inv.state = 'delivered';
        this.#delivered++;
        const body = inv.event;
        const http10 = res.req.httpVersion === '1.0';
        if (body.length <= CHUNKED_ABOVE_BYTES) {
            inv.framing = 'content-length';
            res.writeHead(200, { ...inv.headers, 'Content-Length': String(body.length) });
        }
        else {
            // Without a length Node chunks for HTTP/1.1, and for HTTP/1.0 it sends the body and closes.
            inv.framing = http10 ? 'close' : 'chunked';
            res.writeHead(200, inv.headers);
        }
        if (inv.truncateTo !== undefined && inv.truncateTo < body.length) {
            res.write(body.subarray(0, inv.truncateTo), () => res.destroy());
            return;
        }
        res.end(body);
    }
    #route(req, res) {
        const url = (req.url ?? '').split('?')[0];
        if (!url.startsWith(`${BASE}/`))
            return this.#notFound(req, res);
        const rest = url.slice(BASE.length + 1).split('/');
        if (rest.length === 2 && rest[0] === 'invocation' && rest[1] === 'next') {
            if (req.method !== 'GET')
                return this.#methodNotAllowed(req, res);
            return this.#next(req, res);
        }
        if (rest.length === 2 && rest[0] === 'init' && rest[1] === 'error') {
            if (req.method !== 'POST')
                return this.#methodNotAllowed(req, res);
            return void this.#postInitError(req, res).catch(() => res.destroy());
        }
        if (rest.length === 3 && rest[0] === 'invocation' && (rest[2] === 'response' || rest[2] === 'error')) {
            if (req.method !== 'POST')
                return this.#methodNotAllowed(req, res);
            let id;
            try {
                id = decodeURIComponent(rest[1]);
            }
            catch {
                id = rest[1];
            }
            return void this.#answer(req, res, id, rest[2]).catch(() => res.destroy());
        }
        this.#notFound(req, res);
    }
    #next(req, res) {
        req.resume();
        this.#waiting.push(res);
        res.on('close', () => {
            const i = this.#waiting.indexOf(res);
            if (i >= 0)
                this.#waiting.splice(i, 1);
        });
        this.#dispatch();
    }
    async #answer(req, res, id, what) {
        const inv = this.#invocations.get(id);
        if (!inv || inv.state === 'queued') {
            req.resume();
            return sendJson(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
        }
        if (inv.state === 'answered') {
            req.resume();
            return sendJson(res, 403, invalidStateTransition(what === 'response' ? 'InvocationResponse' : 'InvocationErrorResponse'));
        }
        const body = await readLimited(req);
        if (body === null)
            return; // the client went away mid-body
        // A second answer may have raced this one while the body streamed in.
        if (inv.state !== 'delivered') {
            return sendJson(res, 403, invalidStateTransition(what === 'response' ? 'InvocationResponse' : 'InvocationErrorResponse'));
        }
        inv.state = 'answered';
        if (body.tooLarge) {
            // The real API fails the invocation itself, so a later /error gets 403.
            inv.resolve({
                kind: 'error',
                requestId: id,
                errorType: 'Function.ResponseSizeTooLarge',
                errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
                stackTrace: [],
                headerErrorType: 'Function.ResponseSizeTooLarge',
                body: Buffer.alloc(0),
            });
            return sendJson(res, 413, {
                errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
                errorType: 'RequestEntityTooLarge',
            });
        }
        if (what === 'response')
            inv.resolve({ kind: 'response', requestId: id, body: body.data });
        else
            inv.resolve({ kind: 'error', requestId: id, ...parseErrorBody(body.data, req.headers['lambda-runtime-function-error-type']) });
        sendJson(res, 202, { status: 'OK' });
    }
    async #postInitError(req, res) {
        if (this.#initError || this.#delivered > 0) {
            req.resume();
            return sendJson(res, 403, invalidStateTransition('InitError'));
        }
        const body = await readLimited(req);
        if (body === null)
            return;
        if (body.tooLarge) {
            return sendJson(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
        }
        this.#initError = parseErrorBody(body.data, req.headers['lambda-runtime-function-error-type']);
        this.#resolveInitError(this.#initError);
        sendJson(res, 202, { status: 'OK' });
    }
    #notFound(req, res) {
        req.resume();
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
    }
    #methodNotAllowed(req, res) {
        req.resume();
        res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('405 method not allowed\n');
    }
}
/** The header's error type as the real API records it. */
function validErrorType(value) {
    const v = Array.isArray(value) ? value[0] : value;
    return v !== undefined && ERROR_TYPE_PATTERN.test(v) ? v : 'Runtime.Unknown';
}
/** Reads an error document; anything that isn't the expected JSON still yields a usable error. */
function parseErrorBody(data, headerValue) {
    const headerErrorType = validErrorType(headerValue);
    let doc;
    try {
        doc = JSON.parse(data.toString('utf8'));
    }
    catch {
        doc = undefined;
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const d = doc;
        return {
            errorType: typeof d.errorType === 'string' && d.errorType !== '' ? d.errorType : headerErrorType,
            errorMessage: typeof d.errorMessage === 'string' ? d.errorMessage : '',
            stackTrace: Array.isArray(d.stackTrace) ? d.stackTrace.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))) : [],
            headerErrorType,
            body: data,
        };
    }
    return { errorType: headerErrorType, errorMessage: data.toString('utf8'), stackTrace: [], headerErrorType, body: data };
}
/** Buffers at most MAX_RESPONSE_BYTES; beyond that counts and drops, so a huge body costs no memory. */
function readLimited(req) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= MAX_RESPONSE_BYTES)
                chunks.push(chunk);
            else if (chunks.length > 0)
                chunks.length = 0;
            if (size > MAX_RESPONSE_BYTES + DRAIN_LIMIT_BYTES)
                req.destroy();
        });
        req.on('end', () => resolve(size > MAX_RESPONSE_BYTES ? { data: Buffer.alloc(0), tooLarge: true } : { data: Buffer.concat(chunks), tooLarge: false }));
        req.on('error', () => resolve(null));
        req.on('close', () => {
            if (!req.complete)
                resolve(null);
        });
    });
}
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(text);
}
function invalidStateTransition(to) {
    return {
        errorMessage: `State transition from RuntimeResponseSentState to ${to} failed for runtime. Error: State transition is not allowed`,
        errorType: 'InvalidStateTransition',
    };
}
/** An X-Ray trace header of the shape Lambda sends. */
function newTraceId() {
    const epoch = Math.floor(Date.now() / 1000)
        .toString(16)
        .padStart(8, '0');
    return `Root=1-${epoch}-${(0,external_node_crypto_.randomBytes)(12).toString('hex')};Parent=${(0,external_node_crypto_.randomBytes)(8).toString('hex')};Sampled=0`;
}

// EXTERNAL MODULE: ./src/build/toolchain.ts
var toolchain = __webpack_require__(45618);
// EXTERNAL MODULE: ./src/package/zip.ts + 2 modules
var package_zip = __webpack_require__(86943);
;// CONCATENATED MODULE: ./src/local/invoke.ts
/**
 * Local invoke: unzip a function as Lambda would, start its bootstrap against
 * the built-in Runtime API with Lambda's environment, and send it an event.
 */










const DEFAULT_TIMEOUT_MS = 30_000;
const LOG_LIMIT_BYTES = 1024 * 1024;
/** The Lambda-like PATH; /opt/bin is where layers put programs. */
const LAMBDA_PATH = '/usr/local/bin:/usr/bin:/bin:/opt/bin';
/** How to run x86-64 code on this host. Pure, so the arm64 path is testable on x64. */
function planLocalRun(p) {
    if (p.arch === 'x64')
        return { kind: 'native' };
    if (!p.qemu) {
        return {
            kind: 'skip',
            reason: `the zip holds x86-64 code and this runner is ${p.arch}; install qemu-user (qemu-x86_64) to run test-event here, or run it on an x64 runner`,
        };
    }
    return p.bootstrapIsElf ? { kind: 'qemu-bootstrap', qemu: p.qemu } : { kind: 'qemu-handler', qemu: p.qemu };
}
/**
 * A started bootstrap and the Runtime API it talks to. One session serves any
 * number of invocations, one after the other, as a warm Lambda sandbox does.
 */
class RuntimeSession {
    server;
    #child;
    #exited;
    #exit;
    #exitInfo;
    #logs = [];
    #logBytes = 0;
    #streamsClosed;
    #closed = false;
    /** Use startRuntime(). */
    constructor(server, child, bootstrapPath) {
        this.server = server;
        this.#child = child;
        const collect = (chunk) => {
            this.#logs.push(chunk);
            this.#logBytes += chunk.length;
            while (this.#logBytes > LOG_LIMIT_BYTES && this.#logs.length > 1)
                this.#logBytes -= this.#logs.shift().length;
        };
        child.stdout?.on('data', collect);
        child.stderr?.on('data', collect);
        this.#streamsClosed = new Promise((resolve) => child.once('close', () => resolve()));
        this.#exit = new Promise((resolve) => {
            child.once('error', (err) => resolve((this.#exitInfo = { code: null, signal: null, spawnError: err })));
            child.once('exit', (code, signal) => resolve((this.#exitInfo = { code, signal })));
        });
        this.#exited = this.#exit.then((e) => {
            if (e.spawnError)
                return spawnFailure(e.spawnError, bootstrapPath);
            return {
                ok: false,
                errorType: 'Runtime.ExitError',
                errorMessage: e.code !== null ? `Runtime exited with error: exit status ${e.code}` : `Runtime exited with error: signal: ${e.signal}`,
                stackTrace: [],
                logs: '',
                exitCode: e.code ?? 128 + signalNumber(e.signal),
            };
        });
    }
    /** Resolves when the bootstrap exits, or fails to start (spawnError). */
    waitExit() {
        return this.#exit;
    }
    get pid() {
        return this.#child.pid;
    }
    /** Everything the bootstrap and handler wrote to stdout and stderr so far (the last 1 MB). */
    logs() {
        return Buffer.concat(this.#logs).toString('utf8');
    }
    /**
     * Sends one event and waits for the answer, an init error, the bootstrap
     * dying, or the timeout, whichever comes first.
     */
    async invoke(event, opts = {}) {
        const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        let timer;
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve({
                ok: false,
                errorType: 'Sandbox.Timedout',
                errorMessage: `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
                stackTrace: [],
                logs: '',
            }), timeoutMs);
        });
        // After /init/error the runtime should exit; give it a moment so the status is known.
        const initFailed = this.server.initError.then(async (e) => {
            const exit = await Promise.race([this.#exit, delay(2000)]);
            const exitCode = exit ? (exit.code ?? 128 + signalNumber(exit.signal)) : undefined;
            return { ...fromInitError(e), ...(exitCode === undefined ? {} : { exitCode }) };
        });
        try {
            const outcome = await Promise.race([this.server.invoke(event, { ...opts, timeoutMs }).then(toOutcome), initFailed, this.#exited, timedOut]);
            // An init error is followed by the bootstrap exiting: report the init error.
            if (!outcome.ok && outcome.errorType === 'Runtime.ExitError' && this.server.initErrorValue) {
                return { ...fromInitError(this.server.initErrorValue), exitCode: outcome.exitCode };
            }
            return outcome;
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * Stops the bootstrap: SIGTERM to its process group (the generated bootstrap
     * then removes its temp dir), SIGKILL to the group after a grace period in any
     * case, so no handler or curl outlives it. Then closes the server.
     */
    async close(graceMs = 1000) {
        if (this.#closed)
            return;
        this.#closed = true;
        const pid = this.#child.pid;
        if (pid !== undefined) {
            if (!this.#exitInfo) {
                killGroup(pid, 'SIGTERM');
                await Promise.race([this.#exited, delay(graceMs)]);
            }
            killGroup(pid, 'SIGKILL');
            // The pipes close once every process holding them is gone.
            await Promise.race([this.#streamsClosed, delay(graceMs)]);
        }
        await this.server.close();
    }
}
/** Starts a Runtime API server and the bootstrap of an unzipped function against it. */
async function startRuntime(opts) {
    const server = new RuntimeApiServer({ functionName: opts.functionName, region: opts.region, timeoutMs: opts.timeoutMs });
    await server.start();
    const bootstrap = opts.bootstrap ?? external_node_path_default().join(opts.taskRoot, 'bootstrap');
    const [file, ...args] = [...(opts.launcher ?? []), bootstrap];
    const env = { ...lambdaEnvironment({ ...opts, runtimeApi: server.address }), ...opts.env };
    let child;
    try {
        // detached: its own process group, so close() can kill the handler and curl too.
        child = (0,external_node_child_process_.spawn)(file, args, { cwd: opts.taskRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (e) {
        await server.close();
        throw e;
    }
    return new RuntimeSession(server, child, bootstrap);
}
/** The variables Lambda gives a provided.al2023 bootstrap (no credentials, no caller environment). */
function lambdaEnvironment(o) {
    const name = o.functionName ?? 'nasm-lambda-local';
    const region = o.region ?? 'us-east-1';
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
    return {
        AWS_LAMBDA_RUNTIME_API: o.runtimeApi,
        LAMBDA_TASK_ROOT: o.taskRoot,
        LAMBDA_RUNTIME_DIR: external_node_path_default().join(external_node_path_default().dirname(o.taskRoot), 'runtime'),
        _HANDLER: o.handler ?? '',
        AWS_LAMBDA_FUNCTION_NAME: name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(o.memoryMb ?? 128),
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
        AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[$LATEST]${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`,
        PATH: LAMBDA_PATH,
        LANG: 'en_US.UTF-8',
        TZ: ':UTC',
    };
}
/**
 * Unzips `zipPath` into a fresh temp dir with the modes the zip records, starts
 * its bootstrap as Lambda would, sends `event` and returns the answer. The
 * process group is killed and the temp dir removed whatever happens.
 */
async function invokeZip(opts) {
    const { log } = opts;
    const zip = await (0,promises_.readFile)(opts.zipPath);
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'nasm-lambda-invoke-'));
    try {
        const taskRoot = external_node_path_default().join(root, 'task');
        // The bootstrap's scratch space, so a killed run leaves nothing in /tmp.
        const scratch = external_node_path_default().join(root, 'tmp');
        await Promise.all([(0,promises_.mkdir)(taskRoot), (0,promises_.mkdir)(scratch), (0,promises_.mkdir)(external_node_path_default().join(root, 'runtime'))]);
        await (0,package_zip/* extractZip */.JE)(zip, taskRoot);
        log.debug(`unpacked ${opts.zipPath} into ${taskRoot}`);
        const bootstrap = external_node_path_default().join(taskRoot, 'bootstrap');
        const plan = planLocalRun({
            arch: opts.arch ?? process.arch,
            qemu: (0,toolchain/* whichOnPath */.GU)('qemu-x86_64') ?? (0,toolchain/* whichOnPath */.GU)('qemu-x86_64-static') ?? null,
            bootstrapIsElf: await isElf(bootstrap),
        });
        if (plan.kind === 'skip')
            return { skipped: plan.reason };
        let handler = opts.handler ?? '';
        let launcher;
        if (plan.kind === 'qemu-bootstrap')
            launcher = [plan.qemu];
        if (plan.kind === 'qemu-handler') {
            const target = handler || (0,runtime_bootstrap/* packedHandlerOf */.U)(await (0,promises_.readFile)(bootstrap, 'utf8').catch(() => ''));
            if (!target)
                return { skipped: 'the bootstrap is not the generated one, so the executable to run through qemu-x86_64 is unknown; pass the handler' };
            handler = await writeQemuWrapper(taskRoot, plan.qemu, external_node_path_default().join(taskRoot, target));
            log.info(`running x86-64 code through ${plan.qemu}`);
        }
        const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const session = await startRuntime({
            taskRoot,
            handler,
            functionName: opts.functionName,
            region: opts.region,
            timeoutMs,
            launcher,
            env: { TMPDIR: scratch },
        });
        let outcome;
        try {
            outcome = await session.invoke(opts.event, { timeoutMs });
        }
        finally {
            await session.close();
        }
        const logs = session.logs();
        if (logs)
            log.info(`function log:\n${logs.replace(/\n$/, '')}`);
        return { ...outcome, logs };
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/** A script in the task root that runs `executable` through qemu; returns its name for _HANDLER. */
async function writeQemuWrapper(taskRoot, qemu, executable) {
    const name = '.nasm-lambda-qemu-handler';
    const file = external_node_path_default().join(taskRoot, name);
    await (0,promises_.writeFile)(file, `#!/bin/sh\nexec ${shellQuote(qemu)} ${shellQuote(executable)} "$@"\n`);
    await (0,promises_.chmod)(file, 0o755);
    return name;
}
function shellQuote(s) {
    return `'${s.replaceAll("'", `'\\''`)}'`;
}
async function isElf(file) {
    try {
        const fh = await (0,promises_.open)(file, 'r');
        try {
            const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
            return bytesRead === 4 && (0,elf/* hasElfMagic */.Nr)(buffer);
        }
        finally {
            await fh.close();
        }
    }
    catch {
        return false;
    }
}
function toOutcome(r) {
    if (r.kind === 'response')
        return { ok: true, response: r.body.toString('utf8'), body: r.body, requestId: r.requestId, logs: '' };
    const { errorType, errorMessage, stackTrace, requestId, headerErrorType, body } = r;
    return { ok: false, errorType, errorMessage, stackTrace, requestId, headerErrorType, body, logs: '' };
}
function fromInitError(e) {
    const { errorType, errorMessage, stackTrace, headerErrorType, body } = e;
    return { ok: false, errorType, errorMessage, stackTrace, headerErrorType, body, logs: '' };
}
/** Lambda's wording for a bootstrap that can't be started. */
function spawnFailure(err, bootstrap) {
    const reason = err.code === 'EACCES'
        ? `fork/exec ${bootstrap}: permission denied`
        : err.code === 'ENOENT'
            ? `Couldn't find valid bootstrap(s): [${bootstrap}]`
            : err.code === 'ENOEXEC'
                ? `fork/exec ${bootstrap}: exec format error`
                : `fork/exec ${bootstrap}: ${err.message}`;
    return { ok: false, errorType: 'Runtime.InvalidEntrypoint', errorMessage: reason, stackTrace: [], logs: '' };
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
function signalNumber(signal) {
    return signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}


/***/ })

};

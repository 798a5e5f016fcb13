export const id = 427;
export const ids = [427];
export const modules = {

/***/ 17928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
  invokeZip: () => (/* binding */ invokeZip)
});

// UNUSED EXPORTS: LAMBDA_PATH, RuntimeSession, lambdaEnvironment, planLocalRun, startRuntime

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
// EXTERNAL MODULE: ./src/runtime/bootstrap.ts
var runtime_bootstrap = __webpack_require__(44586);
// EXTERNAL MODULE: ./src/build/elf.ts
var elf = __webpack_require__(177);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/local/http-wire.ts
/** Go's DefaultMaxHeaderBytes: a request head larger than this gets 431. */
const MAX_HEAD_BYTES = 1 << 20;
/** Bytes a client may send ahead (pipelined) while a request waits for its answer. */
const MAX_AHEAD_BYTES = 1 << 20;
const EMPTY = Buffer.alloc(0);
const CRLF2 = Buffer.from('\r\n\r\n');
const STATUS_TEXT = {
    100: 'Continue',
    200: 'OK',
    202: 'Accepted',
    400: 'Bad Request',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    413: 'Request Entity Too Large',
    431: 'Request Header Fields Too Large',
    500: 'Internal Server Error',
    501: 'Not Implemented',
};
let dateText = '';
let dateSecond = 0;
/** The Date header, formatted once a second. */
function httpDate() {
    const s = Math.floor(Date.now() / 1000);
    if (s !== dateSecond) {
        dateSecond = s;
        dateText = new Date(s * 1000).toUTCString();
    }
    return dateText;
}
/**
 * One client connection. Requests are parsed one at a time: while one waits for
 * its answer (a GET /next can wait for hours), what the client sends next stays
 * buffered until the answer is out.
 */
class HttpConnection {
    socket;
    #onRequest;
    #limits;
    #buf = EMPTY;
    /** Where to resume looking for the end of the head. */
    #scanFrom = 0;
    #head;
    #body;
    #chunks = [];
    #bodyBytes = 0;
    /** A request was handed on and its response isn't finished. */
    #busy = false;
    #keepAlive = true;
    #closeListeners = [];
    constructor(socket, onRequest, limits) {
        this.socket = socket;
        this.#onRequest = onRequest;
        this.#limits = limits;
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.#data(chunk));
        socket.on('error', () => socket.destroy());
        socket.on('close', () => {
            for (const f of this.#closeListeners.splice(0))
                f();
        });
    }
    get closed() {
        return this.socket.destroyed;
    }
    onClose(f) {
        if (this.socket.destroyed)
            f();
        else
            this.#closeListeners.push(f);
    }
    /** A whole response with a Content-Length. */
    respond(status, contentType, body) {
        const b = typeof body === 'string' ? Buffer.from(body) : body;
        const head = Buffer.from(this.#headText(status, `Content-Type: ${contentType}\r\nContent-Length: ${b.length}\r\n`));
        this.socket.write(b.length > 0 ? Buffer.concat([head, b]) : head);
        this.#finish();
    }
    /**
     * Starts a response whose body the caller writes. `headerLines` are complete
     * `Name: value\r\n` lines; the framing's own header is added here. The head
     * goes out with the first write, so a small answer is one packet.
     */
    stream(status, headerLines, framing, contentLength = 0) {
        if (framing === 'close')
            this.#keepAlive = false;
        const framingLine = framing === 'content-length' ? `Content-Length: ${contentLength}\r\n` : framing === 'chunked' ? 'Transfer-Encoding: chunked\r\n' : '';
        let head = Buffer.from(this.#headText(status, headerLines + framingLine));
        let ended = false;
        const send = (parts, done) => {
            if (head) {
                parts.unshift(head);
                head = undefined;
            }
            if (parts.length === 0)
                return done?.();
            if (this.socket.destroyed)
                return;
            this.socket.write(parts.length === 1 ? parts[0] : Buffer.concat(parts), done && (() => done()));
        };
        const frame = (chunk) => framing !== 'chunked' || chunk.length === 0
            ? chunk.length
                ? [chunk]
                : []
            : [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')];
        return {
            write: (chunk, done) => {
                if (!ended)
                    send(frame(chunk), done);
            },
            end: (chunk) => {
                if (ended)
                    return;
                ended = true;
                const parts = chunk ? frame(chunk) : [];
                if (framing === 'chunked')
                    parts.push(Buffer.from('0\r\n\r\n'));
                send(parts);
                this.#finish();
            },
            destroy: () => {
                ended = true;
                this.socket.destroy();
            },
        };
    }
    #headText(status, lines) {
        const close = this.#keepAlive ? '' : 'Connection: close\r\n';
        return `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Unknown'}\r\nDate: ${httpDate()}\r\n${lines}${close}\r\n`;
    }
    /** The response is out: close, or go on with what the client sent meanwhile. */
    #finish() {
        this.#busy = false;
        if (!this.#keepAlive) {
            this.socket.end();
            return;
        }
        if (this.#buf.length > 0)
            this.#pump();
    }
    /** A response the parser itself gives, after which the connection closes. */
    #reject(status, text) {
        this.#keepAlive = false;
        this.#busy = true;
        this.#buf = EMPTY;
        this.respond(status, 'text/plain; charset=utf-8', `${status} ${text}\n`);
    }
    #data(chunk) {
        if (!this.#keepAlive)
            return; // after the last request of a closing connection
        // Pipelined ahead of an answer: kept, within reason.
        if (this.#busy && this.#buf.length + chunk.length > MAX_AHEAD_BYTES)
            return void this.socket.destroy();
        this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
        if (this.#busy)
            return;
        // Answers given in this turn, and in the promise callbacks it sets off (an
        // event invoke()d as soon as the last answer came, for a GET /next sent
        // along with that POST), leave in one write.
        this.socket.cork();
        setImmediate(() => this.socket.uncork());
        this.#pump();
    }
    /** Parses and hands on requests until one waits, the data runs out, or the connection ends. */
    #pump() {
        while (!this.#busy && this.#keepAlive && !this.socket.destroyed) {
            if (!this.#head) {
                if (!this.#parseHead())
                    return;
            }
            if (this.#body && !this.#readBody())
                return;
            if (this.socket.destroyed)
                return; // cut off while draining an oversized body
            const head = this.#head;
            const req = {
                method: head.method,
                path: head.path,
                headers: head.headers,
                body: this.#bodyBytes > this.#limits.maxBody ? EMPTY : this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks),
                bodyBytes: this.#bodyBytes,
                tooLarge: this.#bodyBytes > this.#limits.maxBody,
                http10: head.http10,
            };
            this.#keepAlive = head.keepAlive;
            this.#head = undefined;
            this.#body = undefined;
            this.#chunks = [];
            this.#bodyBytes = 0;
            this.#busy = true;
            this.#onRequest(req, this);
        }
    }
    /** Reads a request head from #buf; false when it isn't all there yet (or was refused). */
    #parseHead() {
        // A client may send empty lines between requests (RFC 9112 2.2).
        while (this.#buf.length >= 2 && this.#buf[0] === 0x0d && this.#buf[1] === 0x0a)
            this.#buf = this.#buf.subarray(2);
        const end = this.#buf.indexOf(CRLF2, Math.max(0, this.#scanFrom - 3));
        if (end < 0) {
            this.#scanFrom = this.#buf.length;
            if (this.#buf.length > MAX_HEAD_BYTES)
                this.#reject(431, 'Request Header Fields Too Large');
            return false;
        }
        this.#scanFrom = 0;
        if (end > MAX_HEAD_BYTES)
            return (this.#reject(431, 'Request Header Fields Too Large'), false);
        const lines = this.#buf.subarray(0, end).toString('latin1').split('\r\n');
        this.#buf = this.#buf.subarray(end + 4);
        const m = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
        if (!m)
            return (this.#reject(400, 'Bad Request'), false);
        const headers = new Map();
        for (let i = 1; i < lines.length; i++) {
            const line = lines[i];
            const colon = line.indexOf(':');
            if (colon <= 0 || /[\s]/.test(line[colon - 1]))
                return (this.#reject(400, 'Bad Request'), false);
            const name = line.slice(0, colon).toLowerCase();
            const value = line.slice(colon + 1).trim();
            const seen = headers.get(name);
            if (name === 'content-length' && seen !== undefined && seen !== value)
                return (this.#reject(400, 'Bad Request'), false);
            if (seen === undefined)
                headers.set(name, value);
        }
        const http10 = m[3] === '0';
        const connection = (headers.get('connection') ?? '').toLowerCase();
        const keepAlive = http10 ? connection === 'keep-alive' : connection !== 'close';
        const te = headers.get('transfer-encoding');
        const cl = headers.get('content-length');
        if (te !== undefined) {
            if (te.toLowerCase() !== 'chunked')
                return (this.#reject(501, 'Not Implemented'), false);
            this.#body = { kind: 'chunked', step: 'size', left: 0 };
        }
        else if (cl !== undefined) {
            if (!/^\d{1,15}$/.test(cl))
                return (this.#reject(400, 'Bad Request'), false);
            const n = Number(cl);
            this.#body = n > 0 ? { kind: 'length', left: n } : undefined;
        }
        this.#head = { method: m[1], path: m[2].replace(/^https?:\/\/[^/]*/i, '').split('?')[0], headers, http10, keepAlive };
        if (this.#body && (headers.get('expect') ?? '').toLowerCase() === '100-continue' && !http10) {
            this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
        }
        return true;
    }
    /** Takes body bytes from #buf; true once the body is complete. */
    #readBody() {
        const body = this.#body;
        while (this.#buf.length > 0) {
            if (body.kind === 'length' || body.step === 'data') {
                const n = Math.min(body.left, this.#buf.length);
                this.#keep(this.#buf.subarray(0, n));
                this.#buf = n === this.#buf.length ? EMPTY : this.#buf.subarray(n);
                body.left -= n;
                if (body.left > 0)
                    return false;
                if (body.kind === 'length')
                    return true;
                body.step = 'data-crlf';
                continue;
            }
            const eol = this.#buf.indexOf('\r\n');
            if (eol < 0) {
                if (this.#buf.length > 4096)
                    return (this.#reject(400, 'Bad Request'), false);
                return false;
            }
            const line = this.#buf.subarray(0, eol).toString('latin1');
            this.#buf = this.#buf.subarray(eol + 2);
            if (body.step === 'data-crlf') {
                if (line !== '')
                    return (this.#reject(400, 'Bad Request'), false);
                body.step = 'size';
            }
            else if (body.step === 'size') {
                const m = /^([0-9a-fA-F]{1,12})[ \t]*(;.*)?$/.exec(line);
                if (!m)
                    return (this.#reject(400, 'Bad Request'), false);
                body.left = parseInt(m[1], 16);
                body.step = body.left === 0 ? 'trailer' : 'data';
            }
            else if (line === '') {
                return true; // the empty line after the trailers
            }
        }
        return false;
    }
    #keep(part) {
        if (part.length === 0)
            return;
        this.#bodyBytes += part.length;
        if (this.#bodyBytes <= this.#limits.maxBody)
            this.#chunks.push(part);
        else {
            this.#chunks = [];
            if (this.#bodyBytes > this.#limits.maxBody + this.#limits.drainLimit)
                this.socket.destroy();
        }
    }
}

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
/** Answered invocations remembered, so a second answer still gets 403. */
const ANSWERED_KEPT = 1024;
const runtime_api_EMPTY = Buffer.alloc(0);
const STATUS_OK = Buffer.from('{"status":"OK"}');
const INVALID_REQUEST_ID = { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' };
const TOO_LARGE = { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' };
const writeWholeEvent = (res, body) => {
    res.end(body);
};
class RuntimeApiServer {
    functionName;
    region;
    functionArn;
    /** Resolves with the first /init/error a runtime posts; never rejects. */
    initError;
    #initError;
    #resolveInitError;
    #timeoutMs;
    #writeEvent;
    #server;
    #connections = new Set();
    /** Invocations not yet answered, and the last ANSWERED_KEPT answered ones (for 403 and framingOf). */
    #invocations = new Map();
    #answered = [];
    #queue = [];
    #waiting = [];
    #delivered = 0;
    #closed = false;
    constructor(opts = {}) {
        this.functionName = opts.functionName ?? 'nasm-lambda-local';
        this.region = opts.region ?? 'us-east-1';
        this.functionArn = `arn:aws:lambda:${this.region}:123456789012:function:${this.functionName}`;
        this.#timeoutMs = opts.timeoutMs ?? 30_000;
        this.#writeEvent = opts.writeEvent ?? writeWholeEvent;
        this.initError = new Promise((resolve) => (this.#resolveInitError = resolve));
        // /next may wait for hours between events: no request, header or idle timeouts.
        this.#server = external_node_net_default().createServer((socket) => {
            const conn = new HttpConnection(socket, (req, c) => this.#route(req, c), { maxBody: MAX_RESPONSE_BYTES, drainLimit: DRAIN_LIMIT_BYTES });
            this.#connections.add(conn);
            // One listener per connection, not per request: a keep-alive runtime asks for thousands of events on one.
            conn.onClose(() => {
                this.#connections.delete(conn);
                this.#waiting = this.#waiting.filter((w) => w.conn !== conn);
            });
        });
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
    /** How the /next body of an invocation was framed on the wire (kept for the last 1024 answered). */
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
        const values = [requestId, opts.traceId, opts.clientContext, opts.cognitoIdentity];
        if (values.some((v) => v !== undefined && /[\r\n\0]/.test(v))) {
            return Promise.reject(new Error('a request id or header value holds a line break or NUL'));
        }
        let headers = `Content-Type: application/json\r\nLambda-Runtime-Aws-Request-Id: ${requestId}\r\n` +
            `Lambda-Runtime-Deadline-Ms: ${deadline}\r\nLambda-Runtime-Invoked-Function-Arn: ${this.functionArn}\r\n`;
        const optional = [
            ['Lambda-Runtime-Trace-Id', opts.traceId ?? newTraceId()],
            ['Lambda-Runtime-Client-Context', opts.clientContext],
            ['Lambda-Runtime-Cognito-Identity', opts.cognitoIdentity],
        ];
        for (const [name, value] of optional)
            if (value)
                headers += `${name}: ${value}\r\n`;
        const promise = new Promise((resolve, reject) => {
            const inv = { requestId, event: Buffer.from(event), headers, state: 'queued', resolve, reject };
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
        this.#waiting.length = 0;
        for (const inv of this.#invocations.values()) {
            if (inv.state !== 'answered')
                inv.reject(new Error('the Runtime API server closed before the runtime answered'));
        }
        const closed = new Promise((resolve) => this.#server.close(() => resolve()));
        for (const conn of this.#connections)
            conn.socket.destroy();
        await closed;
    }
    #dispatch() {
        while (this.#queue.length > 0 && this.#waiting.length > 0) {
            const { conn, http10 } = this.#waiting.shift();
            if (conn.closed)
                continue;
            this.#deliver(this.#queue.shift(), conn, http10);
        }
    }
    #deliver(inv, conn, http10) {
        inv.state = 'delivered';
        this.#delivered++;
        const body = inv.event;
        // Go buffers 2048 bytes before it commits to a Content-Length; past that it chunks
        // for HTTP/1.1, and for HTTP/1.0 it sends the body and closes.
        inv.framing = body.length <= CHUNKED_ABOVE_BYTES ? 'content-length' : http10 ? 'close' : 'chunked';
        const sink = conn.stream(200, inv.headers, inv.framing, body.length);
        this.#writeEvent(sink, body, { requestId: inv.requestId, framing: inv.framing });
    }
    #route(req, conn) {
        const url = req.path;
        if (!url.startsWith(`${BASE}/`))
            return this.#notFound(conn);
        const rest = url.slice(BASE.length + 1).split('/');
        if (rest.length === 2 && rest[0] === 'invocation' && rest[1] === 'next') {
            if (req.method !== 'GET')
                return this.#methodNotAllowed(conn);
            return this.#next(conn, req.http10);
        }
        if (rest.length === 2 && rest[0] === 'init' && rest[1] === 'error') {
            if (req.method !== 'POST')
                return this.#methodNotAllowed(conn);
            return this.#postInitError(req, conn);
        }
        if (rest.length === 3 && rest[0] === 'invocation' && (rest[2] === 'response' || rest[2] === 'error')) {
            if (req.method !== 'POST')
                return this.#methodNotAllowed(conn);
            let id;
            try {
                id = decodeURIComponent(rest[1]);
            }
            catch {
                id = rest[1];
            }
            return this.#answer(req, conn, id, rest[2]);
        }
        this.#notFound(conn);
    }
    #next(conn, http10) {
        if (this.#closed)
            return void conn.socket.destroy();
        this.#waiting.push({ conn, http10 });
        this.#dispatch();
    }
    #answer(req, conn, id, what) {
        const inv = this.#invocations.get(id);
        if (!inv || inv.state === 'queued')
            return sendJson(conn, 400, INVALID_REQUEST_ID);
        if (inv.state === 'answered')
            return sendJson(conn, 403, invalidStateTransition(what === 'response' ? 'InvocationResponse' : 'InvocationErrorResponse'));
        this.#markAnswered(inv);
        if (req.tooLarge) {
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
            return sendJson(conn, 413, TOO_LARGE);
        }
        if (what === 'response')
            inv.resolve({ kind: 'response', requestId: id, body: req.body });
        else
            inv.resolve({ kind: 'error', requestId: id, ...parseErrorBody(req.body, req.headers.get('lambda-runtime-function-error-type')) });
        conn.respond(202, 'application/json', STATUS_OK);
    }
    /** Answered: kept a while for 403s and framingOf, then forgotten, so a long run's memory stays flat. */
    #markAnswered(inv) {
        inv.state = 'answered';
        inv.event = runtime_api_EMPTY;
        this.#answered.push(inv.requestId);
        if (this.#answered.length > ANSWERED_KEPT * 2) {
            for (const old of this.#answered.splice(0, this.#answered.length - ANSWERED_KEPT))
                this.#invocations.delete(old);
        }
    }
    #postInitError(req, conn) {
        if (this.#initError || this.#delivered > 0)
            return sendJson(conn, 403, invalidStateTransition('InitError'));
        if (req.tooLarge)
            return sendJson(conn, 413, TOO_LARGE);
        this.#initError = parseErrorBody(req.body, req.headers.get('lambda-runtime-function-error-type'));
        this.#resolveInitError(this.#initError);
        conn.respond(202, 'application/json', STATUS_OK);
    }
    #notFound(conn) {
        conn.respond(404, 'text/plain; charset=utf-8', '404 page not found\n');
    }
    #methodNotAllowed(conn) {
        conn.respond(405, 'text/plain; charset=utf-8', '405 method not allowed\n');
    }
}
/** The header's error type as the real API records it. */
function validErrorType(value) {
    return value !== undefined && ERROR_TYPE_PATTERN.test(value) ? value : 'Runtime.Unknown';
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
function sendJson(conn, status, body) {
    conn.respond(status, 'application/json', JSON.stringify(body));
}
function invalidStateTransition(to) {
    return {
        errorMessage: `State transition from RuntimeResponseSentState to ${to} failed for runtime. Error: State transition is not allowed`,
        errorType: 'InvalidStateTransition',
    };
}
/** Random bytes for trace ids, drawn from a pool: one call into the CSPRNG per 200 ids, not per id. */
const randomPool = { bytes: Buffer.alloc(0), at: 0 };
function pooledRandomHex(n) {
    if (randomPool.at + n > randomPool.bytes.length) {
        randomPool.bytes = (0,external_node_crypto_.randomBytes)(n * 200);
        randomPool.at = 0;
    }
    randomPool.at += n;
    return randomPool.bytes.toString('hex', randomPool.at - n, randomPool.at);
}
/** An X-Ray trace header of the shape Lambda sends. */
function newTraceId() {
    const epoch = Math.floor(Date.now() / 1000)
        .toString(16)
        .padStart(8, '0');
    const hex = pooledRandomHex(20);
    return `Root=1-${epoch}-${hex.slice(0, 24)};Parent=${hex.slice(24)};Sampled=0`;
}

// EXTERNAL MODULE: ./src/build/toolchain.ts
var toolchain = __webpack_require__(56179);
// EXTERNAL MODULE: ./src/package/zip.ts + 2 modules
var package_zip = __webpack_require__(84169);
;// CONCATENATED MODULE: ./src/local/invoke.ts
/**
 * Local invoke: unzip a function as Lambda would, start its bootstrap against
 * the built-in Runtime API with Lambda's environment, and send it an event.
 */










/** Lambda's own default Timeout, for a local test of a function that doesn't exist yet. */
const DEFAULT_TIMEOUT_MS = 3_000;
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
                neverAskedForEvent: this.server.deliveredCount === 0,
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
            const exit = await Promise.race([this.#exit, delay(5000)]);
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
            memoryMb: opts.memoryMb,
            launcher,
            env: { ...opts.environment, TMPDIR: scratch },
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
            log.info(`function log:\n${logs.replace(/\n$/, '')}`, { foreign: true });
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


/***/ }),

/***/ 44427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTestEvent: () => (/* binding */ loadTestEvent),
/* harmony export */   localRunSettings: () => (/* binding */ localRunSettings),
/* harmony export */   runLocalTest: () => (/* binding */ runLocalTest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _options_local_test_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16958);
/* harmony import */ var _invoke_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17928);
/**
 * The local smoke test (test-event): the zip run through the built-in Runtime
 * API the way the function will run it on Lambda: with the function's own
 * Timeout, MemorySize and environment (merged with this deploy's settings) when
 * it exists, and the test's own timeout and variables on top.
 */




/**
 * Reads test-event-file into the options, for the local and the remote test,
 * before anything is built: a bad file fails the step first.
 */
async function loadTestEvent(options) {
    const file = options.localTest.eventFile;
    if (file === undefined)
        return;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('test-event-file', `${file} cannot be read (${e.code ?? String(e)})`, 'give the path of a JSON file, relative to working-directory');
    }
    options.testEvent = (0,_options_local_test_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEvent */ .XT)(text, 'test-event-file');
    if (options.deploy?.remoteTest)
        options.deploy.remoteTest.event = options.testEvent;
}
/** The settings the local run gets; reads the function (read-only) when function-name is set. */
async function localRunSettings(options, log) {
    const t = options.localTest;
    let environment = {};
    let timeoutMs;
    let memoryMb;
    let source = 'no function-name: Lambda’s defaults';
    if (options.deploy) {
        const { readMergedSettings } = await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 93768));
        const merged = await readMergedSettings(options.deploy, log);
        environment = { ...merged.environment };
        if (merged.timeout !== undefined)
            timeoutMs = merged.timeout * 1000;
        memoryMb = merged.memorySize;
        source = `the settings of ${options.deploy.functionName} after this deploy's changes`;
    }
    if (t.environment) {
        for (const value of Object.values(t.environment.set))
            log.secret?.(value);
        for (const key of t.environment.remove)
            delete environment[key];
        Object.assign(environment, t.environment.set);
    }
    return { timeoutMs: t.timeoutMs ?? timeoutMs ?? _invoke_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMEOUT_MS */ .t1, memoryMb, environment, source };
}
/** Runs the test-event; throws a one-line error naming the input at fault when the function fails it. */
async function runLocalTest(options, zipPath, log, report) {
    const settings = await localRunSettings(options, log);
    const { invokeZip } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17928));
    const names = Object.keys(settings.environment).sort();
    const result = await log.group('Local invoke (test-event)', async () => {
        // Key names only: the values are the function's secrets.
        log.info(`timeout ${settings.timeoutMs / 1000} s, memory ${settings.memoryMb ?? 128} MB, environment ${names.length ? names.join(', ') : '(none)'} (${settings.source})`);
        return invokeZip({
            zipPath,
            event: options.testEvent,
            // As Lambda will run it: _HANDLER is the function's Handler, which deploy sets to this.
            handler: options.build.handler,
            functionName: options.deploy?.functionName.split(':').pop(),
            region: options.deploy?.region,
            timeoutMs: settings.timeoutMs,
            memoryMb: settings.memoryMb,
            environment: settings.environment,
            log,
        });
    });
    // Recorded before any throw, so the front doors can show the failure's log, type and stack.
    report.invoke = result;
    if ('skipped' in result || result.ok)
        return result;
    const input = options.localTest.eventFile ? 'test-event-file' : 'test-event';
    if (options.build.bootstrap.kind === 'none' && result.neverAskedForEvent) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('bootstrap', `with bootstrap: none the executable is the runtime, but it exited (${result.errorMessage}) without asking the Runtime API for an event`, 'use bootstrap: generated to run it once per event as a handler, or make it loop over GET /runtime/invocation/next');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NasmLambdaError */ .pv(`the function failed the ${input}: ${result.errorType}: ${result.errorMessage}`, {
        input,
        fix: result.logs ? 'see the function log above; fix the handler, or the event' : 'the function wrote no log; fix the handler, or the event',
    });
}


/***/ })

};

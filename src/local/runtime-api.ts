/**
 * A local Lambda Runtime API (2018-06-01) that behaves as the real service does,
 * so a zip's bootstrap can be invoked with no Docker and no AWS. It backs the
 * action's test-event, `nasm-lambda invoke`, the tests and the benchmark.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { HttpConnection, type BodySink, type HttpRequest } from './http-wire.ts';

/** 6 MiB + 100 bytes: the largest response body the real API accepts. */
export const MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;
/** Go's net/http buffers this much before it gives up on Content-Length and chunks. */
export const CHUNKED_ABOVE_BYTES = 2048;
/** Past the limit the body is read and dropped; a client sending this much more is cut off. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const ERROR_TYPE_PATTERN = /^(Runtime|Function)\.[A-Z][a-zA-Z]+$/;
const BASE = '/2018-06-01/runtime';
/** Answered invocations remembered, so a second answer still gets 403. */
const ANSWERED_KEPT = 1024;
const EMPTY = Buffer.alloc(0);
const STATUS_OK = Buffer.from('{"status":"OK"}');
const INVALID_REQUEST_ID = { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' };
const TOO_LARGE = { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' };

export type Framing = 'content-length' | 'chunked' | 'close';

export type InvocationResult =
  | { kind: 'response'; requestId: string; body: Buffer }
  | {
      kind: 'error';
      requestId: string;
      /** As the invoker would see it: the body's errorType (else the header's). */
      errorType: string;
      errorMessage: string;
      stackTrace: string[];
      /** `Lambda-Runtime-Function-Error-Type`, or `Runtime.Unknown` when missing or not of the form `(Runtime|Function).Name`. */
      headerErrorType: string;
      /** The error body exactly as posted. */
      body: Buffer;
    };

export interface InitError {
  errorType: string;
  errorMessage: string;
  stackTrace: string[];
  headerErrorType: string;
  body: Buffer;
}

export interface InvokeOptions {
  requestId?: string;
  /** The invocation's time budget; sets Lambda-Runtime-Deadline-Ms. Default: the server's timeoutMs. */
  timeoutMs?: number;
  /** Empty string: the header is left out, as the real API does with empty values. */
  traceId?: string;
  clientContext?: string;
  cognitoIdentity?: string;
}

export interface RuntimeApiOptions {
  functionName?: string;
  region?: string;
  /** Default invocation timeout, for the deadline header. */
  timeoutMs?: number;
  /**
   * Sends a /next answer's body once its status and headers are set. The
   * default ends the response with the whole body; a test may inject one that
   * breaks the answer off (see __tests__/helpers/runtime-truncate.ts).
   */
  writeEvent?: EventWriter;
}

/** How a /next body goes out: `framing` is already decided by the headers. */
export type EventWriter = (res: BodySink, body: Buffer, info: { requestId: string; framing: Framing }) => void;

const writeWholeEvent: EventWriter = (res, body) => {
  res.end(body);
};

interface Invocation {
  requestId: string;
  event: Buffer;
  /** The /next answer's own header lines. */
  headers: string;
  state: 'queued' | 'delivered' | 'answered';
  framing?: Framing;
  resolve: (r: InvocationResult) => void;
  reject: (e: Error) => void;
}

export class RuntimeApiServer {
  readonly functionName: string;
  readonly region: string;
  readonly functionArn: string;
  /** Resolves with the first /init/error a runtime posts; never rejects. */
  readonly initError: Promise<InitError>;
  #initError: InitError | undefined;
  #resolveInitError!: (e: InitError) => void;
  #timeoutMs: number;
  #writeEvent: EventWriter;
  #server: net.Server;
  #connections = new Set<HttpConnection>();
  /** Invocations not yet answered, and the last ANSWERED_KEPT answered ones (for 403 and framingOf). */
  #invocations = new Map<string, Invocation>();
  #answered: string[] = [];
  #queue: Invocation[] = [];
  #waiting: { conn: HttpConnection; http10: boolean }[] = [];
  #delivered = 0;
  #closed = false;

  constructor(opts: RuntimeApiOptions = {}) {
    this.functionName = opts.functionName ?? 'nasm-lambda-local';
    this.region = opts.region ?? 'us-east-1';
    this.functionArn = `arn:aws:lambda:${this.region}:123456789012:function:${this.functionName}`;
    this.#timeoutMs = opts.timeoutMs ?? 30_000;
    this.#writeEvent = opts.writeEvent ?? writeWholeEvent;
    this.initError = new Promise((resolve) => (this.#resolveInitError = resolve));
    // /next may wait for hours between events: no request, header or idle timeouts.
    this.#server = net.createServer((socket) => {
      const conn = new HttpConnection(socket, (req, c) => this.#route(req, c), { maxBody: MAX_RESPONSE_BYTES, drainLimit: DRAIN_LIMIT_BYTES });
      this.#connections.add(conn);
      // One listener per connection, not per request: a keep-alive runtime asks for thousands of events on one.
      conn.onClose(() => {
        this.#connections.delete(conn);
        this.#waiting = this.#waiting.filter((w) => w.conn !== conn);
      });
    });
  }

  async start(): Promise<{ host: string; port: number }> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const { address, port } = this.#server.address() as AddressInfo;
    return { host: address, port };
  }

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    const a = this.#server.address() as AddressInfo | null;
    if (!a) throw new Error('RuntimeApiServer is not listening; call start() first');
    return `${a.address}:${a.port}`;
  }

  get initErrorValue(): InitError | undefined {
    return this.#initError;
  }

  /** How many events /next has handed out. */
  get deliveredCount(): number {
    return this.#delivered;
  }

  /** How the /next body of an invocation was framed on the wire (kept for the last 1024 answered). */
  framingOf(requestId: string): Framing | undefined {
    return this.#invocations.get(requestId)?.framing;
  }

  /** Queues an event; resolves when the runtime answers it. */
  invoke(event: string | Buffer, opts: InvokeOptions = {}): Promise<InvocationResult> {
    if (this.#closed) return Promise.reject(new Error('the Runtime API server is closed'));
    const requestId = opts.requestId ?? randomUUID();
    if (this.#invocations.has(requestId)) return Promise.reject(new Error(`request id ${requestId} was already used`));
    const deadline = Date.now() + (opts.timeoutMs ?? this.#timeoutMs);
    const values = [requestId, opts.traceId, opts.clientContext, opts.cognitoIdentity];
    if (values.some((v) => v !== undefined && /[\r\n\0]/.test(v))) {
      return Promise.reject(new Error('a request id or header value holds a line break or NUL'));
    }
    let headers =
      `Content-Type: application/json\r\nLambda-Runtime-Aws-Request-Id: ${requestId}\r\n` +
      `Lambda-Runtime-Deadline-Ms: ${deadline}\r\nLambda-Runtime-Invoked-Function-Arn: ${this.functionArn}\r\n`;
    const optional: [string, string | undefined][] = [
      ['Lambda-Runtime-Trace-Id', opts.traceId ?? newTraceId()],
      ['Lambda-Runtime-Client-Context', opts.clientContext],
      ['Lambda-Runtime-Cognito-Identity', opts.cognitoIdentity],
    ];
    for (const [name, value] of optional) if (value) headers += `${name}: ${value}\r\n`;

    const promise = new Promise<InvocationResult>((resolve, reject) => {
      const inv: Invocation = { requestId, event: Buffer.from(event), headers, state: 'queued', resolve, reject };
      this.#invocations.set(requestId, inv);
      this.#queue.push(inv);
    });
    // Rejected only by close(); a caller that raced it against something else need not listen.
    promise.catch(() => {});
    this.#dispatch();
    return promise;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiting.length = 0;
    for (const inv of this.#invocations.values()) {
      if (inv.state !== 'answered') inv.reject(new Error('the Runtime API server closed before the runtime answered'));
    }
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const conn of this.#connections) conn.socket.destroy();
    await closed;
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && this.#waiting.length > 0) {
      const { conn, http10 } = this.#waiting.shift()!;
      if (conn.closed) continue;
      this.#deliver(this.#queue.shift()!, conn, http10);
    }
  }

  #deliver(inv: Invocation, conn: HttpConnection, http10: boolean): void {
    inv.state = 'delivered';
    this.#delivered++;
    const body = inv.event;
    // Go buffers 2048 bytes before it commits to a Content-Length; past that it chunks
    // for HTTP/1.1, and for HTTP/1.0 it sends the body and closes.
    inv.framing = body.length <= CHUNKED_ABOVE_BYTES ? 'content-length' : http10 ? 'close' : 'chunked';
    const sink = conn.stream(200, inv.headers, inv.framing, body.length);
    this.#writeEvent(sink, body, { requestId: inv.requestId, framing: inv.framing });
  }

  #route(req: HttpRequest, conn: HttpConnection): void {
    const url = req.path;
    if (!url.startsWith(`${BASE}/`)) return this.#notFound(conn);
    const rest = url.slice(BASE.length + 1).split('/');
    if (rest.length === 2 && rest[0] === 'invocation' && rest[1] === 'next') {
      if (req.method !== 'GET') return this.#methodNotAllowed(conn);
      return this.#next(conn, req.http10);
    }
    if (rest.length === 2 && rest[0] === 'init' && rest[1] === 'error') {
      if (req.method !== 'POST') return this.#methodNotAllowed(conn);
      return this.#postInitError(req, conn);
    }
    if (rest.length === 3 && rest[0] === 'invocation' && (rest[2] === 'response' || rest[2] === 'error')) {
      if (req.method !== 'POST') return this.#methodNotAllowed(conn);
      let id: string;
      try {
        id = decodeURIComponent(rest[1]);
      } catch {
        id = rest[1];
      }
      return this.#answer(req, conn, id, rest[2]);
    }
    this.#notFound(conn);
  }

  #next(conn: HttpConnection, http10: boolean): void {
    if (this.#closed) return void conn.socket.destroy();
    this.#waiting.push({ conn, http10 });
    this.#dispatch();
  }

  #answer(req: HttpRequest, conn: HttpConnection, id: string, what: 'response' | 'error'): void {
    const inv = this.#invocations.get(id);
    if (!inv || inv.state === 'queued') return sendJson(conn, 400, INVALID_REQUEST_ID);
    if (inv.state === 'answered') return sendJson(conn, 403, invalidStateTransition(what === 'response' ? 'InvocationResponse' : 'InvocationErrorResponse'));
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
    if (what === 'response') inv.resolve({ kind: 'response', requestId: id, body: req.body });
    else inv.resolve({ kind: 'error', requestId: id, ...parseErrorBody(req.body, req.headers.get('lambda-runtime-function-error-type')) });
    conn.respond(202, 'application/json', STATUS_OK);
  }

  /** Answered: kept a while for 403s and framingOf, then forgotten, so a long run's memory stays flat. */
  #markAnswered(inv: Invocation): void {
    inv.state = 'answered';
    inv.event = EMPTY;
    this.#answered.push(inv.requestId);
    if (this.#answered.length > ANSWERED_KEPT * 2) {
      for (const old of this.#answered.splice(0, this.#answered.length - ANSWERED_KEPT)) this.#invocations.delete(old);
    }
  }

  #postInitError(req: HttpRequest, conn: HttpConnection): void {
    if (this.#initError || this.#delivered > 0) return sendJson(conn, 403, invalidStateTransition('InitError'));
    if (req.tooLarge) return sendJson(conn, 413, TOO_LARGE);
    this.#initError = parseErrorBody(req.body, req.headers.get('lambda-runtime-function-error-type'));
    this.#resolveInitError(this.#initError);
    conn.respond(202, 'application/json', STATUS_OK);
  }

  #notFound(conn: HttpConnection): void {
    conn.respond(404, 'text/plain; charset=utf-8', '404 page not found\n');
  }

  #methodNotAllowed(conn: HttpConnection): void {
    conn.respond(405, 'text/plain; charset=utf-8', '405 method not allowed\n');
  }
}

/** The header's error type as the real API records it. */
export function validErrorType(value: string | undefined): string {
  return value !== undefined && ERROR_TYPE_PATTERN.test(value) ? value : 'Runtime.Unknown';
}

/** Reads an error document; anything that isn't the expected JSON still yields a usable error. */
export function parseErrorBody(data: Buffer, headerValue: string | undefined): InitError {
  const headerErrorType = validErrorType(headerValue);
  let doc: unknown;
  try {
    doc = JSON.parse(data.toString('utf8'));
  } catch {
    doc = undefined;
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const d = doc as Record<string, unknown>;
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

function sendJson(conn: HttpConnection, status: number, body: unknown): void {
  conn.respond(status, 'application/json', JSON.stringify(body));
}

function invalidStateTransition(to: string): { errorMessage: string; errorType: string } {
  return {
    errorMessage: `State transition from RuntimeResponseSentState to ${to} failed for runtime. Error: State transition is not allowed`,
    errorType: 'InvalidStateTransition',
  };
}

/** Random bytes for trace ids, drawn from a pool: one call into the CSPRNG per 200 ids, not per id. */
const randomPool = { bytes: Buffer.alloc(0), at: 0 };
function pooledRandomHex(n: number): string {
  if (randomPool.at + n > randomPool.bytes.length) {
    randomPool.bytes = randomBytes(n * 200);
    randomPool.at = 0;
  }
  randomPool.at += n;
  return randomPool.bytes.toString('hex', randomPool.at - n, randomPool.at);
}

/** An X-Ray trace header of the shape Lambda sends. */
function newTraceId(): string {
  const epoch = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  const hex = pooledRandomHex(20);
  return `Root=1-${epoch}-${hex.slice(0, 24)};Parent=${hex.slice(24)};Sampled=0`;
}

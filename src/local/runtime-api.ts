/**
 * A local Lambda Runtime API (2018-06-01) that behaves as the real service does,
 * so a zip's bootstrap can be invoked with no Docker and no AWS. It backs the
 * action's test-event, `nasm-lambda invoke`, the tests and the benchmark.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** 6 MiB + 100 bytes: the largest response body the real API accepts. */
export const MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;
/** Go's net/http buffers this much before it gives up on Content-Length and chunks. */
export const CHUNKED_ABOVE_BYTES = 2048;
/** Past the limit the body is read and dropped; a client sending this much more is cut off. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const ERROR_TYPE_PATTERN = /^(Runtime|Function)\.[A-Z][a-zA-Z]+$/;
const BASE = '/2018-06-01/runtime';

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
export type EventWriter = (res: http.ServerResponse, body: Buffer, info: { requestId: string; framing: Framing }) => void;

const writeWholeEvent: EventWriter = (res, body) => {
  res.end(body);
};

interface Invocation {
  requestId: string;
  event: Buffer;
  headers: Record<string, string>;
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
  #server: http.Server;
  #invocations = new Map<string, Invocation>();
  #queue: Invocation[] = [];
  #waiting: http.ServerResponse[] = [];
  #delivered = 0;
  #closed = false;

  constructor(opts: RuntimeApiOptions = {}) {
    this.functionName = opts.functionName ?? 'nasm-lambda-local';
    this.region = opts.region ?? 'us-east-1';
    this.functionArn = `arn:aws:lambda:${this.region}:123456789012:function:${this.functionName}`;
    this.#timeoutMs = opts.timeoutMs ?? 30_000;
    this.#writeEvent = opts.writeEvent ?? writeWholeEvent;
    this.initError = new Promise((resolve) => (this.#resolveInitError = resolve));
    // /next may wait for hours between events: no request or header timeouts.
    this.#server = http.createServer({ requestTimeout: 0, headersTimeout: 0, keepAliveTimeout: 60_000 }, (req, res) => this.#route(req, res));
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

  /** How the /next body of an invocation was framed on the wire. */
  framingOf(requestId: string): Framing | undefined {
    return this.#invocations.get(requestId)?.framing;
  }

  /** Queues an event; resolves when the runtime answers it. */
  invoke(event: string | Buffer, opts: InvokeOptions = {}): Promise<InvocationResult> {
    if (this.#closed) return Promise.reject(new Error('the Runtime API server is closed'));
    const requestId = opts.requestId ?? randomUUID();
    if (this.#invocations.has(requestId)) return Promise.reject(new Error(`request id ${requestId} was already used`));
    const deadline = Date.now() + (opts.timeoutMs ?? this.#timeoutMs);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Lambda-Runtime-Aws-Request-Id': requestId,
      'Lambda-Runtime-Deadline-Ms': String(deadline),
      'Lambda-Runtime-Invoked-Function-Arn': this.functionArn,
    };
    const optional: [string, string | undefined][] = [
      ['Lambda-Runtime-Trace-Id', opts.traceId ?? newTraceId()],
      ['Lambda-Runtime-Client-Context', opts.clientContext],
      ['Lambda-Runtime-Cognito-Identity', opts.cognitoIdentity],
    ];
    for (const [name, value] of optional) if (value) headers[name] = value;

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
    for (const res of this.#waiting.splice(0)) res.destroy();
    for (const inv of this.#invocations.values()) {
      if (inv.state !== 'answered') inv.reject(new Error('the Runtime API server closed before the runtime answered'));
    }
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && this.#waiting.length > 0) {
      const res = this.#waiting.shift()!;
      if (res.destroyed || res.writableEnded) continue;
      this.#deliver(this.#queue.shift()!, res);
    }
  }

  #deliver(inv: Invocation, res: http.ServerResponse): void {
    inv.state = 'delivered';
    this.#delivered++;
    const body = inv.event;
    const http10 = res.req.httpVersion === '1.0';
    if (body.length <= CHUNKED_ABOVE_BYTES) {
      inv.framing = 'content-length';
      res.writeHead(200, { ...inv.headers, 'Content-Length': String(body.length) });
    } else {
      // Without a length Node chunks for HTTP/1.1, and for HTTP/1.0 it sends the body and closes.
      inv.framing = http10 ? 'close' : 'chunked';
      res.writeHead(200, inv.headers);
    }
    this.#writeEvent(res, body, { requestId: inv.requestId, framing: inv.framing });
  }

  #route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = (req.url ?? '').split('?')[0];
    if (!url.startsWith(`${BASE}/`)) return this.#notFound(req, res);
    const rest = url.slice(BASE.length + 1).split('/');
    if (rest.length === 2 && rest[0] === 'invocation' && rest[1] === 'next') {
      if (req.method !== 'GET') return this.#methodNotAllowed(req, res);
      return this.#next(req, res);
    }
    if (rest.length === 2 && rest[0] === 'init' && rest[1] === 'error') {
      if (req.method !== 'POST') return this.#methodNotAllowed(req, res);
      return void this.#postInitError(req, res).catch(() => res.destroy());
    }
    if (rest.length === 3 && rest[0] === 'invocation' && (rest[2] === 'response' || rest[2] === 'error')) {
      if (req.method !== 'POST') return this.#methodNotAllowed(req, res);
      let id: string;
      try {
        id = decodeURIComponent(rest[1]);
      } catch {
        id = rest[1];
      }
      return void this.#answer(req, res, id, rest[2]).catch(() => res.destroy());
    }
    this.#notFound(req, res);
  }

  #next(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.resume();
    this.#waiting.push(res);
    res.on('close', () => {
      const i = this.#waiting.indexOf(res);
      if (i >= 0) this.#waiting.splice(i, 1);
    });
    this.#dispatch();
  }

  async #answer(req: http.IncomingMessage, res: http.ServerResponse, id: string, what: 'response' | 'error'): Promise<void> {
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
    if (body === null) return; // the client went away mid-body
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
    if (what === 'response') inv.resolve({ kind: 'response', requestId: id, body: body.data });
    else inv.resolve({ kind: 'error', requestId: id, ...parseErrorBody(body.data, req.headers['lambda-runtime-function-error-type']) });
    sendJson(res, 202, { status: 'OK' });
  }

  async #postInitError(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (this.#initError || this.#delivered > 0) {
      req.resume();
      return sendJson(res, 403, invalidStateTransition('InitError'));
    }
    const body = await readLimited(req);
    if (body === null) return;
    if (body.tooLarge) {
      return sendJson(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
    }
    this.#initError = parseErrorBody(body.data, req.headers['lambda-runtime-function-error-type']);
    this.#resolveInitError(this.#initError);
    sendJson(res, 202, { status: 'OK' });
  }

  #notFound(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.resume();
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
  }

  #methodNotAllowed(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.resume();
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('405 method not allowed\n');
  }
}

/** The header's error type as the real API records it. */
export function validErrorType(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== undefined && ERROR_TYPE_PATTERN.test(v) ? v : 'Runtime.Unknown';
}

/** Reads an error document; anything that isn't the expected JSON still yields a usable error. */
export function parseErrorBody(data: Buffer, headerValue: string | string[] | undefined): InitError {
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

/** Buffers at most MAX_RESPONSE_BYTES; beyond that counts and drops, so a huge body costs no memory. */
function readLimited(req: http.IncomingMessage): Promise<{ data: Buffer; tooLarge: boolean } | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
      else if (chunks.length > 0) chunks.length = 0;
      if (size > MAX_RESPONSE_BYTES + DRAIN_LIMIT_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > MAX_RESPONSE_BYTES ? { data: Buffer.alloc(0), tooLarge: true } : { data: Buffer.concat(chunks), tooLarge: false }));
    req.on('error', () => resolve(null));
    req.on('close', () => {
      if (!req.complete) resolve(null);
    });
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function invalidStateTransition(to: string): { errorMessage: string; errorType: string } {
  return {
    errorMessage: `State transition from RuntimeResponseSentState to ${to} failed for runtime. Error: State transition is not allowed`,
    errorType: 'InvalidStateTransition',
  };
}

/** An X-Ray trace header of the shape Lambda sends. */
function newTraceId(): string {
  const epoch = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
}

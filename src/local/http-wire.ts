/**
 * The HTTP/1.x wire of the local Runtime API: one connection's request parser
 * and response writer, over a plain socket.
 *
 * node:http costs more per request than a runtime written in assembly costs per
 * event, so the benchmark measured the server instead of the runtimes. This
 * speaks only what the Runtime API needs, as Go's net/http (the real service)
 * does: keep-alive for HTTP/1.1 (close for 1.0 unless asked), request bodies
 * framed by Content-Length or chunked, `Expect: 100-continue`, pipelined
 * requests answered in order, and 400/413/431/501 for what it can't take.
 */
import type net from 'node:net';

/** Go's DefaultMaxHeaderBytes: a request head larger than this gets 431. */
const MAX_HEAD_BYTES = 1 << 20;
/** Bytes a client may send ahead (pipelined) while a request waits for its answer. */
const MAX_AHEAD_BYTES = 1 << 20;
const EMPTY = Buffer.alloc(0);
const CRLF2 = Buffer.from('\r\n\r\n');

const STATUS_TEXT: Record<number, string> = {
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

export interface HttpRequest {
  method: string;
  /** The path, query string removed, not decoded. */
  path: string;
  /** Header names lower-cased; a repeated header keeps its first value. */
  headers: Map<string, string>;
  /** The body, or empty when it was over the limit (see `bodyBytes`). */
  body: Buffer;
  /** How many body bytes came, counting those dropped past the limit. */
  bodyBytes: number;
  tooLarge: boolean;
  http10: boolean;
}

export type BodyFraming = 'content-length' | 'chunked' | 'close';

/** A response body being sent; `end` finishes the response. */
export interface BodySink {
  write(chunk: Buffer, done?: () => void): void;
  end(chunk?: Buffer): void;
  /** Drops the connection, as a broken server would. */
  destroy(): void;
}

export interface WireLimits {
  /** Body bytes kept; past this they are counted and dropped. */
  maxBody: number;
  /** Bytes past maxBody after which the connection is cut. */
  drainLimit: number;
}

let dateText = '';
let dateSecond = 0;
/** The Date header, formatted once a second. */
function httpDate(): string {
  const s = Math.floor(Date.now() / 1000);
  if (s !== dateSecond) {
    dateSecond = s;
    dateText = new Date(s * 1000).toUTCString();
  }
  return dateText;
}

type BodyState = { kind: 'length'; left: number } | { kind: 'chunked'; step: 'size' | 'data' | 'data-crlf' | 'trailer'; left: number };

/**
 * One client connection. Requests are parsed one at a time: while one waits for
 * its answer (a GET /next can wait for hours), what the client sends next stays
 * buffered until the answer is out.
 */
export class HttpConnection {
  readonly socket: net.Socket;
  #onRequest: (req: HttpRequest, conn: HttpConnection) => void;
  #limits: WireLimits;
  #buf: Buffer = EMPTY;
  /** Where to resume looking for the end of the head. */
  #scanFrom = 0;
  #head: { method: string; path: string; headers: Map<string, string>; http10: boolean; keepAlive: boolean } | undefined;
  #body: BodyState | undefined;
  #chunks: Buffer[] = [];
  #bodyBytes = 0;
  /** A request was handed on and its response isn't finished. */
  #busy = false;
  #keepAlive = true;
  #closeListeners: (() => void)[] = [];

  constructor(socket: net.Socket, onRequest: (req: HttpRequest, conn: HttpConnection) => void, limits: WireLimits) {
    this.socket = socket;
    this.#onRequest = onRequest;
    this.#limits = limits;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#data(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      for (const f of this.#closeListeners.splice(0)) f();
    });
  }

  get closed(): boolean {
    return this.socket.destroyed;
  }

  onClose(f: () => void): void {
    if (this.socket.destroyed) f();
    else this.#closeListeners.push(f);
  }

  /** A whole response with a Content-Length. */
  respond(status: number, contentType: string, body: Buffer | string): void {
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
  stream(status: number, headerLines: string, framing: BodyFraming, contentLength = 0): BodySink {
    if (framing === 'close') this.#keepAlive = false;
    const framingLine = framing === 'content-length' ? `Content-Length: ${contentLength}\r\n` : framing === 'chunked' ? 'Transfer-Encoding: chunked\r\n' : '';
    let head: Buffer | undefined = Buffer.from(this.#headText(status, headerLines + framingLine));
    let ended = false;
    const send = (parts: Buffer[], done?: () => void): void => {
      if (head) {
        parts.unshift(head);
        head = undefined;
      }
      if (parts.length === 0) return done?.();
      if (this.socket.destroyed) return;
      this.socket.write(parts.length === 1 ? parts[0] : Buffer.concat(parts), done && (() => done()));
    };
    const frame = (chunk: Buffer): Buffer[] =>
      framing !== 'chunked' || chunk.length === 0
        ? chunk.length
          ? [chunk]
          : []
        : [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')];
    return {
      write: (chunk, done) => {
        if (!ended) send(frame(chunk), done);
      },
      end: (chunk) => {
        if (ended) return;
        ended = true;
        const parts = chunk ? frame(chunk) : [];
        if (framing === 'chunked') parts.push(Buffer.from('0\r\n\r\n'));
        send(parts);
        this.#finish();
      },
      destroy: () => {
        ended = true;
        this.socket.destroy();
      },
    };
  }

  #headText(status: number, lines: string): string {
    const close = this.#keepAlive ? '' : 'Connection: close\r\n';
    return `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Unknown'}\r\nDate: ${httpDate()}\r\n${lines}${close}\r\n`;
  }

  /** The response is out: close, or go on with what the client sent meanwhile. */
  #finish(): void {
    this.#busy = false;
    if (!this.#keepAlive) {
      this.socket.end();
      return;
    }
    if (this.#buf.length > 0) this.#pump();
  }

  /** A response the parser itself gives, after which the connection closes. */
  #reject(status: number, text: string): void {
    this.#keepAlive = false;
    this.#busy = true;
    this.#buf = EMPTY;
    this.respond(status, 'text/plain; charset=utf-8', `${status} ${text}\n`);
  }

  #data(chunk: Buffer): void {
    if (!this.#keepAlive) return; // after the last request of a closing connection
    // Pipelined ahead of an answer: kept, within reason.
    if (this.#busy && this.#buf.length + chunk.length > MAX_AHEAD_BYTES) return void this.socket.destroy();
    this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
    if (this.#busy) return;
    // Answers given in this turn, and in the promise callbacks it sets off (an
    // event invoke()d as soon as the last answer came, for a GET /next sent
    // along with that POST), leave in one write.
    this.socket.cork();
    setImmediate(() => this.socket.uncork());
    this.#pump();
  }

  /** Parses and hands on requests until one waits, the data runs out, or the connection ends. */
  #pump(): void {
    while (!this.#busy && this.#keepAlive && !this.socket.destroyed) {
      if (!this.#head) {
        if (!this.#parseHead()) return;
      }
      if (this.#body && !this.#readBody()) return;
      if (this.socket.destroyed) return; // cut off while draining an oversized body
      const head = this.#head!;
      const req: HttpRequest = {
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
  #parseHead(): boolean {
    // A client may send empty lines between requests (RFC 9112 2.2).
    while (this.#buf.length >= 2 && this.#buf[0] === 0x0d && this.#buf[1] === 0x0a) this.#buf = this.#buf.subarray(2);
    const end = this.#buf.indexOf(CRLF2, Math.max(0, this.#scanFrom - 3));
    if (end < 0) {
      this.#scanFrom = this.#buf.length;
      if (this.#buf.length > MAX_HEAD_BYTES) this.#reject(431, 'Request Header Fields Too Large');
      return false;
    }
    this.#scanFrom = 0;
    if (end > MAX_HEAD_BYTES) return (this.#reject(431, 'Request Header Fields Too Large'), false);
    const lines = this.#buf.subarray(0, end).toString('latin1').split('\r\n');
    this.#buf = this.#buf.subarray(end + 4);
    const m = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
    if (!m) return (this.#reject(400, 'Bad Request'), false);
    const headers = new Map<string, string>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(':');
      if (colon <= 0 || /[\s]/.test(line[colon - 1])) return (this.#reject(400, 'Bad Request'), false);
      const name = line.slice(0, colon).toLowerCase();
      const value = line.slice(colon + 1).trim();
      const seen = headers.get(name);
      if (name === 'content-length' && seen !== undefined && seen !== value) return (this.#reject(400, 'Bad Request'), false);
      if (seen === undefined) headers.set(name, value);
    }
    const http10 = m[3] === '0';
    const connection = (headers.get('connection') ?? '').toLowerCase();
    const keepAlive = http10 ? connection === 'keep-alive' : connection !== 'close';
    const te = headers.get('transfer-encoding');
    const cl = headers.get('content-length');
    if (te !== undefined) {
      if (te.toLowerCase() !== 'chunked') return (this.#reject(501, 'Not Implemented'), false);
      this.#body = { kind: 'chunked', step: 'size', left: 0 };
    } else if (cl !== undefined) {
      if (!/^\d{1,15}$/.test(cl)) return (this.#reject(400, 'Bad Request'), false);
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
  #readBody(): boolean {
    const body = this.#body!;
    while (this.#buf.length > 0) {
      if (body.kind === 'length' || body.step === 'data') {
        const n = Math.min(body.left, this.#buf.length);
        this.#keep(this.#buf.subarray(0, n));
        this.#buf = n === this.#buf.length ? EMPTY : this.#buf.subarray(n);
        body.left -= n;
        if (body.left > 0) return false;
        if (body.kind === 'length') return true;
        body.step = 'data-crlf';
        continue;
      }
      const eol = this.#buf.indexOf('\r\n');
      if (eol < 0) {
        if (this.#buf.length > 4096) return (this.#reject(400, 'Bad Request'), false);
        return false;
      }
      const line = this.#buf.subarray(0, eol).toString('latin1');
      this.#buf = this.#buf.subarray(eol + 2);
      if (body.step === 'data-crlf') {
        if (line !== '') return (this.#reject(400, 'Bad Request'), false);
        body.step = 'size';
      } else if (body.step === 'size') {
        const m = /^([0-9a-fA-F]{1,12})[ \t]*(;.*)?$/.exec(line);
        if (!m) return (this.#reject(400, 'Bad Request'), false);
        body.left = parseInt(m[1], 16);
        body.step = body.left === 0 ? 'trailer' : 'data';
      } else if (line === '') {
        return true; // the empty line after the trailers
      }
    }
    return false;
  }

  #keep(part: Buffer): void {
    if (part.length === 0) return;
    this.#bodyBytes += part.length;
    if (this.#bodyBytes <= this.#limits.maxBody) this.#chunks.push(part);
    else {
      this.#chunks = [];
      if (this.#bodyBytes > this.#limits.maxBody + this.#limits.drainLimit) this.socket.destroy();
    }
  }
}

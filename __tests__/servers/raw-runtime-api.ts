/**
 * A fake Runtime API over raw TCP, for what RuntimeApiServer (Node's http)
 * can't be made to do: exact bytes, framing of every kind, answers split into
 * pieces that arrive in separate reads, cut-off answers, odd header orders.
 * It records each request the runtime sends, byte for byte.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export interface RawRequest {
  method: string;
  path: string;
  version: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  /** Which accepted connection it came on, from 0. */
  connection: number;
  /** Which read (of all connections', from 0) completed it: requests sent in one write share it. */
  read: number;
}

export type Reply =
  /** Each piece is written on its own, gapMs apart (default 2 ms), then the connection stays open unless close. */
  | { pieces: (Buffer | string)[]; gapMs?: number; close?: boolean }
  /** Never answer (the request is still recorded). */
  | { hang: true }
  /** Close the connection without a byte. */
  | { drop: true };

export type Script = (req: RawRequest, index: number) => Reply | Promise<Reply>;

export class RawRuntimeApi {
  readonly requests: RawRequest[] = [];
  connections = 0;
  #reads = 0;
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();
  #waiters: (() => void)[] = [];

  constructor(script: Script) {
    this.#server = net.createServer((socket) => this.#serve(socket, script));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return this.address;
  }

  get address(): string {
    const a = this.#server.address() as AddressInfo;
    return `${a.address}:${a.port}`;
  }

  /** Resolves once n requests came in; fails after ms. */
  async waitForRequests(n: number, ms = 15_000): Promise<void> {
    const t0 = Date.now();
    while (this.requests.length < n) {
      if (Date.now() - t0 > ms) throw new Error(`waited ${ms} ms for ${n} requests, got ${this.requests.length}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50).unref();
      });
    }
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #serve(socket: net.Socket, script: Script): void {
    const connection = this.connections++;
    this.#sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    let read = -1;
    let busy = false;
    let dead = false;
    socket.on('close', () => (dead = true));
    const pump = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      try {
        for (;;) {
          const req = parseRequest(buf, connection, read);
          if (!req) break;
          buf = buf.subarray(req.size);
          const index = this.requests.push(req.request) - 1;
          for (const w of this.#waiters.splice(0)) w();
          const reply = await script(req.request, index);
          if ('hang' in reply) return;
          if ('drop' in reply) return void socket.destroy();
          for (const [i, piece] of reply.pieces.entries()) {
            if (dead) return;
            socket.write(piece);
            if (i < reply.pieces.length - 1) await delay(reply.gapMs ?? 2);
          }
          // Once it said close, what comes after on this connection is not read.
          if (reply.close) {
            dead = true;
            return void socket.end();
          }
        }
      } finally {
        busy = false;
      }
    };
    socket.on('data', (d: Buffer) => {
      if (dead) return;
      buf = Buffer.concat([buf, d]);
      read = this.#reads++;
      void pump();
    });
  }
}

function parseRequest(buf: Buffer, connection: number, read: number): { request: RawRequest; size: number } | undefined {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
  const [method, path, version] = lines[0].split(' ');
  const headers: Record<string, string> = {};
  for (const l of lines.slice(1)) {
    const at = l.indexOf(':');
    if (at > 0) headers[l.slice(0, at).toLowerCase()] = l.slice(at + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  if (buf.length < end + 4 + length) return undefined;
  const body = Buffer.from(buf.subarray(end + 4, end + 4 + length));
  return { request: { method, path, version, headers, body, connection, read }, size: end + 4 + length };
}

export interface NextAnswer {
  id?: string;
  body?: Buffer | string;
  /** Extra or replacing header lines, in this order, after the status line. Default: the usual ones. */
  headers?: [string, string][];
  framing?: 'length' | 'chunked' | 'none';
  /** Chunk size for chunked framing. */
  chunk?: number;
  /** Put in every chunk-size line (e.g. ';ext=1'). */
  chunkExtension?: string;
  trailers?: [string, string][];
  status?: string;
}

/** The bytes of a /next answer. */
export function nextAnswer(a: NextAnswer): Buffer {
  const body = Buffer.from(a.body ?? '{}');
  const framing = a.framing ?? 'length';
  const head: [string, string][] = a.headers ?? [
    ['Content-Type', 'application/json'],
    ['Lambda-Runtime-Aws-Request-Id', a.id ?? 'req-1'],
    ['Lambda-Runtime-Deadline-Ms', String(Date.now() + 30_000)],
    ['Lambda-Runtime-Invoked-Function-Arn', 'arn:aws:lambda:us-east-1:123456789012:function:raw'],
    ['Lambda-Runtime-Trace-Id', 'Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0'],
  ];
  const lines = [`HTTP/1.1 ${a.status ?? '200 OK'}`, ...head.map(([k, v]) => `${k}: ${v}`)];
  if (framing === 'length') lines.push(`Content-Length: ${body.length}`);
  if (framing === 'chunked') lines.push('Transfer-Encoding: chunked');
  const headBytes = Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1');
  if (framing !== 'chunked') return Buffer.concat([headBytes, body]);
  const parts: Buffer[] = [headBytes];
  const step = Math.max(1, a.chunk ?? 1024);
  for (let i = 0; i < body.length; i += step) {
    const piece = body.subarray(i, i + step);
    parts.push(Buffer.from(`${piece.length.toString(16)}${a.chunkExtension ?? ''}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`0${a.chunkExtension ?? ''}\r\n`));
  for (const [k, v] of a.trailers ?? []) parts.push(Buffer.from(`${k}: ${v}\r\n`));
  parts.push(Buffer.from('\r\n'));
  return Buffer.concat(parts);
}

/** 202 {"status":"OK"}, as the Runtime API answers a POST. */
export function accepted(extra: [string, string][] = []): Buffer {
  const body = '{"status":"OK"}';
  const lines = ['HTTP/1.1 202 Accepted', 'Content-Type: application/json', ...extra.map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`];
  return Buffer.from(lines.join('\r\n') + '\r\n\r\n' + body);
}

/** A JSON answer with any status. */
export function jsonAnswer(status: string, doc: unknown): Buffer {
  const body = JSON.stringify(doc);
  return Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** Splits bytes into pieces of `size` (1: every byte its own write). */
export function splitEvery(b: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

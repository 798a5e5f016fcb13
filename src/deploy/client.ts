import { Readable } from 'node:stream';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DeployOptions } from '../types.ts';
import type { Deadline } from './deadline.ts';
import type { Pacing } from './pacing.ts';

/**
 * A failed Lambda API call, with the operation that failed so errors can name
 * the IAM action (`lambda:<Operation>`) and the request id for AWS support.
 */
export class LambdaCallError extends Error {
  override name = 'LambdaCallError';
  readonly operation: string;
  /** The AWS error code, e.g. ResourceNotFoundException, or the SDK's own error name. */
  readonly code: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly attempts?: number;

  constructor(operation: string, cause: unknown) {
    const e = cause as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number } };
    super(e?.message ?? String(cause), { cause });
    this.operation = operation;
    this.code = (e?.name && e.name !== 'Error' ? e.name : e?.code) ?? 'Error';
    this.status = e?.$metadata?.httpStatusCode;
    this.requestId = e?.$metadata?.requestId;
    this.attempts = e?.$metadata?.attempts;
  }
}

export function isAwsError(err: unknown, ...codes: string[]): err is LambdaCallError {
  return err instanceof LambdaCallError && codes.includes(err.code);
}

/**
 * The SDK client: default credential chain only (whatever
 * configure-aws-credentials put in the environment), standard retries for
 * throttling and 5xx. Without `endpointUrl` the SDK still honours
 * AWS_ENDPOINT_URL_LAMBDA on its own.
 *
 * Timeouts. In @smithy/node-http-handler 4.x `requestTimeout` only logs a
 * warning unless `throwOnRequestTimeout` is set, and even then it caps the
 * whole request, which would fail a slow upload that is still moving. What we
 * want is an idle timeout, which `socketTimeout` is: `socket.setTimeout()`,
 * reset by every read and every completed write, failing the request with a
 * TimeoutError. During one big write Node only suppresses the timeout when the
 * handle's writeQueueSize changed since the last check, and in one measured run
 * (30 MB through `end(body)`, a reader at 1.3 MB/s) it did not refresh and the
 * timeout fired mid-upload. `chunkedBodies` below therefore hands the body over
 * as a stream of 64 KiB pieces, each a completed write of its own, so a body
 * that keeps moving keeps the connection alive. (What the kernel's send buffer
 * holds is still invisible: a peer that takes longer than the idle timeout to
 * read that much is treated as stalled.) The whole deploy is bounded
 * separately by deploy-timeout (see deadline.ts).
 */
export function createLambdaClient(opts: DeployOptions, pacing: Pacing, idleTimeoutMs = pacing.idleTimeoutMs): LambdaClient {
  if (!opts.region) {
    throw new NasmLambdaError('no AWS region', {
      input: 'region',
      fix: 'set region, or AWS_REGION (configure-aws-credentials sets it)',
    });
  }
  if (opts.endpointUrl) {
    try {
      new URL(opts.endpointUrl);
    } catch {
      throw new NasmLambdaError(`"${opts.endpointUrl}" is not a URL`, { input: 'endpoint-url', fix: 'use e.g. http://localhost:4566' });
    }
  }
  const client = new LambdaClient({
    region: opts.region,
    ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
    retryMode: 'standard',
    maxAttempts: pacing.sdkMaxAttempts,
    requestHandler: { connectionTimeout: Math.min(10_000, idleTimeoutMs), socketTimeout: idleTimeoutMs },
  });
  client.middlewareStack.add(chunkedBodies, { step: 'deserialize', priority: 'low', name: 'nasmLambdaChunkedBody' });
  return client;
}

/** The endpoint calls go to, for error messages. */
export function endpointOf(opts: { endpointUrl?: string; region: string }, env: NodeJS.ProcessEnv = process.env): string {
  return opts.endpointUrl || env.AWS_ENDPOINT_URL_LAMBDA || env.AWS_ENDPOINT_URL || `https://lambda.${opts.region}.amazonaws.com`;
}

export const BODY_CHUNK_BYTES = 64 * 1024;

/**
 * Right before the HTTP handler (inside the retry loop, after signing): a
 * string or byte body becomes a fresh stream of 64 KiB pieces for each attempt.
 * The request is copied, never changed, so a retry starts from the bytes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const chunkedBodies = (next: (args: any) => Promise<any>) => async (args: { request: unknown }) => {
  const request = args.request as { body?: unknown } | undefined;
  const body = request?.body;
  let bytes: Buffer | undefined;
  if (typeof body === 'string') bytes = Buffer.from(body, 'utf8');
  else if (body instanceof Uint8Array) bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (!bytes || bytes.length <= BODY_CHUNK_BYTES) return next(args);
  const whole = bytes;
  const pieces = function* () {
    for (let at = 0; at < whole.length; at += BODY_CHUNK_BYTES) yield whole.subarray(at, at + BODY_CHUNK_BYTES);
  };
  const copy = Object.assign(Object.create(Object.getPrototypeOf(request) as object) as object, request, {
    body: Readable.from(pieces(), { objectMode: false }),
  });
  return next({ ...args, request: copy });
};

/** Sends calls, logs their request ids, and wraps failures in LambdaCallError. */
export class LambdaApi {
  readonly client: LambdaClient;
  readonly log: Logger;
  /** The deploy-timeout bound, shared by every call and wait of one run. */
  readonly deadline?: Deadline;
  /** `client`, with the deadline's abortSignal added to every send. */
  readonly #bound: LambdaClient;

  constructor(client: LambdaClient, log: Logger, deadline?: Deadline) {
    this.client = client;
    this.log = log;
    this.deadline = deadline;
    const signal = deadline?.signal;
    if (!signal) {
      this.#bound = client;
    } else {
      const bound = Object.create(client) as LambdaClient;
      const send = client.send.bind(client) as (command: unknown, options?: Record<string, unknown>) => Promise<unknown>;
      bound.send = ((command: unknown, options?: Record<string, unknown>) => send(command, { ...options, abortSignal: signal })) as LambdaClient['send'];
      this.#bound = bound;
    }
  }

  /** The deadline's signal, for waits between calls. */
  get signal(): AbortSignal | undefined {
    return this.deadline?.signal;
  }

  async call<T>(operation: string, send: (client: LambdaClient) => Promise<T>): Promise<T> {
    let out: T;
    const deadline = this.deadline;
    try {
      if (deadline) {
        deadline.check();
        deadline.activity = { call: operation };
        // The SDK checks the signal per attempt, but not during its backoff sleeps: race it too.
        out = await deadline.race(send(this.#bound));
      } else {
        out = await send(this.#bound);
      }
    } catch (err) {
      if (deadline?.expired) throw deadline.error();
      const wrapped = new LambdaCallError(operation, err);
      this.log.debug(
        `${operation}: ${wrapped.code}${wrapped.status ? ` (HTTP ${wrapped.status})` : ''}${wrapped.requestId ? `, request id ${wrapped.requestId}` : ''}`,
      );
      throw wrapped;
    }
    const meta = (out as { $metadata?: { requestId?: string; attempts?: number } }).$metadata;
    const retried = meta?.attempts && meta.attempts > 1 ? ` after ${meta.attempts} attempts` : '';
    this.log.debug(`${operation}: ok${retried}${meta?.requestId ? `, request id ${meta.requestId}` : ''}`);
    return out;
  }

  /** Like call, but a ResourceNotFoundException yields undefined. */
  async find<T>(operation: string, send: (client: LambdaClient) => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(operation, send);
    } catch (err) {
      if (isAwsError(err, 'ResourceNotFoundException')) return undefined;
      throw err;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

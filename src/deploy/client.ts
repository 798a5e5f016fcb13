import { LambdaClient } from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DeployOptions } from '../types.ts';
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
 */
export function createLambdaClient(opts: DeployOptions, pacing: Pacing): LambdaClient {
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
  return new LambdaClient({
    region: opts.region,
    ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
    retryMode: 'standard',
    maxAttempts: pacing.sdkMaxAttempts,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: pacing.requestTimeoutMs },
  });
}

/** Sends calls, logs their request ids, and wraps failures in LambdaCallError. */
export class LambdaApi {
  readonly client: LambdaClient;
  readonly log: Logger;

  constructor(client: LambdaClient, log: Logger) {
    this.client = client;
    this.log = log;
  }

  async call<T>(operation: string, send: (client: LambdaClient) => Promise<T>): Promise<T> {
    let out: T;
    try {
      out = await send(this.client);
    } catch (err) {
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

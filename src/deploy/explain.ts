import { NasmLambdaError } from '../errors.ts';
import { LambdaCallError } from './client.ts';

export const CONCURRENCY_FIX = 'serialise deploys of this function with `concurrency: { group: deploy-<function>, cancel-in-progress: false }` in the workflow';

/**
 * Turns whatever a Lambda call threw into one line a user can act on. Only the
 * operation, the AWS error code, its message and the request id are used:
 * credentials and request bodies never reach an error message.
 */
export function explainFailure(err: unknown, ctx: { functionName: string; endpointUrl?: string; endpoint?: string }): NasmLambdaError {
  if (err instanceof NasmLambdaError) return err;
  if (!(err instanceof LambdaCallError)) {
    return new NasmLambdaError(`deploy failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const id = err.requestId ? ` (request id ${err.requestId})` : '';
  const action = `lambda:${err.operation}`;
  switch (err.code) {
    case 'CredentialsProviderError':
      return new NasmLambdaError('no AWS credentials', {
        fix: 'add aws-actions/configure-aws-credentials (OIDC, with permissions: id-token: write) before this step',
        cause: err,
      });
    case 'AccessDeniedException':
    case 'AccessDenied':
      return new NasmLambdaError(`AWS denied ${action} on ${ctx.functionName}${id}`, {
        fix: `allow ${action} on this function in the role's policy`,
        cause: err,
      });
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return new NasmLambdaError(`AWS rejected the credentials for ${action}: ${err.code}${id}`, {
        fix: 'check the configure-aws-credentials step (role, region) and that the session has not expired',
        cause: err,
      });
    case 'TooManyRequestsException':
    case 'ThrottlingException':
      return new NasmLambdaError(`Lambda kept throttling ${err.operation}${attempts(err)}${id}`, {
        fix: 'retry the job later, or ask AWS for a higher Lambda control-plane quota',
        cause: err,
      });
    case 'ResourceConflictException':
      return new NasmLambdaError(`${err.operation} on ${ctx.functionName} kept meeting another update in progress${id}`, {
        fix: CONCURRENCY_FIX,
        cause: err,
      });
    case 'CodeStorageExceededException':
      return new NasmLambdaError(`the account's Lambda code storage is full${id}`, {
        fix: 'delete old function versions (PR previews publish one per push)',
        cause: err,
      });
  }
  if (err.status !== undefined && err.status >= 500) {
    return new NasmLambdaError(`Lambda failed ${err.operation} with HTTP ${err.status} ${err.code}${attempts(err)}${id}`, {
      fix: 'this is on the AWS side; retry the job later',
      cause: err,
    });
  }
  if (err.status === undefined && err.code === 'TimeoutError' && /inactivity|timed out/i.test(err.message)) {
    const where = ctx.endpoint ?? ctx.endpointUrl ?? 'the Lambda endpoint';
    return new NasmLambdaError(`${err.operation} to ${where} stalled: the connection sent and received nothing for too long${attempts(err)}`, {
      input: ctx.endpointUrl ? 'endpoint-url' : undefined,
      fix: "check that the endpoint answers and the runner's network (a proxy or firewall that swallows connections looks like this); run the job again",
      cause: err,
    });
  }
  if (err.status === undefined && /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|TimeoutError|socket hang up/i.test(`${err.code} ${err.message}`)) {
    const where = ctx.endpointUrl ?? 'the Lambda endpoint';
    return new NasmLambdaError(`could not reach ${where} for ${err.operation}: ${err.message}`, {
      input: ctx.endpointUrl ? 'endpoint-url' : undefined,
      fix: ctx.endpointUrl ? 'check the URL and that the service is running' : "check the region and the runner's network",
      cause: err,
    });
  }
  return new NasmLambdaError(`${err.operation} on ${ctx.functionName} failed: ${err.code}: ${err.message}${id}`, {
    fix: "fix what Lambda's message names, then run the deploy again",
    cause: err,
  });
}

function attempts(err: LambdaCallError): string {
  return err.attempts && err.attempts > 1 ? ` after ${err.attempts} attempts` : '';
}

import type { Logger } from '../log.ts';
import type { NasmLambdaError } from '../errors.ts';
import type { DeployOptions } from '../types.ts';
import { LambdaApi, createLambdaClient, endpointOf } from './client.ts';
import { DEFAULT_DEPLOY_TIMEOUT_SECONDS, Deadline } from './deadline.ts';
import { explainFailure } from './explain.ts';
import type { Pacing } from './pacing.ts';
import { remoteTest, type RemoteTestResult } from './remote-test.ts';

/** One run's connection to Lambda: the client, bounded by deploy-timeout. */
export function openApi(opts: DeployOptions, log: Logger, p: Pacing): { api: LambdaApi; close: () => void; explain: (err: unknown) => NasmLambdaError } {
  const endpoint = endpointOf(opts);
  const client = createLambdaClient(opts, p);
  const deadline = new Deadline(opts.deployTimeoutSeconds ?? DEFAULT_DEPLOY_TIMEOUT_SECONDS, endpoint);
  const api = new LambdaApi(client, log, deadline);
  return {
    api,
    close: () => {
      api.destroy();
      deadline.dispose();
    },
    explain: (err) => explainFailure(err, { functionName: opts.functionName, endpointUrl: opts.endpointUrl, endpoint }),
  };
}

/**
 * remote-test of one version, on a client whose idle timeout outlasts the
 * function's own timeout (Invoke is silent while the function runs).
 */
export async function testVersion(
  api: LambdaApi,
  p: Pacing,
  opts: DeployOptions,
  version: string,
  timeoutSeconds: number | undefined,
): Promise<RemoteTestResult> {
  const idle = Math.max(p.idleTimeoutMs, ((timeoutSeconds ?? 900) + 30) * 1000);
  const invoker = new LambdaApi(createLambdaClient(opts, p, idle), api.log, api.deadline);
  try {
    return await remoteTest(invoker, opts.functionName, version, opts.remoteTest!.event, opts.expectResponse);
  } finally {
    invoker.destroy();
  }
}

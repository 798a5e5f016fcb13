import { GetFunctionConfigurationCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import { isAwsError, type LambdaApi } from './client.ts';
import { CONCURRENCY_FIX } from './explain.ts';
import { delayFor, sleep, type Pacing } from './pacing.ts';

export function isBusy(c: FunctionConfiguration): boolean {
  return c.State === 'Pending' || c.LastUpdateStatus === 'InProgress';
}

/**
 * Polls $LATEST until our own write has settled: LastUpdateStatus Successful
 * (and State Active after a create). Lambda refuses the next write (409) until then,
 * which is the bug this stage exists to avoid. A Failed update is an error
 * carrying Lambda's reason; the wait is bounded by `pacing.timeoutMs`.
 */
export async function waitForUpdate(api: LambdaApi, functionName: string, pacing: Pacing, after: string): Promise<FunctionConfiguration> {
  return poll(api, functionName, pacing, after, (c) => {
    if (c.LastUpdateStatus === 'Failed') {
      throw new NasmLambdaError(
        `${after} of ${functionName} failed: ${c.LastUpdateStatusReasonCode ?? 'Failed'}: ${c.LastUpdateStatusReason ?? 'no reason given'}`,
        { fix: 'fix what Lambda names, then run the deploy again' },
      );
    }
    if (c.State === 'Failed') {
      throw new NasmLambdaError(`${functionName} is in state Failed after ${after}: ${c.StateReasonCode ?? ''} ${c.StateReason ?? ''}`.trim(), {
        fix: 'fix what Lambda names (often the role), then run the deploy again',
      });
    }
    // After a create the function must become Active. After an update only the
    // update must settle: a function idle for weeks is Inactive and stays so
    // until invoked, and waiting for Active would time out (the SDK's own
    // FunctionUpdatedV2 waiter also looks at LastUpdateStatus alone).
    if (after === 'CreateFunction') return c.State === 'Active' && c.LastUpdateStatus === 'Successful';
    return c.State !== 'Pending' && c.LastUpdateStatus === 'Successful';
  });
}

/** Polls until nobody's update is in flight; used before our first write and between conflict retries. */
export async function waitUntilIdle(api: LambdaApi, functionName: string, pacing: Pacing, why: string): Promise<FunctionConfiguration> {
  return poll(api, functionName, pacing, why, (c) => !isBusy(c));
}

async function poll(
  api: LambdaApi,
  functionName: string,
  pacing: Pacing,
  what: string,
  done: (c: FunctionConfiguration) => boolean,
): Promise<FunctionConfiguration> {
  const started = Date.now();
  const waitSleep = (ms: number) => sleepOn(api, ms, `${functionName} to settle after ${what}`);
  for (let n = 0; ; n++) {
    const c = await api.call('GetFunctionConfiguration', (l) => l.send(new GetFunctionConfigurationCommand({ FunctionName: functionName })));
    if (done(c)) return c;
    const waited = Date.now() - started;
    if (waited >= pacing.timeoutMs) {
      throw new NasmLambdaError(
        `${functionName} still reports State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus} ${Math.round(waited / 1000)} s after ${what}`,
        { fix: 'check the function in the Lambda console; if another deployment is running, ' + CONCURRENCY_FIX },
      );
    }
    api.log.debug(`${functionName}: State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus}; polling again`);
    await waitSleep(Math.min(delayFor(pacing, n), Math.max(0, pacing.timeoutMs - waited)));
  }
}

/**
 * Runs a read-then-write step, again after the function goes idle whenever
 * Lambda answers 409 ResourceConflictException (an update in progress, or a
 * resource another run created between our read and our write) or 412
 * PreconditionFailed (a revision moved). The step re-reads each time, so a
 * retry never repeats a write blindly. The SDK does not retry these itself.
 */
export async function withConflictRetry<T>(api: LambdaApi, functionName: string, pacing: Pacing, what: string, step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!isAwsError(err, 'ResourceConflictException', 'PreconditionFailedException') || attempt >= pacing.conflictAttempts) throw err;
      api.log.info(`${what}: Lambda answered ${err.code} (${err.message}); waiting and trying again (${attempt}/${pacing.conflictAttempts - 1})`);
      await sleepOn(api, delayFor(pacing, attempt - 1), `a retry of ${what}`);
      await waitUntilIdle(api, functionName, pacing, `a conflict on ${what}`);
    }
  }
}

/** A sleep bounded by the deploy's deadline; when time is up it throws the deadline's error. */
export async function sleepOn(api: LambdaApi, ms: number, what: string): Promise<void> {
  if (api.deadline) api.deadline.activity = { wait: what };
  try {
    await sleep(ms, api.signal);
  } catch (err) {
    api.deadline?.check();
    throw err;
  }
}

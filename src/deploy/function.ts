import {
  CreateFunctionCommand,
  GetFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import { CREATE_RUNTIME } from './checks.ts';
import { isAwsError, type LambdaApi } from './client.ts';
import { CONCURRENCY_FIX } from './explain.ts';
import type { Pacing } from './pacing.ts';
import { sleepOn, waitForUpdate, withConflictRetry } from './wait.ts';

/** Writes and reads of the function itself ($LATEST and its versions). */

/** The function's configuration, or undefined when it does not exist. */
export async function readFunction(api: LambdaApi, name: string): Promise<FunctionConfiguration | undefined> {
  const out = await api.find('GetFunction', (l) => l.send(new GetFunctionCommand({ FunctionName: name })));
  return out?.Configuration;
}

/**
 * CreateFunction with what a NASM binary needs and nothing else. Returns
 * undefined when another run created it first, so the caller can take the
 * update path instead.
 */
export async function createFunction(
  api: LambdaApi,
  pacing: Pacing,
  init: { name: string; role: string; handler: string; zip: Uint8Array },
): Promise<FunctionConfiguration | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      await api.call('CreateFunction', (l) =>
        l.send(
          new CreateFunctionCommand({
            FunctionName: init.name,
            Role: init.role,
            Runtime: CREATE_RUNTIME,
            Handler: init.handler,
            Architectures: ['x86_64'],
            PackageType: 'Zip',
            Code: { ZipFile: init.zip },
          }),
        ),
      );
      break;
    } catch (err) {
      if (isAwsError(err, 'ResourceConflictException')) {
        api.log.info(`${init.name} was created by someone else meanwhile; updating it instead`);
        return undefined;
      }
      // A role created moments ago is not yet assumable by Lambda; IAM needs a few seconds.
      const propagating = isAwsError(err, 'InvalidParameterValueException') && /cannot be assumed/i.test(err.message);
      if (!propagating || attempt >= pacing.conflictAttempts) {
        if (propagating) {
          throw new NasmLambdaError(`Lambda cannot assume the role ${init.role}`, {
            input: 'role',
            fix: 'the role needs a trust policy for lambda.amazonaws.com (sts:AssumeRole); a new role needs a few seconds to propagate',
            cause: err,
          });
        }
        throw err;
      }
      const delay = Math.min(10_000, pacing.roleRetryDelayMs * 2 ** (attempt - 1));
      api.log.info(`Lambda cannot assume ${init.role} yet; retrying in ${delay} ms (${attempt}/${pacing.conflictAttempts - 1})`);
      await sleepOn(api, delay, `IAM to let Lambda assume ${init.role}`);
    }
  }
  return waitForUpdate(api, init.name, pacing, 'CreateFunction');
}

/** Changes the Handler and nothing else: runtime, environment, memory and the rest stay the user's. */
export async function updateHandler(api: LambdaApi, pacing: Pacing, name: string, handler: string): Promise<FunctionConfiguration> {
  await withConflictRetry(api, name, pacing, 'UpdateFunctionConfiguration', () =>
    api.call('UpdateFunctionConfiguration', (l) => l.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Handler: handler }))),
  );
  return waitForUpdate(api, name, pacing, 'UpdateFunctionConfiguration');
}

/** Uploads the zip as ZipFile bytes for x86_64 and waits for the update to settle. */
export async function updateCode(
  api: LambdaApi,
  pacing: Pacing,
  name: string,
  zip: Uint8Array,
  codeSha256: string,
  /** Called once Lambda has taken the upload: $LATEST changes even if the wait below fails. */
  onAccepted?: () => void,
): Promise<FunctionConfiguration> {
  const out = await withConflictRetry(api, name, pacing, 'UpdateFunctionCode', () =>
    api.call('UpdateFunctionCode', (l) => l.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip, Architectures: ['x86_64'] }))),
  );
  onAccepted?.();
  if (out.CodeSha256 && out.CodeSha256 !== codeSha256) {
    throw new NasmLambdaError(`Lambda computed CodeSha256 ${out.CodeSha256} for the upload, but function.zip has ${codeSha256}`, {
      fix: 'the upload was altered on the way (a proxy?); run the job again',
    });
  }
  return waitForUpdate(api, name, pacing, 'UpdateFunctionCode');
}

/** UpdateFunctionCode with DryRun: Lambda validates the request and the permission, and changes nothing. */
export async function dryRunCode(api: LambdaApi, name: string, zip: Uint8Array): Promise<FunctionConfiguration> {
  return api.call('UpdateFunctionCode', (l) =>
    l.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip, Architectures: ['x86_64'], DryRun: true })),
  );
}

/**
 * Publishes $LATEST only if it still holds our code: PublishVersion checks
 * CodeSha256, so a workflow that raced us onto $LATEST makes this fail instead
 * of publishing its code under our alias. An unchanged $LATEST gives back the
 * existing version.
 */
export async function publishVersion(
  api: LambdaApi,
  pacing: Pacing,
  name: string,
  codeSha256: string,
  description: string | undefined,
): Promise<FunctionConfiguration> {
  let out: FunctionConfiguration;
  try {
    out = await withConflictRetry(api, name, pacing, 'PublishVersion', () =>
      api.call('PublishVersion', (l) =>
        l.send(new PublishVersionCommand({ FunctionName: name, CodeSha256: codeSha256, ...(description ? { Description: description } : {}) })),
      ),
    );
  } catch (err) {
    if (isAwsError(err, 'InvalidParameterValueException') && /CodeSHA256/i.test(err.message)) {
      throw raced(name, err);
    }
    throw err;
  }
  if (out.CodeSha256 !== codeSha256) throw raced(name, undefined, out.CodeSha256);
  return out;
}

function raced(name: string, cause?: unknown, found?: string): NasmLambdaError {
  return new NasmLambdaError(
    `another workflow changed $LATEST of ${name} before the version was published${found ? ` (it holds CodeSha256 ${found})` : ''}, so nothing was published`,
    { fix: CONCURRENCY_FIX, cause },
  );
}

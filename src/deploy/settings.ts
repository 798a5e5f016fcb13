import { GetFunctionConfigurationCommand, UpdateFunctionConfigurationCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { Logger } from '../log.ts';
import type { DeploySettings } from '../types.ts';
import type { LambdaApi } from './client.ts';
import type { Pacing } from './pacing.ts';
import { waitForUpdate, withConflictRetry } from './wait.ts';

/**
 * The function's settings, merged and never wiped: `environment` sets and
 * removes only the keys it names (everything else stays), memory-size and
 * timeout change only when given. Values of environment variables are
 * secrets: they go to Logger.secret and never into a log line.
 */

export interface MergedSettings {
  /** The whole environment map after the merge. */
  environment: Record<string, string>;
  memorySize?: number;
  timeout?: number;
  handler?: string;
  /** Only the fields that differ from `current`: the UpdateFunctionConfiguration to send (empty: none). */
  update: { Handler?: string; MemorySize?: number; Timeout?: number; Environment?: { Variables: Record<string, string> } };
  /** What changes, for the log: key names only, never values. */
  changes: string[];
}

type Current = Pick<FunctionConfiguration, 'Environment' | 'MemorySize' | 'Timeout' | 'Handler'>;

/** Pure: the merged settings and the difference to `current`. */
export function mergeSettings(current: Current | undefined, want: DeploySettings, handler?: string): MergedSettings {
  const before = current?.Environment?.Variables ?? {};
  const env: Record<string, string> = { ...before };
  const changes: string[] = [];
  const update: MergedSettings['update'] = {};
  if (want.environment) {
    const set: string[] = [];
    const removed: string[] = [];
    for (const key of want.environment.remove) {
      if (key in env) {
        delete env[key];
        removed.push(key);
      }
    }
    for (const [key, value] of Object.entries(want.environment.set)) {
      if (env[key] !== value) set.push(key);
      env[key] = value;
    }
    if (set.length || removed.length) {
      update.Environment = { Variables: env };
      if (set.length) changes.push(`set environment ${set.join(', ')}`);
      if (removed.length) changes.push(`remove environment ${removed.join(', ')}`);
    }
  }
  if (want.memorySize !== undefined && want.memorySize !== current?.MemorySize) {
    update.MemorySize = want.memorySize;
    changes.push(`memory ${current?.MemorySize ?? '?'} → ${want.memorySize} MB`);
  }
  if (want.timeout !== undefined && want.timeout !== current?.Timeout) {
    update.Timeout = want.timeout;
    changes.push(`timeout ${current?.Timeout ?? '?'} → ${want.timeout} s`);
  }
  if (handler !== undefined && handler !== current?.Handler) {
    update.Handler = handler;
    changes.push(`handler "${current?.Handler ?? ''}" → "${handler}"`);
  }
  return {
    environment: env,
    memorySize: want.memorySize ?? current?.MemorySize,
    timeout: want.timeout ?? current?.Timeout,
    handler: handler ?? current?.Handler,
    update,
    changes,
  };
}

export function hasSettings(s: DeploySettings | undefined): s is DeploySettings {
  return Boolean(s && (s.environment || s.memorySize !== undefined || s.timeout !== undefined));
}

/** Every environment value, wanted or read, goes to the logger's secret masking. */
export function maskValues(log: Logger, values: Iterable<string>): void {
  for (const v of values) if (v !== '') log.secret?.(v);
}

/**
 * Reads the configuration, merges, and writes only the fields that differ in
 * one UpdateFunctionConfiguration (with the handler when it differs), then
 * waits. The environment is written whole, so the write carries the RevisionId
 * that was read: if someone changes the function in between, Lambda answers
 * 412 PreconditionFailed and the step reads and merges again, so their change
 * is kept rather than overwritten. Returns the changes made (names only).
 */
export async function applySettings(api: LambdaApi, pacing: Pacing, fn: string, handler: string, want: DeploySettings): Promise<string[]> {
  let changes: string[] = [];
  const sent = await withConflictRetry(api, fn, pacing, 'UpdateFunctionConfiguration', async () => {
    const current = await api.call('GetFunctionConfiguration', (l) => l.send(new GetFunctionConfigurationCommand({ FunctionName: fn })));
    maskValues(api.log, Object.values(current.Environment?.Variables ?? {}));
    const merged = mergeSettings(current, want, handler);
    changes = merged.changes;
    if (Object.keys(merged.update).length === 0) return false;
    api.log.info(`Updating the configuration of ${fn}: ${changes.join('; ')}`);
    await api.call('UpdateFunctionConfiguration', (l) =>
      l.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: fn,
          ...merged.update,
          ...(merged.update.Environment ? { RevisionId: current.RevisionId } : {}),
        }),
      ),
    );
    return true;
  });
  if (!sent) {
    api.log.info(`The configuration of ${fn} already matches; nothing sent`);
    return [];
  }
  await waitForUpdate(api, fn, pacing, 'UpdateFunctionConfiguration');
  return changes;
}

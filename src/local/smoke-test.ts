/**
 * The local smoke test (test-event): the zip run through the built-in Runtime
 * API the way the function will run it on Lambda: with the function's own
 * Timeout, MemorySize and environment (merged with this deploy's settings) when
 * it exists, and the test's own timeout and variables on top.
 */
import { readFile } from 'node:fs/promises';
import { NasmLambdaError, inputError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { checkEvent } from '../options/local-test.ts';
import type { PipelineReport } from '../report/types.ts';
import type { Options } from '../types.ts';
import { DEFAULT_TIMEOUT_MS, type InvokeSuccess } from './invoke.ts';

/**
 * Reads test-event-file into the options, for the local and the remote test,
 * before anything is built: a bad file fails the step first.
 */
export async function loadTestEvent(options: Options): Promise<void> {
  const file = options.localTest.eventFile;
  if (file === undefined) return;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw inputError(
      'test-event-file',
      `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      'give the path of a JSON file, relative to working-directory',
    );
  }
  options.testEvent = checkEvent(text, 'test-event-file');
  if (options.deploy?.remoteTest) options.deploy.remoteTest.event = options.testEvent;
}

export interface LocalRunSettings {
  timeoutMs: number;
  memoryMb?: number;
  environment: Record<string, string>;
  /** Where the settings came from, for the log. */
  source: string;
}

/** The settings the local run gets; reads the function (read-only) when function-name is set. */
export async function localRunSettings(options: Options, log: Logger): Promise<LocalRunSettings> {
  const t = options.localTest;
  let environment: Record<string, string> = {};
  let timeoutMs: number | undefined;
  let memoryMb: number | undefined;
  let source = 'no function-name: Lambda’s defaults';
  if (options.deploy) {
    const { readMergedSettings } = await import('../deploy/index.ts');
    const merged = await readMergedSettings(options.deploy, log);
    environment = { ...merged.environment };
    if (merged.timeout !== undefined) timeoutMs = merged.timeout * 1000;
    memoryMb = merged.memorySize;
    source = `the settings of ${options.deploy.functionName} after this deploy's changes`;
  }
  if (t.environment) {
    for (const value of Object.values(t.environment.set)) log.secret?.(value);
    for (const key of t.environment.remove) delete environment[key];
    Object.assign(environment, t.environment.set);
  }
  return { timeoutMs: t.timeoutMs ?? timeoutMs ?? DEFAULT_TIMEOUT_MS, memoryMb, environment, source };
}

/** Runs the test-event; throws a one-line error naming the input at fault when the function fails it. */
export async function runLocalTest(options: Options, zipPath: string, log: Logger, report: PipelineReport): Promise<InvokeSuccess | { skipped: string }> {
  const settings = await localRunSettings(options, log);
  const { invokeZip } = await import('./invoke.ts');
  const names = Object.keys(settings.environment).sort();
  const result = await log.group('Local invoke (test-event)', async () => {
    // Key names only: the values are the function's secrets.
    log.info(
      `timeout ${settings.timeoutMs / 1000} s, memory ${settings.memoryMb ?? 128} MB, environment ${names.length ? names.join(', ') : '(none)'} (${settings.source})`,
    );
    return invokeZip({
      zipPath,
      event: options.testEvent!,
      // As Lambda will run it: _HANDLER is the function's Handler, which deploy sets to this.
      handler: options.build.handler,
      functionName: options.deploy?.functionName.split(':').pop(),
      region: options.deploy?.region,
      timeoutMs: settings.timeoutMs,
      memoryMb: settings.memoryMb,
      environment: settings.environment,
      log,
    });
  });
  // Recorded before any throw, so the front doors can show the failure's log, type and stack.
  report.invoke = result;
  if ('skipped' in result || result.ok) return result;
  const input = options.localTest.eventFile ? 'test-event-file' : 'test-event';
  if (options.build.bootstrap.kind === 'none' && result.neverAskedForEvent) {
    throw inputError(
      'bootstrap',
      `with bootstrap: none the executable is the runtime, but it exited (${result.errorMessage}) without asking the Runtime API for an event`,
      'use bootstrap: generated to run it once per event as a handler, or make it loop over GET /runtime/invocation/next',
    );
  }
  throw new NasmLambdaError(`the function failed the ${input}: ${result.errorType}: ${result.errorMessage}`, {
    input,
    fix: result.logs ? 'see the function log above; fix the handler, or the event' : 'the function wrote no log; fix the handler, or the event',
  });
}

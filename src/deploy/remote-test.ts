import { InvokeCommand } from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import type { LambdaApi } from './client.ts';
import { matchResponse } from './expect.ts';

/**
 * remote-test: invoke a published version (Qualifier = its number, never an
 * alias, so nothing users call is involved) with test-event, RequestResponse
 * and LogType Tail, before any alias moves to it.
 */

/** The figures of the REPORT line Lambda ends every invocation's log with. */
export interface ReportFigures {
  durationMs?: number;
  billedMs?: number;
  initMs?: number;
  memorySizeMb?: number;
  maxMemoryMb?: number;
}

export interface RemoteTestResult {
  version: string;
  ok: boolean;
  /** The payload as text (the function's response, or its error document). */
  response: string;
  functionError?: string;
  /** Why the test failed: the function error or the expect-response mismatch. */
  failure?: string;
  report: ReportFigures;
  /** The decoded log tail (at most the last 4 KB, as Lambda returns it). */
  logTail: string;
}

const FIGURES: [keyof ReportFigures, RegExp][] = [
  ['durationMs', /(?:^|\s)Duration:\s*([0-9.]+)\s*ms/],
  ['billedMs', /Billed Duration:\s*([0-9.]+)\s*ms/],
  ['initMs', /Init Duration:\s*([0-9.]+)\s*ms/],
  ['memorySizeMb', /Memory Size:\s*([0-9.]+)\s*MB/],
  ['maxMemoryMb', /Max Memory Used:\s*([0-9.]+)\s*MB/],
];

/** Parses the last REPORT line of a log tail; fields Lambda left out stay undefined. */
export function parseReportLine(log: string): ReportFigures {
  const line = log
    .split(/\r?\n/)
    .filter((l) => /^REPORT\s/.test(l))
    .pop();
  const out: ReportFigures = {};
  if (!line) return out;
  for (const [key, re] of FIGURES) {
    const m = re.exec(line);
    if (m) out[key] = Number(m[1]);
  }
  return out;
}

export async function remoteTest(
  api: LambdaApi,
  functionName: string,
  version: string,
  event: string,
  expectResponse: string | undefined,
): Promise<RemoteTestResult> {
  api.log.info(`Invoking version ${version} of ${functionName} with test-event (remote-test)`);
  const out = await api.call('Invoke', (l) =>
    l.send(
      new InvokeCommand({
        FunctionName: functionName,
        Qualifier: version,
        InvocationType: 'RequestResponse',
        LogType: 'Tail',
        Payload: Buffer.from(event, 'utf8'),
      }),
    ),
  );
  const payload = Buffer.from(out.Payload ?? new Uint8Array());
  const logTail = out.LogResult ? Buffer.from(out.LogResult, 'base64').toString('utf8') : '';
  // Passed on as data: the front door keeps it from being read as workflow commands.
  if (logTail) api.log.info(`function log of version ${version} (last 4 KB):\n${logTail.replace(/\n$/, '')}`, { foreign: true });
  const result: RemoteTestResult = { version, ok: true, response: payload.toString('utf8'), report: parseReportLine(logTail), logTail };
  if (out.FunctionError) {
    result.ok = false;
    result.functionError = out.FunctionError;
    result.failure = `version ${version} failed the remote test: ${out.FunctionError} error: ${describeError(result.response)}`;
  } else if (expectResponse !== undefined) {
    const m = matchResponse(expectResponse, payload);
    if (!m.ok) {
      result.ok = false;
      result.failure = `version ${version} answered the remote test-event with the wrong response: ${m.message}`;
    }
  }
  if (result.ok) api.log.info(`remote response of version ${version}: ${result.response}`, { foreign: true });
  return result;
}

export function remoteTestError(r: RemoteTestResult, alias: string | undefined): NasmLambdaError {
  const kept = alias ? `; alias ${alias} was not moved` : '';
  return new NasmLambdaError(`${r.failure}${kept}`, {
    input: r.functionError ? 'remote-test' : 'expect-response',
    fix: r.functionError
      ? 'see the function log above; the version stays published but unused, fix the code and release again'
      : 'fix the function or expect-response, then release again',
  });
}

function describeError(payload: string): string {
  try {
    const e = JSON.parse(payload) as { errorType?: string; errorMessage?: string };
    if (e && (e.errorType || e.errorMessage)) return `${e.errorType ?? 'Error'}: ${e.errorMessage ?? ''}`.slice(0, 500);
  } catch {
    // not JSON
  }
  return payload.slice(0, 500);
}

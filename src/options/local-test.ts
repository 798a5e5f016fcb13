/**
 * The inputs of the local smoke test: the event (inline or from a file), its
 * timeout and extra environment. Pure: the event file is read by the pipeline.
 */
import path from 'node:path';
import { inputError } from '../errors.ts';
import type { LocalTestOptions } from '../types.ts';
import { parseEnvironment } from './deploy.ts';

/** Lambda's limit on a synchronous invoke's request payload. */
export const MAX_EVENT_BYTES = 6_291_456;
/** Lambda's Timeout range, in seconds. */
export const MAX_TIMEOUT_SECONDS = 900;

export function parseLocalTest(
  get: (name: 'test-event' | 'test-event-file' | 'test-timeout' | 'test-environment') => string,
  workingDirectory: string,
): LocalTestOptions {
  const event = get('test-event');
  const file = get('test-event-file');
  if (event !== '' && file !== '') {
    throw inputError('test-event-file', 'is set together with test-event', 'give the event one way: inline in test-event, or as a file in test-event-file');
  }
  const out: LocalTestOptions = {};
  if (event !== '') out.event = checkEvent(event, 'test-event');
  if (file !== '') {
    if (path.isAbsolute(file)) throw inputError('test-event-file', `${JSON.stringify(file)} is absolute`, 'give a path relative to working-directory');
    out.eventFile = path.resolve(workingDirectory, file);
  }
  const timeout = get('test-timeout');
  if (timeout !== '') {
    if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > MAX_TIMEOUT_SECONDS) {
      throw inputError(
        'test-timeout',
        `${JSON.stringify(timeout)} is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`,
        'set seconds such as 3, or leave it empty for the function’s Timeout (3 s for a new function)',
      );
    }
    out.timeoutMs = Number(timeout) * 1000;
  }
  const environment = parseEnvironment(get('test-environment'), 'test-environment');
  if (environment) out.environment = environment;
  return out;
}

/** The event as Lambda would take it: JSON, and no larger than a synchronous invoke may send. */
export function checkEvent(text: string, input: 'test-event' | 'test-event-file'): string {
  const size = Buffer.byteLength(text);
  if (size > MAX_EVENT_BYTES) {
    throw inputError(input, `the event is ${size} bytes; Lambda takes at most ${MAX_EVENT_BYTES} bytes in a synchronous invoke`, 'use a smaller event');
  }
  try {
    JSON.parse(text);
  } catch (e) {
    throw inputError(input, `not valid JSON (${(e as Error).message})`, 'give a JSON event such as {"name":"world"}');
  }
  return text;
}

import { inputError } from '../errors.ts';
import { versionDescriptionRoom, versionRecord } from '../deploy/records.ts';
import type { DeployOptions, DeploySettings } from '../types.ts';
import type { InputName } from './inputs.generated.ts';

/**
 * The deploy inputs of release safety (remote-test, expect-response, rollback,
 * promote-from, keep-versions, environment, memory-size, timeout) and
 * deploy-timeout. Pure: no files, no network. Errors never repeat an
 * environment value, only its line number and key.
 */

/** The release-safety inputs parsed here. */
const DEPLOY_INPUTS = [
  'deploy-timeout',
  'remote-test',
  'expect-response',
  'rollback',
  'rollback-to',
  'promote-from',
  'keep-versions',
  'environment',
  'memory-size',
  'timeout',
] as const satisfies readonly InputName[];

export type DeployInputName = (typeof DEPLOY_INPUTS)[number];

/** Inputs that mean nothing without function-name (expect-response also checks the local test-event). */
export const DEPLOY_ONLY_INPUTS: DeployInputName[] = DEPLOY_INPUTS.filter((n) => n !== 'expect-response');

type Get = (name: DeployInputName | 'test-event' | 'test-event-file' | 'delete-alias' | 'function-url') => string;

/** expect-response, untrimmed when it is not JSON (then it is compared byte for byte). */
export function parseExpectResponse(raw: string | undefined, hasEvent: boolean): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!hasEvent) {
    throw inputError(
      'expect-response',
      'is set but test-event and test-event-file are empty',
      'set test-event (or test-event-file) to the event that should produce this response',
    );
  }
  try {
    JSON.parse(raw);
    return raw.trim();
  } catch {
    return raw;
  }
}

function bool(value: string, input: string): boolean {
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  throw inputError(input, `${JSON.stringify(value)} is not a boolean`, 'use true or false');
}

function wholeNumber(value: string, input: string, min: number, max: number, fix: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || n < min || n > max) {
    throw inputError(input, `${JSON.stringify(value)} is not a whole number from ${min} to ${max}`, fix);
  }
  return n;
}

/** Names Lambda reserves for itself; it refuses to set them. */
const RESERVED_ENV = new Set([
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

/**
 * `environment`: one `KEY=VALUE` per line (the value is everything after the
 * first `=`), `!KEY` to remove a variable; empty lines and `#` lines are skipped.
 */
export function parseEnvironment(text: string, input = 'environment'): DeploySettings['environment'] {
  if (text.trim() === '') return undefined;
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const fix = 'write one KEY=VALUE or !KEY per line; keys are a letter then letters, digits or _';
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = line.indexOf('=');
    const removing = line.startsWith('!') && at < 0;
    const key = removing ? line.slice(1).trim() : at > 0 ? line.slice(0, at).trim() : '';
    if (!removing && at <= 0) throw inputError(input, `line ${i + 1} is neither KEY=VALUE nor !KEY (its text is not shown, as values are secret)`, fix);
    if (!/^[A-Za-z][A-Za-z0-9_]+$/.test(key)) throw inputError(input, `line ${i + 1}: ${JSON.stringify(key.slice(0, 64))} is not a valid variable name`, fix);
    if (RESERVED_ENV.has(key) || key.startsWith('AWS_LAMBDA_')) {
      throw inputError(input, `line ${i + 1}: ${key} is reserved by Lambda`, 'choose another name; Lambda sets this one itself');
    }
    if (key in set || remove.includes(key)) throw inputError(input, `line ${i + 1}: ${key} appears twice`, 'name each key once');
    if (removing) remove.push(key);
    else set[key] = line.slice(at + 1);
  });
  return Object.keys(set).length || remove.length ? { set, remove } : undefined;
}

/**
 * Everything options/index.ts adds to DeployOptions for these inputs, checked
 * against what it already parsed (alias, publish, version-description).
 */
export function parseDeployExtras(get: Get, base: DeployOptions, env: Record<string, string | undefined>): Partial<DeployOptions> {
  const out: Partial<DeployOptions> = {};
  // Left out at the default (900, applied by the deploy stage), so plain deploy options stay as they were.
  const deployTimeout = wholeNumber(get('deploy-timeout'), 'deploy-timeout', 1, 6 * 3600, 'give seconds, such as 900');
  if (deployTimeout !== undefined && deployTimeout !== 900) out.deployTimeoutSeconds = deployTimeout;

  const sha = env.GITHUB_SHA && /^[0-9a-f]{7,40}$/i.test(env.GITHUB_SHA) ? env.GITHUB_SHA.slice(0, 7).toLowerCase() : undefined;
  if (sha) out.commitSha = sha;

  const rollback = bool(get('rollback'), 'rollback');
  const rollbackTo = get('rollback-to');
  const promoteFrom = get('promote-from');
  if (rollbackTo !== '' && !rollback) throw inputError('rollback-to', 'is set but rollback is not true', 'set rollback: true as well');
  if (rollbackTo !== '' && !/^[0-9]+$/.test(rollbackTo))
    throw inputError('rollback-to', `${JSON.stringify(rollbackTo)} is not a version number`, 'give a published version number such as 12');
  if (rollback && promoteFrom !== '')
    throw inputError('promote-from', 'and rollback are both set', 'use one: rollback goes back, promote-from copies another alias');
  if (promoteFrom !== '' && !/^[A-Za-z0-9_-]{1,128}$/.test(promoteFrom)) {
    throw inputError(
      'promote-from',
      `${JSON.stringify(promoteFrom)} is neither an alias name nor a version number`,
      'give an alias such as staging, or a version number',
    );
  }
  const modeInput = rollback ? 'rollback' : 'promote-from';
  if (rollback || promoteFrom !== '') {
    if (!base.alias) throw inputError(modeInput, 'needs the alias to move', 'set alias, e.g. live');
    if (bool(get('delete-alias'), 'delete-alias')) throw inputError(modeInput, 'and delete-alias are both set', 'use one of them');
    for (const name of ['keep-versions', 'environment', 'memory-size', 'timeout'] as const) {
      if (get(name) !== '') throw inputError(name, `has no effect with ${modeInput}, which only moves an alias`, `remove it, or deploy without ${modeInput}`);
    }
    if (bool(get('function-url'), 'function-url')) throw inputError('function-url', `has no effect with ${modeInput}, which only moves an alias`, 'remove it');
    out.mode = rollback ? { kind: 'rollback', ...(rollbackTo ? { to: rollbackTo } : {}) } : { kind: 'promote', from: promoteFrom };
  }

  const testEvent = get('test-event');
  // With test-event-file, the pipeline reads the file and fills in remoteTest.event before anything runs.
  const hasEvent = testEvent !== '' || get('test-event-file') !== '';
  if (bool(get('remote-test'), 'remote-test')) {
    if (!hasEvent) throw inputError('remote-test', 'needs test-event, the event to invoke the new version with', 'set test-event or test-event-file');
    if (!base.publish && !out.mode) throw inputError('remote-test', 'needs a version to test', 'set publish: true or alias');
    out.remoteTest = { event: testEvent };
  }
  const expected = parseExpectResponse(get('expect-response'), hasEvent);
  if (expected !== undefined) out.expectResponse = expected;

  const keep = wholeNumber(get('keep-versions'), 'keep-versions', 1, 10_000, 'give how many of the newest versions to keep, such as 10, or leave it empty');
  if (keep !== undefined) {
    if (!base.publish) throw inputError('keep-versions', 'prunes after a publish, but nothing is published', 'set publish: true or alias');
    out.keepVersions = keep;
  }

  const settings: DeploySettings = {};
  const environment = parseEnvironment(get('environment'));
  if (environment) settings.environment = environment;
  const memory = wholeNumber(get('memory-size'), 'memory-size', 128, 10240, 'give MB from 128 to 10240, such as 256');
  if (memory !== undefined) settings.memorySize = memory;
  const timeout = wholeNumber(get('timeout'), 'timeout', 1, 900, 'give seconds from 1 to 900, such as 10');
  if (timeout !== undefined) settings.timeout = timeout;
  if (Object.keys(settings).length) out.settings = settings;

  // The record goes beside the user's text, so the text must leave it room (checked before any write).
  const room = versionDescriptionRoom({ sha, alias: base.alias });
  const text = base.versionDescription ?? '';
  if (text.length > room) {
    throw inputError(
      'version-description',
      `is ${text.length} characters, but beside the record ${versionRecord({ sha, alias: base.alias })} only ${room} fit in Lambda's 256`,
      'shorten it, e.g. use the tag rather than the commit message',
    );
  }
  return out;
}

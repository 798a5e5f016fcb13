/**
 * Each validation rule, once. Every stage that checks one of these values calls
 * the function here, so the option parser and the stage that relies on the value
 * can't drift apart. Errors name the input and the fix.
 */
import { inputError } from '../errors.ts';

/** Characters a handler path may use: safe in a URL, a script, a zip name and an assembler data line. */
const HANDLER_CHARS = /^[A-Za-z0-9._/-]+$/;
/** Lambda's limit on the Handler setting. */
export const HANDLER_MAX_LENGTH = 128;
const HANDLER_FIX = 'use a relative path inside the zip made of A-Z a-z 0-9 . _ / -, such as bin/app';

/** A relative path inside the zip: no leading /, no empty, . or .. part, a small charset. */
export function checkHandlerPath(value: string, input = 'handler'): string {
  if (value === '') throw inputError(input, 'is empty', HANDLER_FIX);
  if (value.length > HANDLER_MAX_LENGTH) throw inputError(input, `is ${value.length} characters; Lambda allows at most ${HANDLER_MAX_LENGTH}`, HANDLER_FIX);
  if (value.startsWith('/')) throw inputError(input, `${JSON.stringify(value)} starts with /`, HANDLER_FIX);
  if (!HANDLER_CHARS.test(value)) throw inputError(input, `${JSON.stringify(value)} has characters outside A-Z a-z 0-9 . _ / -`, HANDLER_FIX);
  const parts = value.split('/');
  if (parts.includes('..')) throw inputError(input, `${JSON.stringify(value)} has a .. part`, HANDLER_FIX);
  if (parts.some((p) => p === '' || p === '.')) throw inputError(input, `${JSON.stringify(value)} has an empty or . part`, HANDLER_FIX);
  return value;
}

/** With a bootstrap file in the zip, the name `bootstrap` is taken. */
export function checkHandlerBesideBootstrap(handler: string): void {
  if (handler === 'bootstrap') {
    throw inputError('handler', 'is bootstrap, which the bootstrap file occupies', 'choose another path such as bin/app, or set bootstrap: none');
  }
}

/** A full ARN (`arn:aws:lambda:REGION:ACCOUNT:function:`) or a partial one (`ACCOUNT:function:`), as Lambda accepts. */
const FUNCTION_ARN_PREFIX = String.raw`(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:)?\d{12}:function:`;
const FUNCTION_NAME = new RegExp(`^(${FUNCTION_ARN_PREFIX})?[A-Za-z0-9_-]{1,64}$`);
const QUALIFIED_FUNCTION = new RegExp(`^(${FUNCTION_ARN_PREFIX})?[A-Za-z0-9_-]{1,64}:[^:]+$`);

/** An unqualified function name or ARN: code and aliases are written on the function itself. */
export function checkFunctionName(value: string): string {
  if (QUALIFIED_FUNCTION.test(value)) {
    throw inputError(
      'function-name',
      `${JSON.stringify(value)} names a version or alias`,
      'give the unqualified function name or ARN, and the alias in the alias input',
    );
  }
  if (!FUNCTION_NAME.test(value)) {
    throw inputError('function-name', `${JSON.stringify(value)} is not a function name or ARN`, 'use a name of A-Z a-z 0-9 _ - (up to 64) or a function ARN');
  }
  return value;
}

/** The region an ARN names, if the value is an ARN. */
export function arnRegion(functionName: string): string | undefined {
  return /^arn:[^:]+:lambda:([^:]+):/.exec(functionName)?.[1];
}

export function checkRegion(value: string): string {
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value))
    throw inputError('region', `${JSON.stringify(value)} is not an AWS region`, 'use a region code such as us-east-1');
  return value;
}

export function checkEndpointUrl(value: string): string {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    throw inputError('endpoint-url', `${JSON.stringify(value)} is not an http(s) URL`, 'use a URL such as http://localhost:4566, or leave it empty');
  return value;
}

/** GitHub's upper bound for any repository's artifact retention setting. */
export const MAX_RETENTION_DAYS = 400;

/** Whole days from 1 to 400; empty or 0 means the repository's setting (undefined). */
export function checkRetentionDays(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '' || value === 0) return undefined;
  const days = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw inputError(
      'retention-days',
      `${JSON.stringify(String(value))} is not a whole number of days from 1 to ${MAX_RETENTION_DAYS}`,
      "use 1-90 (up to 400 if the repository allows it), or leave it empty for the repository's setting",
    );
  }
  return days;
}

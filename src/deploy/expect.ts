import { isDeepStrictEqual } from 'node:util';

/**
 * expect-response: when the expected text and the response both parse as
 * JSON they are compared as JSON values (deep equality; key order and
 * whitespace don't matter), otherwise byte for byte. Pure, no SDK: the local
 * test-event uses it too.
 */

export type ResponseMatch = { ok: true; as: 'json' | 'bytes' } | { ok: false; as: 'json' | 'bytes'; message: string };

const SHOW = 300;

export function matchResponse(expected: string, actual: Uint8Array | string): ResponseMatch {
  const actualText = typeof actual === 'string' ? actual : Buffer.from(actual).toString('utf8');
  const actualBytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
  const e = parseJson(expected);
  const a = parseJson(actualText);
  if (e.ok && a.ok) {
    if (isDeepStrictEqual(e.value, a.value)) return { ok: true, as: 'json' };
    return { ok: false, as: 'json', message: `expected the JSON value ${show(JSON.stringify(e.value))}, got ${show(JSON.stringify(a.value))}` };
  }
  if (Buffer.from(expected, 'utf8').equals(actualBytes)) return { ok: true, as: 'bytes' };
  return { ok: false, as: 'bytes', message: `expected ${show(JSON.stringify(expected))}, got ${show(JSON.stringify(actualText))} (compared byte for byte)` };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function show(s: string): string {
  return s.length > SHOW ? `${s.slice(0, SHOW)}…` : s;
}

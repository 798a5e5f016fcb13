/**
 * The `shell` bootstrap: bootstrap.sh, a Lambda custom runtime in bash + curl
 * that runs the packed executable once per event, with the packed handler's
 * path filled in. The tests run it for real against RuntimeApiServer.
 */
import { readFileSync } from 'node:fs';
import { NasmLambdaError } from '../errors.ts';
import { runtimeFile } from './assets.ts';

/** What options.ts already enforces for `handler`; re-checked because the value is embedded in a script. */
const SAFE_HANDLER = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+$/;

let script: string | undefined;

export function generateBootstrap(opts: { handler: string }): string {
  if (!SAFE_HANDLER.test(opts.handler)) {
    throw new NasmLambdaError(`'${opts.handler}' can't be embedded in the bootstrap`, {
      input: 'handler',
      fix: 'use a relative path made of A-Z a-z 0-9 . _ / - with no .. part, e.g. bin/app',
    });
  }
  // The charset above has no quote, so single quotes embed it verbatim.
  script ??= readFileSync(runtimeFile('bootstrap.sh'), 'utf8');
  return script.replace('@PACKED_HANDLER@', `'${opts.handler}'`);
}

/** The handler path a generated bootstrap runs when `_HANDLER` is empty; undefined for any other file. */
export function packedHandlerOf(bootstrapText: string): string | undefined {
  const m = /^readonly packed_handler='([^']*)'$/m.exec(bootstrapText);
  return m?.[1];
}

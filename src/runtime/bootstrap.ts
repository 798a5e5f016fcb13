/**
 * The `shell` bootstrap: bootstrap.sh, a Lambda custom runtime in bash + curl
 * that runs the packed executable once per event, with the packed handler's
 * path filled in. The tests run it for real against RuntimeApiServer.
 */
import { readFileSync } from 'node:fs';
import { checkHandlerPath } from '../options/rules.ts';
import { runtimeFile } from './assets.ts';

let script: string | undefined;

export function generateBootstrap(opts: { handler: string }): string {
  // Re-checked because the value is embedded in a script; the rule's charset has no quote, so single quotes embed it verbatim.
  checkHandlerPath(opts.handler);
  script ??= readFileSync(runtimeFile('bootstrap.sh'), 'utf8');
  return script.replace('@PACKED_HANDLER@', `'${opts.handler}'`);
}

/** The handler path a generated bootstrap runs when `_HANDLER` is empty; undefined for any other file. */
export function packedHandlerOf(bootstrapText: string): string | undefined {
  const m = /^readonly packed_handler='([^']*)'$/m.exec(bootstrapText);
  return m?.[1];
}

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../errors.ts';
import { NasmLambdaError } from '../errors.ts';
import { checkFunctionName } from '../options/rules.ts';
import type { DeployOptions } from '../types.ts';

/**
 * Pure decisions of the deploy stage: is the existing function fit for a NASM
 * binary, and which writes does this run need. No SDK types here, so these stay
 * easy to test and to read.
 */

/**
 * Refuses a qualified name (`fn:alias`, `...:function:fn:3`): code updates and
 * aliases are made on the function itself, and the alias input says which alias.
 */
export function checkUnqualified(functionName: string): void {
  checkFunctionName(functionName);
}

/** The fields of a function configuration the decisions look at. */
export interface FunctionFacts {
  FunctionName?: string;
  Runtime?: string;
  Handler?: string;
  Architectures?: string[];
  CodeSha256?: string;
  PackageType?: string;
}

export const CREATE_RUNTIME = 'provided.al2023';
const OS_ONLY_RUNTIMES = ['provided.al2023', 'provided.al2'];

/**
 * Throws for a function a NASM x86-64 zip cannot run on; returns warnings for
 * one it can but should not for long. Called before any write.
 */
export function checkFunction(fn: FunctionFacts, functionName: string): Diagnostic[] {
  if (fn.PackageType === 'Image') {
    throw new NasmLambdaError(`function ${functionName} is a container-image function; this action uploads a zip`, {
      input: 'function-name',
      fix: 'name a zip-packaged function, or a new name with role set so the action creates one',
    });
  }
  const arch = fn.Architectures?.[0] ?? 'x86_64';
  if (arch !== 'x86_64') {
    throw new NasmLambdaError(`function ${functionName} is ${arch}, but NASM elf64 output is x86-64 and would fail with exec format error`, {
      input: 'function-name',
      fix: `switch it with aws lambda update-function-code --function-name ${functionName} --architectures x86_64 --zip-file fileb://function.zip, or deploy to an x86_64 function`,
    });
  }
  const runtime = fn.Runtime;
  if (!runtime || !OS_ONLY_RUNTIMES.includes(runtime)) {
    throw new NasmLambdaError(`function ${functionName} uses runtime ${runtime ?? '(none)'}, but a NASM binary needs an OS-only runtime`, {
      input: 'function-name',
      fix: `set the runtime to ${CREATE_RUNTIME}: aws lambda update-function-configuration --function-name ${functionName} --runtime ${CREATE_RUNTIME}`,
    });
  }
  const warnings: Diagnostic[] = [];
  if (runtime === 'provided.al2') {
    warnings.push({
      severity: 'warning',
      title: 'provided.al2 is deprecated',
      message: `function ${functionName} uses provided.al2, which AWS deprecates on 2026-06-30 (updates blocked from 2026-08-31); switch it to ${CREATE_RUNTIME}`,
    });
  }
  return warnings;
}

export interface DeployPlan {
  create: boolean;
  /** The current handler when it must change to opts.handler. */
  handlerFrom?: string;
  updateCode: boolean;
  skippedUnchanged: boolean;
  publish: boolean;
}

/** What this run must write, given the function as read (undefined: it does not exist). */
export function planDeploy(fn: FunctionFacts | undefined, opts: DeployOptions, codeSha256: string): DeployPlan {
  const publish = opts.publish || Boolean(opts.alias);
  if (!fn) return { create: true, updateCode: false, skippedUnchanged: false, publish };
  const unchanged = fn.CodeSha256 === codeSha256;
  const skip = unchanged && opts.skipUnchanged;
  return {
    create: false,
    handlerFrom: fn.Handler !== opts.handler ? (fn.Handler ?? '') : undefined,
    updateCode: !skip,
    skippedUnchanged: skip,
    publish,
  };
}

/** Plain-words lines for the log, e.g. in a dry run. */
export function describePlan(plan: DeployPlan, opts: DeployOptions): string[] {
  const lines: string[] = [];
  if (plan.create) lines.push(`create ${opts.functionName} (${CREATE_RUNTIME}, x86_64, handler ${opts.handler})`);
  if (plan.handlerFrom !== undefined) lines.push(`change the handler from "${plan.handlerFrom}" to "${opts.handler}" (nothing else)`);
  if (plan.updateCode) lines.push('upload the new code');
  if (plan.skippedUnchanged) lines.push('skip the upload: CodeSha256 is unchanged');
  if (plan.publish) lines.push('publish a version');
  if (opts.alias) lines.push(`point alias ${opts.alias} at it`);
  if (opts.functionUrl) lines.push(`make sure a function URL (${opts.functionUrlAuth}) exists for ${opts.alias ?? '$LATEST'}`);
  return lines;
}

/**
 * Statement ids for the public-URL permissions, stable per alias so reruns find
 * them. Lambda caps ids at 100 characters of [A-Za-z0-9_-]; long alias names
 * are shortened with a hash so two long names never collide.
 */
export function publicUrlStatementIds(alias: string | undefined): { url: string; invoke: string } {
  const make = (kind: string) => {
    const id = `nasm-lambda-${kind}-${alias ?? 'latest'}`;
    if (id.length <= 100) return id;
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 10);
    return `${id.slice(0, 100 - hash.length - 1)}-${hash}`;
  };
  return { url: make('url'), invoke: make('invoke') };
}

/** Sanity check on what we are about to upload: the bytes must be the ones that were packed. */
export function codeSha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

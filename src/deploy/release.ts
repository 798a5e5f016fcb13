import { GetFunctionConfigurationCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { NasmLambdaError, inputError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DeployOptions } from '../types.ts';
import { ensureAlias, readAlias } from './alias-url.ts';
import { checkUnqualified } from './checks.ts';
import type { LambdaApi } from './client.ts';
import { readFunction } from './function.ts';
import type { DeployResult } from './index.ts';
import { openApi, testVersion } from './session.ts';
import { pacingWith, type Pacing } from './pacing.ts';
import { recordedPrevious } from './records.ts';
import { remoteTestError } from './remote-test.ts';

/**
 * The build-free release modes: no sources, no upload, no publish; only an
 * alias moves, to a version that already exists.
 *   rollback     `alias` goes back to the version its Description records as
 *                previous (the action records it on every move), or to
 *                `rollback-to`.
 *   promote-from `alias` goes to the version another alias points at (or to a
 *                version number). A weighted source alias is refused: it
 *                serves more than one version, so "its version" is ambiguous.
 * With remote-test the target version is invoked first; a failure leaves the
 * alias where it was.
 */
export async function releaseAlias(
  opts: DeployOptions,
  log: Logger,
  pacing: Partial<Pacing> = {},
  progress: { deploy?: DeployResult } = {},
): Promise<DeployResult> {
  const mode = opts.mode;
  const alias = opts.alias;
  if (!mode || !alias) throw inputError('alias', 'rollback and promote-from need the alias to move', 'set alias, e.g. live');
  checkUnqualified(opts.functionName);
  const p = pacingWith(pacing);
  const { api, close, explain } = openApi(opts, log, p);
  const name = opts.functionName;
  try {
    const fn = await readFunction(api, name);
    if (!fn) {
      throw new NasmLambdaError(`function ${name} does not exist in ${opts.region}`, { input: 'function-name', fix: 'check the name and region' });
    }
    const current = await readAlias(api, name, alias);
    let target: string;
    if (mode.kind === 'rollback') {
      if (!current) {
        throw new NasmLambdaError(`alias ${alias} of ${name} does not exist, so there is nothing to roll back`, {
          input: 'alias',
          fix: 'check the alias name; to point a new alias at a version use promote-from',
        });
      }
      const recorded = recordedPrevious(current.Description);
      if (mode.to === undefined && !recorded) {
        throw new NasmLambdaError(`alias ${alias} of ${name} records no previous version (it was not moved by this action, or its description was edited)`, {
          input: 'rollback',
          fix: 'set rollback-to to the version number to go back to',
        });
      }
      target = mode.to ?? recorded!;
    } else {
      target = await promoteTarget(api, name, mode.from, alias);
    }
    const version = await readVersion(api, name, target);
    if (!version) {
      throw new NasmLambdaError(`version ${target} of ${name} no longer exists (deleted, for example by keep-versions), so alias ${alias} was not moved`, {
        input: mode.kind === 'rollback' ? (mode.to === undefined ? 'rollback' : 'rollback-to') : 'promote-from',
        fix: 'choose a version that exists (aws lambda list-versions-by-function) with rollback-to',
      });
    }
    const result: DeployResult = {
      functionName: name,
      functionArn: fn.FunctionArn?.split(':').slice(0, 7).join(':') ?? '',
      version: target,
      alias,
      aliasArn: current?.AliasArn,
      deployed: false,
      skippedUnchanged: false,
      created: false,
      dryRun: opts.dryRun,
      mode: mode.kind,
    };
    progress.deploy = result;
    const from = current?.FunctionVersion;
    const weighted = Object.keys(current?.RoutingConfig?.AdditionalVersionWeights ?? {}).length > 0;
    const verb = mode.kind === 'rollback' ? 'Roll back' : 'Promote';
    if (from === target && !weighted) {
      log.info(`Alias ${alias} already points at version ${target}; nothing to do`);
      return result;
    }
    if (opts.dryRun) {
      log.info(
        `Dry run: ${verb.toLowerCase()} would move alias ${alias} from ${from ?? '(new alias)'} to version ${target}${opts.remoteTest ? ', after a remote test (nothing invoked)' : ''}`,
      );
      return result;
    }
    if (opts.remoteTest) {
      const tested = await testVersion(api, p, opts, target, version.Timeout);
      result.remoteTest = tested;
      if (!tested.ok) throw remoteTestError(tested, alias);
    }
    log.info(`${verb}: moving alias ${alias} from ${from ?? '(new alias)'} to version ${target}`);
    const moved = await ensureAlias(api, p, name, alias, target);
    result.aliasArn = moved.arn;
    if (moved.previous) result.previousVersion = moved.previous;
    return result;
  } catch (err) {
    throw explain(err);
  } finally {
    close();
  }
}

async function promoteTarget(api: LambdaApi, fn: string, from: string, alias: string): Promise<string> {
  if (/^[0-9]+$/.test(from)) return from;
  if (from === alias) throw inputError('promote-from', `is the alias being moved (${alias})`, 'name another alias or a version number');
  const source = await readAlias(api, fn, from);
  if (!source) throw inputError('promote-from', `alias ${from} of ${fn} does not exist`, 'name an existing alias, or a version number');
  const weights = source.RoutingConfig?.AdditionalVersionWeights ?? {};
  if (Object.keys(weights).length > 0) {
    const split = Object.entries(weights)
      .map(([v, w]) => `${Math.round(w * 100)}% to version ${v}`)
      .join(', ');
    throw inputError(
      'promote-from',
      `alias ${from} is weighted (${split}, the rest to ${source.FunctionVersion}), so it has no single version to promote`,
      'finish or undo the canary first, or give the version number',
    );
  }
  if (!source.FunctionVersion || !/^[0-9]+$/.test(source.FunctionVersion)) {
    throw inputError(
      'promote-from',
      `alias ${from} points at ${source.FunctionVersion ?? 'nothing'}, not a published version`,
      'promote from an alias that points at a version',
    );
  }
  return source.FunctionVersion;
}

async function readVersion(api: LambdaApi, fn: string, version: string): Promise<FunctionConfiguration | undefined> {
  return api.find('GetFunctionConfiguration', (l) => l.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: version })));
}

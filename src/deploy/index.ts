import { readFile } from 'node:fs/promises';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { NasmLambdaError, inputError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DeployOptions } from '../types.ts';
import { deleteAliasAndUrl, ensureAlias, ensureFunctionUrl, readAlias, readFunctionUrl, readStatementIds } from './alias-url.ts';
import { checkFunction, checkUnqualified, codeSha256Of, describePlan, planDeploy, publicUrlStatementIds, type DeployPlan } from './checks.ts';
import type { LambdaApi } from './client.ts';
import { createFunction, dryRunCode, publishVersion, readFunction, updateCode, updateHandler } from './function.ts';
import { pacingWith, type Pacing } from './pacing.ts';
import { aliasVersions, deleteVersion, listAliases, listVersions, pruneVersions, referencedVersions } from './prune.ts';
import { versionDescription } from './records.ts';
import { remoteTestError, type RemoteTestResult } from './remote-test.ts';
import { openApi, testVersion } from './session.ts';
import { applySettings, hasSettings, maskValues, mergeSettings, type MergedSettings } from './settings.ts';
import { isBusy, waitUntilIdle } from './wait.ts';

/**
 * The deploy stage. The only module (with its imports) that loads
 * @aws-sdk/client-lambda; the action imports it lazily so build-only runs
 * never pay for the SDK.
 *
 * Order: read and check everything, then write. Writes go create or code →
 * handler → publish → alias → URL, each waited on until Lambda reports it
 * settled. Code goes first, as the README says: a handler change is rare, and
 * when it fails the step fails with the new code already in place.
 */

export interface DeployResult {
  functionName: string;
  /** Unqualified ARN; empty in a dry run that would create the function. */
  functionArn: string;
  version?: string;
  alias?: string;
  aliasArn?: string;
  functionUrl?: string;
  /** True when code was uploaded (created or updated). */
  deployed: boolean;
  skippedUnchanged: boolean;
  created: boolean;
  dryRun: boolean;
  /** The version the alias pointed at before this run moved it (also recorded in the alias's Description). */
  previousVersion?: string;
  /** remote-test of the new version (or of a rollback/promote target). */
  remoteTest?: RemoteTestResult;
  /** Versions deleted by keep-versions (in a dry run: that would be deleted). */
  prunedVersions?: string[];
  /** Configuration changes made (key names only), or that a dry run would make. */
  configChanges?: string[];
  /** Set for the build-free modes. */
  mode?: 'rollback' | 'promote';
}

export type { Pacing } from './pacing.ts';
export { DEFAULT_PACING } from './pacing.ts';
export type { RemoteTestResult, ReportFigures } from './remote-test.ts';
export { mergeSettings, type MergedSettings } from './settings.ts';
export { releaseAlias } from './release.ts';

export async function deployFunction(
  opts: DeployOptions,
  pkg: { zipPath: string; codeSha256: string },
  log: Logger,
  pacing: Partial<Pacing> = {},
  /** Receives the result as it is built, so a failure part-way still shows what was done. */
  progress?: { deploy?: DeployResult },
): Promise<DeployResult> {
  checkUnqualified(opts.functionName);
  const zip = await readZip(pkg);
  const p = pacingWith(pacing);
  maskValues(log, Object.values(opts.settings?.environment?.set ?? {}));
  const { api, close, explain } = openApi(opts, log, p);
  try {
    return await deploy(api, p, opts, pkg.codeSha256, zip, progress ?? {});
  } catch (err) {
    throw explain(err);
  } finally {
    close();
  }
}

/**
 * The function's settings as they would be after this deploy's merge
 * (environment, memory, timeout), without writing anything; for a local
 * test-event that should see what Lambda will. A missing function merges onto
 * nothing.
 */
export async function readMergedSettings(opts: DeployOptions, log: Logger, pacing: Partial<Pacing> = {}): Promise<MergedSettings> {
  checkUnqualified(opts.functionName);
  maskValues(log, Object.values(opts.settings?.environment?.set ?? {}));
  const { api, close, explain } = openApi(opts, log, pacingWith(pacing));
  try {
    const current = await readFunction(api, opts.functionName);
    maskValues(log, Object.values(current?.Environment?.Variables ?? {}));
    return mergeSettings(current, opts.settings ?? {}, opts.handler);
  } catch (err) {
    throw explain(err);
  } finally {
    close();
  }
}

async function deploy(
  api: LambdaApi,
  p: Pacing,
  opts: DeployOptions,
  codeSha256: string,
  zip: Uint8Array,
  progress: { deploy?: DeployResult },
): Promise<DeployResult> {
  const log = api.log;
  const name = opts.functionName;
  // --- read and check; nothing below this line writes until the plan is made
  const current = await readFunction(api, name);
  if (!current && !opts.role) {
    throw new NasmLambdaError(`function ${name} does not exist in ${opts.region}`, {
      input: 'function-name',
      fix: 'check the name and region, or set role to an execution role ARN so the action creates it',
    });
  }
  if (current) for (const w of checkFunction(current, name)) log.annotate(w);
  maskValues(log, Object.values(current?.Environment?.Variables ?? {}));
  const plan = planDeploy(current, opts, codeSha256);
  const settings = hasSettings(opts.settings) ? opts.settings : undefined;
  const alias = opts.alias;
  const existingAlias = current && alias ? await readAlias(api, name, alias) : undefined;
  const existingUrl = current && opts.functionUrl && (!alias || existingAlias) ? await readFunctionUrl(api, name, alias) : undefined;

  // A dry run's whole point is the plan; a real run says each step as it takes it.
  const planned = describePlan(plan, opts);
  if (settings) planned.push(...mergeSettings(current, settings).changes.map((c) => `change the configuration: ${c}`));
  if (opts.remoteTest && plan.publish) planned.push('invoke the new version with test-event (remote-test) before moving any alias');
  if (opts.keepVersions !== undefined && plan.publish) planned.push(`delete unreferenced versions beyond the newest ${opts.keepVersions}`);
  for (const line of planned) {
    if (opts.dryRun) log.info(`Would ${line}`);
    else log.debug(`Will ${line}`);
  }

  const result: DeployResult = {
    functionName: name,
    functionArn: unqualified(current?.FunctionArn) ?? '',
    alias,
    deployed: false,
    skippedUnchanged: plan.skippedUnchanged,
    created: false,
    dryRun: opts.dryRun,
  };
  progress.deploy = result;

  if (opts.dryRun) {
    if (settings) {
      const changes = mergeSettings(current, settings).changes;
      result.configChanges = changes;
      log.info(changes.length ? `Dry run: would change the configuration: ${changes.join('; ')}` : 'Dry run: the configuration already matches');
    }
    if (opts.remoteTest && plan.publish) log.info('Dry run: would invoke the new version with test-event before moving the alias (nothing invoked)');
    if (current && opts.keepVersions !== undefined && plan.publish) {
      const newVersion = plan.updateCode || plan.handlerFrom !== undefined || Boolean(result.configChanges?.length);
      result.prunedVersions = await pruneVersions(api, name, opts.keepVersions, {
        dryRun: true,
        pending: newVersion ? 1 : 0,
        extra: existingAlias?.FunctionVersion ? [existingAlias.FunctionVersion] : [],
      });
    }
    return (progress.deploy = await dryRun(api, opts, plan, current, zip, result, existingAlias?.AliasArn, existingUrl?.FunctionUrl));
  }

  // --- write
  if (current && isBusy(current)) {
    log.info(`${name} has an update in progress; waiting for it first`);
    await waitUntilIdle(api, name, p, 'an update by someone else');
  }
  if (plan.create) {
    log.info(`Creating ${name}`);
    const created = await createFunction(api, p, { name, role: opts.role!, handler: opts.handler, zip });
    if (created) {
      result.created = true;
      result.deployed = true;
      result.functionArn = unqualified(created.FunctionArn) ?? '';
    } else {
      // Lost a create race: deploy to the function the other run made, checked like any other.
      return deploy(api, p, { ...opts, role: undefined }, codeSha256, zip, progress);
    }
  } else {
    if (plan.updateCode) {
      log.info(`Uploading ${zip.length} bytes to ${name} (CodeSha256 ${codeSha256})`);
      const updated = await updateCode(api, p, name, zip, codeSha256, () => (result.deployed = true));
      result.deployed = true;
      result.functionArn = unqualified(updated.FunctionArn) ?? result.functionArn;
    } else {
      log.info(`${name} already runs this code (CodeSha256 ${codeSha256}); upload skipped`);
    }
    if (plan.handlerFrom !== undefined && !settings) {
      log.info(`Changing the handler of ${name} from "${plan.handlerFrom}" to "${opts.handler}"`);
      await updateHandler(api, p, name, opts.handler);
    }
  }
  // Handler and settings go in one UpdateFunctionConfiguration, read and merged first.
  if (settings) result.configChanges = await applySettings(api, p, name, opts.handler, settings);

  if (plan.publish) {
    const description = versionDescription(opts.versionDescription, { sha: opts.commitSha, alias });
    const version = await publishVersion(api, p, name, codeSha256, description);
    result.version = version.Version;
    log.info(`Published version ${version.Version}`);
    if (opts.remoteTest) {
      const tested = await testVersion(api, p, opts, version.Version!, version.Timeout);
      result.remoteTest = tested;
      if (!tested.ok) throw remoteTestError(tested, alias);
    }
  }
  if (alias) {
    const moved = await ensureAlias(api, p, name, alias, result.version!);
    result.aliasArn = moved.arn;
    if (moved.previous) result.previousVersion = moved.previous;
  }
  if (opts.functionUrl) {
    result.functionUrl = await ensureFunctionUrl(api, p, name, alias, opts.functionUrlAuth);
    log.info(`Function URL: ${result.functionUrl}`);
  }
  if (plan.publish && opts.keepVersions !== undefined) {
    result.prunedVersions = await pruneVersions(api, name, opts.keepVersions, { dryRun: false });
  }
  return result;
}

/** The reads plus UpdateFunctionCode with DryRun (which Lambda validates but does not apply); no other call. */
async function dryRun(
  api: LambdaApi,
  opts: DeployOptions,
  plan: DeployPlan,
  current: FunctionConfiguration | undefined,
  zip: Uint8Array,
  result: DeployResult,
  aliasArn: string | undefined,
  functionUrl: string | undefined,
): Promise<DeployResult> {
  if (current && plan.updateCode) {
    const preview = await dryRunCode(api, opts.functionName, zip);
    api.log.info(`Dry run: Lambda accepted the code update (CodeSha256 ${preview.CodeSha256})`);
  }
  if (current && opts.functionUrl && opts.functionUrlAuth === 'NONE' && (!opts.alias || aliasArn)) {
    const present = await readStatementIds(api, opts.functionName, opts.alias);
    const sids = publicUrlStatementIds(opts.alias);
    const missing = [sids.url, sids.invoke].filter((s) => !present.includes(s));
    if (missing.length) api.log.info(`Dry run: would add permissions ${missing.join(', ')}`);
  }
  api.log.info('Dry run: nothing was changed');
  return { ...result, aliasArn, functionUrl };
}

/**
 * Cleanup for a closed pull request: the alias's function URL, the permissions
 * we added for it, then the alias, then the versions published for it (by
 * their description record) that no other alias references. An alias (or
 * function) already gone is not an error, just a notice; the version cleanup
 * still runs, so a rerun finishes what an interrupted one left.
 */
export async function deleteAlias(opts: DeployOptions, log: Logger, pacing: Partial<Pacing> = {}): Promise<{ deleted: boolean; deletedVersions: string[] }> {
  const alias = opts.alias;
  if (!alias) {
    throw inputError('alias', 'delete-alias needs the alias to delete', 'set alias, e.g. pr-${{ github.event.number }}');
  }
  checkUnqualified(opts.functionName);
  const p = pacingWith(pacing);
  const { api, close, explain } = openApi(opts, log, p);
  const notice = (why: string) =>
    log.annotate({ severity: 'notice', title: 'Nothing to delete', message: `alias ${alias} of ${opts.functionName} ${why}; nothing to delete` });
  try {
    const fn = await readFunction(api, opts.functionName);
    if (!fn) {
      notice(`is gone: the function does not exist in ${opts.region}`);
      return { deleted: false, deletedVersions: [] };
    }
    let deleted = false;
    if (opts.dryRun) {
      const exists = await readAlias(api, opts.functionName, alias);
      log.info(exists ? `Dry run: would delete alias ${alias}, its function URL and permissions` : `Dry run: alias ${alias} does not exist`);
    } else {
      deleted = await deleteAliasAndUrl(api, p, opts.functionName, alias);
      if (deleted) log.info(`Deleted alias ${alias} of ${opts.functionName}`);
      else notice('is already gone');
    }
    const [versions, aliases] = [await listVersions(api, opts.functionName), await listAliases(api, opts.functionName)];
    const mine = aliasVersions(versions, alias, referencedVersions(aliases, alias));
    if (mine.length === 0) return { deleted, deletedVersions: [] };
    if (opts.dryRun) {
      log.info(`Dry run: would delete version(s) ${mine.join(', ')}, published for ${alias}`);
      return { deleted, deletedVersions: mine };
    }
    const gone: string[] = [];
    for (const v of mine) if (await deleteVersion(api, opts.functionName, v)) gone.push(v);
    if (gone.length) log.info(`Deleted version(s) ${gone.join(', ')}, published for ${alias}`);
    return { deleted, deletedVersions: gone };
  } catch (err) {
    throw explain(err);
  } finally {
    close();
  }
}

async function readZip(pkg: { zipPath: string; codeSha256: string }): Promise<Uint8Array> {
  let zip: Uint8Array;
  try {
    zip = await readFile(pkg.zipPath);
  } catch (err) {
    throw new NasmLambdaError(`cannot read ${pkg.zipPath}: ${(err as Error).message}`, { fix: 'build the package before deploying', cause: err });
  }
  const actual = codeSha256Of(zip);
  if (actual !== pkg.codeSha256) {
    throw new NasmLambdaError(`${pkg.zipPath} changed after it was packed (CodeSha256 ${actual}, expected ${pkg.codeSha256})`, {
      fix: 'do not modify function.zip between packing and deploying',
    });
  }
  return zip;
}

function unqualified(arn: string | undefined): string | undefined {
  // arn:aws:lambda:region:account:function:name[:qualifier]
  return arn?.split(':').slice(0, 7).join(':');
}

import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionUrlConfigCommand,
  GetAliasCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateFunctionUrlConfigCommand,
  type AliasConfiguration,
  type GetFunctionUrlConfigResponse,
} from '@aws-sdk/client-lambda';
import type { FunctionUrlAuth } from '../types.ts';
import { publicUrlStatementIds } from './checks.ts';
import { aliasDescription } from './records.ts';
import { isAwsError, type LambdaApi } from './client.ts';
import type { Pacing } from './pacing.ts';
import { withConflictRetry } from './wait.ts';

/**
 * Aliases, function URLs and the resource-policy statements a public URL needs.
 * Every "ensure" reads first and writes only the difference, so reruns are
 * no-ops and a conflict retry never repeats a write blindly.
 */

export function readAlias(api: LambdaApi, fn: string, alias: string): Promise<AliasConfiguration | undefined> {
  return api.find('GetAlias', (l) => l.send(new GetAliasCommand({ FunctionName: fn, Name: alias })));
}

/**
 * Creates the alias or moves it to `version`; returns its ARN and, after a
 * move, the version it pointed at before, which the alias's Description now
 * records (see records.ts) so a rollback can return to it.
 */
export async function ensureAlias(api: LambdaApi, pacing: Pacing, fn: string, alias: string, version: string): Promise<{ arn: string; previous?: string }> {
  return withConflictRetry(api, fn, pacing, `alias ${alias}`, async () => {
    const current = await readAlias(api, fn, alias);
    if (!current) {
      api.log.info(`Creating alias ${alias} → version ${version}`);
      const created = await api.call('CreateAlias', (l) => l.send(new CreateAliasCommand({ FunctionName: fn, Name: alias, FunctionVersion: version })));
      return { arn: created.AliasArn ?? '' };
    }
    const weights = current.RoutingConfig?.AdditionalVersionWeights ?? {};
    const weighted = Object.keys(weights).length > 0;
    if (current.FunctionVersion === version && !weighted) {
      api.log.info(`Alias ${alias} already points at version ${version}`);
      return { arn: current.AliasArn ?? '' };
    }
    // A weighted (canary) alias would keep sending traffic to an older version,
    // and Lambda refuses a weight on the alias's own version: moving it means all traffic.
    if (weighted) {
      api.log.annotate({
        severity: 'warning',
        title: 'Alias weights cleared',
        message: `alias ${alias} sent ${Object.entries(weights)
          .map(([v, w]) => `${Math.round(w * 100)}% to version ${v}`)
          .join(', ')}; it now sends all traffic to version ${version}`,
      });
    }
    api.log.info(`Moving alias ${alias} from version ${current.FunctionVersion} to ${version}`);
    // RevisionId: if another run moves the alias between our read and write, Lambda says 412 and we re-read.
    const moved = await api.call('UpdateAlias', (l) =>
      l.send(
        new UpdateAliasCommand({
          FunctionName: fn,
          Name: alias,
          FunctionVersion: version,
          RevisionId: current.RevisionId,
          ...(current.FunctionVersion && /^[0-9]+$/.test(current.FunctionVersion) && current.FunctionVersion !== version
            ? { Description: aliasDescription(current.Description, current.FunctionVersion) }
            : {}),
          ...(weighted ? { RoutingConfig: { AdditionalVersionWeights: {} } } : {}),
        }),
      ),
    );
    const previous = current.FunctionVersion !== version ? current.FunctionVersion : undefined;
    return { arn: moved.AliasArn ?? '', ...(previous ? { previous } : {}) };
  });
}

export function readFunctionUrl(api: LambdaApi, fn: string, qualifier: string | undefined): Promise<GetFunctionUrlConfigResponse | undefined> {
  return api.find('GetFunctionUrlConfig', (l) => l.send(new GetFunctionUrlConfigCommand({ FunctionName: fn, Qualifier: qualifier })));
}

/**
 * Makes sure a function URL with `auth` exists for the alias (or $LATEST), and
 * that the policy matches: NONE gets the two public statements, AWS_IAM has
 * ours removed. Returns the URL.
 */
export async function ensureFunctionUrl(api: LambdaApi, pacing: Pacing, fn: string, qualifier: string | undefined, auth: FunctionUrlAuth): Promise<string> {
  const target = qualifier ?? '$LATEST';
  const url = await withConflictRetry(api, fn, pacing, `function URL of ${target}`, async () => {
    const current = await readFunctionUrl(api, fn, qualifier);
    if (!current) {
      api.log.info(`Creating a function URL for ${target} (auth ${auth})`);
      const created = await api.call('CreateFunctionUrlConfig', (l) =>
        l.send(new CreateFunctionUrlConfigCommand({ FunctionName: fn, Qualifier: qualifier, AuthType: auth })),
      );
      return created.FunctionUrl;
    }
    if (current.AuthType !== auth) {
      api.log.info(`Changing the function URL auth of ${target} from ${current.AuthType} to ${auth}`);
      const updated = await api.call('UpdateFunctionUrlConfig', (l) =>
        l.send(new UpdateFunctionUrlConfigCommand({ FunctionName: fn, Qualifier: qualifier, AuthType: auth })),
      );
      return updated.FunctionUrl;
    }
    return current.FunctionUrl;
  });
  if (auth === 'NONE') await ensurePublicAccess(api, pacing, fn, qualifier);
  else await removePublicAccess(api, pacing, fn, qualifier);
  return url ?? '';
}

/** The Sids in the resource policy of `qualifier` (empty when there is no policy). */
export async function readStatementIds(api: LambdaApi, fn: string, qualifier: string | undefined): Promise<string[]> {
  const out = await api.find('GetPolicy', (l) => l.send(new GetPolicyCommand({ FunctionName: fn, Qualifier: qualifier })));
  if (!out?.Policy) return [];
  const policy = JSON.parse(out.Policy) as { Statement?: { Sid?: string }[] };
  return (policy.Statement ?? []).map((s) => s.Sid ?? '');
}

/**
 * A public URL (AuthType NONE) needs lambda:InvokeFunctionUrl and, since
 * October 2025, lambda:InvokeFunction. The second is limited to calls that
 * come through the URL, so Principal '*' does not open the Invoke API itself.
 */
async function ensurePublicAccess(api: LambdaApi, pacing: Pacing, fn: string, qualifier: string | undefined): Promise<void> {
  const sids = publicUrlStatementIds(qualifier);
  await withConflictRetry(api, fn, pacing, 'public URL permissions', async () => {
    const present = await readStatementIds(api, fn, qualifier);
    if (!present.includes(sids.url)) {
      api.log.info(`Allowing public lambda:InvokeFunctionUrl on ${qualifier ?? '$LATEST'} (${sids.url})`);
      await api.call('AddPermission', (l) =>
        l.send(
          new AddPermissionCommand({
            FunctionName: fn,
            Qualifier: qualifier,
            StatementId: sids.url,
            Action: 'lambda:InvokeFunctionUrl',
            Principal: '*',
            FunctionUrlAuthType: 'NONE',
          }),
        ),
      );
    }
    if (!present.includes(sids.invoke)) {
      api.log.info(`Allowing lambda:InvokeFunction through the URL on ${qualifier ?? '$LATEST'} (${sids.invoke})`);
      await api.call('AddPermission', (l) =>
        l.send(
          new AddPermissionCommand({
            FunctionName: fn,
            Qualifier: qualifier,
            StatementId: sids.invoke,
            Action: 'lambda:InvokeFunction',
            Principal: '*',
            InvokedViaFunctionUrl: true,
          }),
        ),
      );
    }
  });
}

/** Removes the statements ensurePublicAccess added (and only those). */
export async function removePublicAccess(api: LambdaApi, pacing: Pacing, fn: string, qualifier: string | undefined): Promise<number> {
  const sids = publicUrlStatementIds(qualifier);
  return withConflictRetry(api, fn, pacing, 'removing public URL permissions', async () => {
    const present = await readStatementIds(api, fn, qualifier);
    let removed = 0;
    for (const sid of [sids.url, sids.invoke]) {
      if (!present.includes(sid)) continue;
      api.log.info(`Removing permission ${sid} from ${qualifier ?? '$LATEST'}`);
      await api.find('RemovePermission', (l) => l.send(new RemovePermissionCommand({ FunctionName: fn, Qualifier: qualifier, StatementId: sid })));
      removed++;
    }
    return removed;
  });
}

/** Deletes the alias's URL, our statements, then the alias. False when the alias was already gone. */
export async function deleteAliasAndUrl(api: LambdaApi, pacing: Pacing, fn: string, alias: string): Promise<boolean> {
  if (!(await readAlias(api, fn, alias))) return false;
  await withConflictRetry(api, fn, pacing, `function URL of ${alias}`, async () => {
    if (!(await readFunctionUrl(api, fn, alias))) return;
    api.log.info(`Deleting the function URL of ${alias}`);
    await api.find('DeleteFunctionUrlConfig', (l) => l.send(new DeleteFunctionUrlConfigCommand({ FunctionName: fn, Qualifier: alias })));
  });
  await removePublicAccess(api, pacing, fn, alias);
  return withConflictRetry(api, fn, pacing, `alias ${alias}`, async () => {
    api.log.info(`Deleting alias ${alias}`);
    try {
      await api.call('DeleteAlias', (l) => l.send(new DeleteAliasCommand({ FunctionName: fn, Name: alias })));
      return true;
    } catch (err) {
      // Another cleanup job got there first.
      if (isAwsError(err, 'ResourceNotFoundException')) return false;
      throw err;
    }
  });
}

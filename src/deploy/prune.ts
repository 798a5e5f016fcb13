import {
  DeleteFunctionCommand,
  ListAliasesCommand,
  ListVersionsByFunctionCommand,
  type AliasConfiguration,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { NasmLambdaError } from '../errors.ts';
import { isAwsError, type LambdaApi } from './client.ts';
import { parseVersionRecord, recordedPrevious } from './records.ts';

/**
 * Deleting published versions: keep-versions pruning, and the versions a
 * deleted preview alias leaves behind. A version is never deleted while
 * anything points at it: an alias (as its version or in its routing weights),
 * or an alias's recorded previous version (what rollback would return to).
 * $LATEST is never a candidate, and DeleteFunction is only ever sent with a
 * numeric Qualifier, so the function itself cannot be deleted from here.
 */

export async function listVersions(api: LambdaApi, fn: string): Promise<FunctionConfiguration[]> {
  const all: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await api.call('ListVersionsByFunction', (l) => l.send(new ListVersionsByFunctionCommand({ FunctionName: fn, Marker: marker })));
    all.push(...(page.Versions ?? []));
    marker = page.NextMarker || undefined;
  } while (marker);
  return all.filter((v) => v.Version && /^[0-9]+$/.test(v.Version));
}

export async function listAliases(api: LambdaApi, fn: string): Promise<AliasConfiguration[]> {
  const all: AliasConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await api.call('ListAliases', (l) => l.send(new ListAliasesCommand({ FunctionName: fn, Marker: marker })));
    all.push(...(page.Aliases ?? []));
    marker = page.NextMarker || undefined;
  } while (marker);
  return all;
}

/** Every version an alias points at, gives weight to, or could be rolled back to. */
export function referencedVersions(aliases: AliasConfiguration[], except?: string): Set<string> {
  const refs = new Set<string>();
  for (const a of aliases) {
    if (except !== undefined && a.Name === except) continue;
    if (a.FunctionVersion) refs.add(a.FunctionVersion);
    for (const v of Object.keys(a.RoutingConfig?.AdditionalVersionWeights ?? {})) refs.add(v);
    const prev = recordedPrevious(a.Description);
    if (prev) refs.add(prev);
  }
  return refs;
}

/** The versions beyond the newest `keep` that nothing references, oldest first. */
export function pruneCandidates(versions: string[], keep: number, referenced: Set<string>): string[] {
  const sorted = [...new Set(versions)].filter((v) => /^[0-9]+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return sorted
    .slice(keep)
    .filter((v) => !referenced.has(v))
    .reverse();
}

/** Versions published for `alias` (by their description record) that no other alias references. */
export function aliasVersions(versions: FunctionConfiguration[], alias: string, referenced: Set<string>): string[] {
  return versions
    .filter((v) => parseVersionRecord(v.Description)?.alias === alias && !referenced.has(v.Version!))
    .map((v) => v.Version!)
    .sort((a, b) => Number(a) - Number(b));
}

/**
 * Deletes one version. Returns false when Lambda refuses because something
 * came to reference it meanwhile (409) or it is already gone (404).
 */
export async function deleteVersion(api: LambdaApi, fn: string, version: string): Promise<boolean> {
  if (!/^[0-9]+$/.test(version)) throw new NasmLambdaError(`refusing to delete "${version}": only numbered versions are ever deleted`);
  try {
    await api.call('DeleteFunction', (l) => l.send(new DeleteFunctionCommand({ FunctionName: fn, Qualifier: version })));
    return true;
  } catch (err) {
    if (isAwsError(err, 'ResourceNotFoundException')) return false;
    if (isAwsError(err, 'ResourceConflictException')) {
      api.log.info(`Version ${version} was kept: Lambda says it is in use (${err.message})`);
      return false;
    }
    throw err;
  }
}

/**
 * keep-versions: deletes the published versions beyond the newest `keep`, except
 * referenced ones. `extra` protects more (in a dry run, the alias's current
 * version, which is about to become its recorded previous one).
 */
export async function pruneVersions(
  api: LambdaApi,
  fn: string,
  keep: number,
  opts: { dryRun: boolean; pending?: number; extra?: string[] },
): Promise<string[]> {
  const [versions, aliases] = [await listVersions(api, fn), await listAliases(api, fn)];
  const refs = referencedVersions(aliases);
  for (const v of opts.extra ?? []) refs.add(v);
  const candidates = pruneCandidates(
    versions.map((v) => v.Version!),
    Math.max(0, keep - (opts.pending ?? 0)),
    refs,
  );
  if (candidates.length === 0) {
    api.log.info(`keep-versions ${keep}: nothing to delete (${versions.length} published version(s), ${refs.size} referenced)`);
    return [];
  }
  if (opts.dryRun) {
    api.log.info(`Dry run: keep-versions ${keep} would delete version(s) ${candidates.join(', ')}`);
    return candidates;
  }
  const deleted: string[] = [];
  for (const v of candidates) {
    if (await deleteVersion(api, fn, v)) deleted.push(v);
  }
  api.log.info(deleted.length ? `keep-versions ${keep}: deleted version(s) ${deleted.join(', ')}` : `keep-versions ${keep}: nothing deleted`);
  return deleted;
}

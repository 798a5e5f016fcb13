import type { DeployResult } from './index.ts';

/**
 * The deploy table of the job summary as [label, value] rows. Pure and free of
 * the SDK (the import above is type-only), so the report stage can use it
 * without loading @aws-sdk/client-lambda.
 */
export function deploySummaryRows(r: DeployResult): [string, string][] {
  const code = r.dryRun
    ? 'dry run: nothing changed'
    : r.created
      ? 'created the function'
      : r.deployed
        ? 'uploaded'
        : r.skippedUnchanged
          ? 'skipped: unchanged'
          : 'not uploaded';
  const rows: [string, string][] = [
    ['Function', r.functionArn || r.functionName],
    ['Code', code],
    ['Version', r.version ?? '—'],
  ];
  if (r.alias) rows.push(['Alias', r.aliasArn ? `${r.alias} (${r.aliasArn})` : r.alias]);
  rows.push(['Function URL', r.functionUrl ?? '—']);
  return rows;
}

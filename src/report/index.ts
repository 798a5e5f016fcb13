import { describeElf } from '../build/elf.ts';
import { TEST_RESPONSE_OUTPUT_MAX, type PipelineReport } from './types.ts';

/** The action's outputs. Every output of action.yml is always set, empty when it doesn't apply. */
export function outputsFor(r: PipelineReport): Record<string, string> {
  const invoke = r.invoke && !('skipped' in r.invoke) && r.invoke.ok ? capped(r.invoke.response) : '';
  return {
    executable: r.executable ?? '',
    'executable-size': r.executableSize === undefined ? '' : String(r.executableSize),
    'zip-path': r.package?.zipPath ?? '',
    'zip-size': r.package ? String(r.package.size) : '',
    'zip-sha256': r.package?.sha256Hex ?? '',
    'code-sha256': r.package?.codeSha256 ?? '',
    'artifact-id': r.artifact?.uploaded ? String(r.artifact.id) : '',
    'test-response': invoke,
    'function-arn': r.deploy?.functionArn ?? '',
    version: r.deploy?.version ?? '',
    alias: r.deploy?.alias ?? r.deletedAlias?.alias ?? '',
    'alias-arn': r.deploy?.aliasArn ?? '',
    'function-url': r.deploy?.functionUrl ?? '',
    deployed: r.deploy?.deployed ? 'true' : 'false',
  };
}

/**
 * Outputs feed expressions and environment variables; Linux refuses one
 * variable over 128 KiB, so a large response is cut (the pipeline warns).
 */

function capped(s: string): string {
  return s.length > TEST_RESPONSE_OUTPUT_MAX ? s.slice(0, TEST_RESPONSE_OUTPUT_MAX) : s;
}

function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(rows: [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${esc(k)} | ${esc(v)} |`)].join('\n');
}

function bytes(n: number): string {
  return n < 1024 ? `${n} B` : `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}

/** Facts as label/value pairs: the job summary and the CLI print the same ones. */
export function buildFacts(r: PipelineReport): [string, string][] {
  const rows: [string, string][] = [];
  if (r.sources) rows.push(['Sources', r.sources.map((s) => `\`${s}\``).join(', ')]);
  if (r.versions) rows.push(['Toolchain', `${r.versions.nasm}; ${r.versions.ld}`]);
  if (r.executable !== undefined && r.executableSize !== undefined) rows.push(['Executable', `\`${r.executable}\`, ${bytes(r.executableSize)}`]);
  if (r.elf) {
    for (const [k, v] of Object.entries(describeElf(r.elf))) rows.push([k === 'Format' ? 'ELF' : k, v]);
  }
  if (r.package) {
    const p = r.package;
    rows.push(['Zip', `\`${p.zipPath}\`, ${bytes(p.size)}`]);
    rows.push(['Zip entries', p.entries.map((e) => `\`${e.name}\` ${e.mode.toString(8)}`).join(', ')]);
    rows.push(['SHA-256', `\`${p.sha256Hex}\``]);
    rows.push(['CodeSha256', `\`${p.codeSha256}\``]);
  }
  if (r.invoke) {
    if ('skipped' in r.invoke) rows.push(['Local invoke', `skipped: ${r.invoke.skipped}`]);
    else if (r.invoke.ok) rows.push(['Local invoke', `ok: \`${truncate(r.invoke.response, 200)}\``]);
    else rows.push(['Local invoke', `failed: ${r.invoke.errorType}: ${truncate(r.invoke.errorMessage, 200)}`]);
  }
  if (r.artifact) rows.push(['Artifact', r.artifact.uploaded ? `id ${r.artifact.id}, ${bytes(r.artifact.size)}` : `not uploaded: ${r.artifact.reason}`]);
  return rows;
}

export function deployFacts(r: PipelineReport): [string, string][] {
  const rows: [string, string][] = [];
  const d = r.deploy;
  if (d) {
    const created = d.created ? (d.dryRun ? ' (would be created)' : ' (created)') : '';
    rows.push(['Function', `\`${d.functionArn || d.functionName}\`${created}`]);
    rows.push(['Code', d.dryRun ? 'dry run: nothing changed' : d.skippedUnchanged ? 'unchanged: upload skipped' : d.deployed ? 'uploaded' : 'not uploaded']);
    rows.push(['Version', d.version ?? 'not published']);
    if (d.alias) rows.push(['Alias', `${d.alias}${d.aliasArn ? ` (\`${d.aliasArn}\`)` : ''}`]);
    if (d.functionUrl) rows.push(['URL', d.functionUrl]);
  }
  if (r.deletedAlias) rows.push(['Alias', `${r.deletedAlias.alias}: ${r.deletedAlias.deleted ? 'deleted' : 'already gone'}`]);
  return rows;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function summaryMarkdown(r: PipelineReport, failure?: string): string {
  const parts = ['## NASM Lambda'];
  if (failure) parts.push(`> [!CAUTION]\n> ${esc(failure)}`);
  const b = buildFacts(r);
  if (b.length > 0) parts.push('### Build', table(b));
  const d = deployFacts(r);
  if (d.length > 0) parts.push('### Deploy', table(d));
  return parts.join('\n\n') + '\n';
}

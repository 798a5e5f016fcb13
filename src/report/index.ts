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
    ...releaseOutputs(r),
  };
}

/** remote-test figures, the alias's previous version and pruned versions. */
function releaseOutputs(r: PipelineReport): Record<string, string> {
  const t = r.deploy?.remoteTest;
  const n = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    'remote-response': t ? capped(t.response) : '',
    'remote-duration-ms': n(t?.report.durationMs),
    'remote-billed-ms': n(t?.report.billedMs),
    'remote-init-ms': n(t?.report.initMs),
    'remote-max-memory-mb': n(t?.report.maxMemoryMb),
    'previous-version': r.deploy?.previousVersion ?? '',
    'pruned-versions': (r.deploy?.prunedVersions ?? r.deletedAlias?.versions ?? []).join(','),
  };
}

/**
 * Outputs feed expressions and environment variables; Linux refuses one
 * variable over 128 KiB, so a large response is cut (the pipeline warns).
 */

function capped(s: string): string {
  return s.length > TEST_RESPONSE_OUTPUT_MAX ? s.slice(0, TEST_RESPONSE_OUTPUT_MAX) : s;
}

/**
 * How a fact's value is written. Text from elsewhere (a file name, a response,
 * an error message, a tool's version line) goes through `code` or `text`; the
 * rest is our own words. The CLI prints the plain form; the job summary the
 * markdown form, where such text can neither break the table nor become
 * markup, HTML, a link or an image.
 */
export interface FactFormat {
  code(s: string): string;
  text(s: string): string;
}

/** The CLI's form: code in backticks (the CLI drops them), text as it is. */
export const PLAIN: FactFormat = { code: (s) => `\`${s}\``, text: (s) => s };

const oneLine = (s: string): string => s.replace(/\r\n|\r|\n/g, ' ');

/**
 * A code span that shows `s` exactly: the fence is longer than any run of
 * backticks inside, and a pipe is escaped for the table (GFM takes the
 * backslash away again before it reads the span). Backslashes stay single:
 * inside a code span they are literal.
 */
export function mdCode(s: string): string {
  const body = oneLine(s);
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${body.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * Text that renders as itself: every character that could open markup, HTML,
 * an entity, a table cell or a GFM autolink (`http://`, `www.`, `a@b`) is
 * backslash-escaped.
 */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]<>!|~&@]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

export const MARKDOWN: FactFormat = { code: mdCode, text: mdText };

function table(rows: [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function bytes(n: number): string {
  return n < 1024 ? `${n} B` : `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}

/** Facts as label/value pairs: the job summary and the CLI print the same ones. */
export function buildFacts(r: PipelineReport, f: FactFormat = PLAIN): [string, string][] {
  const rows: [string, string][] = [];
  if (r.sources) rows.push(['Sources', r.sources.map((s) => f.code(s)).join(', ')]);
  if (r.versions) rows.push(['Toolchain', f.text(`${r.versions.nasm}; ${r.versions.ld}`)]);
  if (r.executable !== undefined && r.executableSize !== undefined) rows.push(['Executable', `${f.code(r.executable)}, ${bytes(r.executableSize)}`]);
  if (r.elf) {
    for (const [k, v] of Object.entries(describeElf(r.elf))) rows.push([k === 'Format' ? 'ELF' : k, v]);
  }
  if (r.runtime) rows.push(['Runtime', f.text(r.runtime)]);
  if (r.package) {
    const p = r.package;
    rows.push(['Zip', `${f.code(p.zipPath)}, ${bytes(p.size)}`]);
    rows.push(['Zip entries', p.entries.map((e) => `${f.code(e.name)} ${e.mode.toString(8)}`).join(', ')]);
    rows.push(['SHA-256', f.code(p.sha256Hex)]);
    rows.push(['CodeSha256', f.code(p.codeSha256)]);
  }
  if (r.invoke) {
    if ('skipped' in r.invoke) rows.push(['Local invoke', `skipped: ${f.text(r.invoke.skipped)}`]);
    else if (r.invoke.ok) rows.push(['Local invoke', `ok: ${f.code(truncate(r.invoke.response, 200)) || '(empty response)'}`]);
    else rows.push(['Local invoke', `failed: ${f.text(`${r.invoke.errorType}: ${truncate(r.invoke.errorMessage, 200)}`)}`]);
  }
  if (r.artifact)
    rows.push(['Artifact', r.artifact.uploaded ? `id ${r.artifact.id}, ${bytes(r.artifact.size)}` : `not uploaded: ${f.text(r.artifact.reason)}`]);
  return rows;
}

/** A function URL as Lambda makes them stays a link; anything else is text. */
const LAMBDA_URL = /^https:\/\/[a-z0-9]+\.lambda-url\.[a-z0-9-]+\.on\.aws\/?$/;

/**
 * `failed`: the run failed, so what the deploy did is all that is known; code
 * that reached $LATEST is said to have, even when a later wait gave up.
 */
export function deployFacts(r: PipelineReport, f: FactFormat = PLAIN, failed = false): [string, string][] {
  const rows: [string, string][] = [];
  const d = r.deploy;
  if (d) {
    const created = d.created ? (d.dryRun ? ' (would be created)' : ' (created)') : '';
    rows.push(['Function', `${f.code(d.functionArn || d.functionName)}${created}`]);
    rows.push([
      'Code',
      d.dryRun
        ? 'dry run: nothing changed'
        : d.skippedUnchanged
          ? 'unchanged: upload skipped'
          : d.deployed
            ? failed
              ? 'uploaded: $LATEST holds the new code, but the deploy failed after that'
              : 'uploaded'
            : 'not uploaded',
    ]);
    rows.push(['Version', d.version ?? 'not published']);
    // An alias is listed once it exists: created or moved, or read in a dry run.
    if (d.alias && d.aliasArn) rows.push(['Alias', `${f.text(d.alias)} (${f.code(d.aliasArn)})`]);
    else if (d.alias && d.dryRun) rows.push(['Alias', `${f.text(d.alias)} (dry run: would be created)`]);
    if (d.functionUrl) rows.push(['URL', f === PLAIN || LAMBDA_URL.test(d.functionUrl) ? d.functionUrl : f.text(d.functionUrl)]);
    if (d.mode) rows.push(['Release', `${d.mode}${d.dryRun ? ' (dry run: alias not moved)' : ''}: alias ${f.text(d.alias ?? '')} → version ${d.version}`]);
    if (d.previousVersion) rows.push(['Previous version', `${d.previousVersion} (recorded in the alias's description)`]);
    if (d.configChanges) rows.push(['Configuration', d.configChanges.length ? f.text(d.configChanges.join('; ')) : 'unchanged']);
    const t = d.remoteTest;
    if (t) {
      const fig = t.report;
      const figures = [
        fig.durationMs !== undefined ? `duration ${fig.durationMs} ms` : '',
        fig.billedMs !== undefined ? `billed ${fig.billedMs} ms` : '',
        fig.initMs !== undefined ? `init ${fig.initMs} ms` : '',
        fig.maxMemoryMb !== undefined ? `max memory ${fig.maxMemoryMb}${fig.memorySizeMb !== undefined ? ` of ${fig.memorySizeMb}` : ''} MB` : '',
      ].filter(Boolean);
      rows.push([
        'Remote test',
        t.ok
          ? `version ${t.version} ok: ${f.code(truncate(t.response, 200))}`
          : `version ${t.version} FAILED: ${f.text(truncate(t.failure ?? t.response, 300))}`,
      ]);
      if (figures.length) rows.push(['Remote figures', figures.join(', ')]);
    }
    if (d.prunedVersions) rows.push(['Pruned versions', d.prunedVersions.length ? `${d.dryRun ? 'would delete ' : ''}${d.prunedVersions.join(', ')}` : 'none']);
  }
  if (r.deletedAlias) {
    rows.push(['Alias', `${f.text(r.deletedAlias.alias)}: ${r.deletedAlias.deleted ? 'deleted' : 'already gone'}`]);
    if (r.deletedAlias.versions?.length) rows.push(['Versions deleted', r.deletedAlias.versions.join(', ')]);
  }
  return rows;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function summaryMarkdown(r: PipelineReport, failure?: string): string {
  const parts = ['## NASM Lambda'];
  if (failure) parts.push(`> [!CAUTION]\n> ${mdText(failure)}`);
  const b = buildFacts(r, MARKDOWN);
  if (b.length > 0) parts.push('### Build', table(b));
  const d = deployFacts(r, MARKDOWN, failure !== undefined);
  if (d.length > 0) parts.push('### Deploy', table(d));
  return parts.join('\n\n') + '\n';
}

import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { toWorkspacePath, type AssembledObject } from './assemble.ts';
import { NasmLambdaError, type Diagnostic } from '../errors.ts';
import type { Logger } from '../log.ts';
import { runProcess } from '../util/proc.ts';

export interface LinkInput {
  ld: string;
  objects: AssembledObject[];
  output: string;
  entry: string;
  strip: boolean;
  ldArgs: string[];
  workingDirectory: string;
  workspace: string;
}

export interface LinkResult {
  executable: string;
  size: number;
  /** The first line ld printed for -v, e.g. `GNU ld (GNU Binutils) 2.42`; absent when it printed none. */
  version?: string;
}

/**
 * Maps ld's messages to diagnostics on the sources. Without debug info ld can
 * only name the section offset (`a.asm:(.text+0x5)`), so these carry a file but no line.
 */
export function parseLdDiagnostics(
  stderr: string,
  objects: AssembledObject[],
  input: Pick<LinkInput, 'workingDirectory' | 'workspace' | 'entry'>,
): Diagnostic[] {
  const byObject = new Map(objects.map((o) => [o.object, o.source]));
  const byBase = new Map(objects.map((o) => [path.basename(o.source), o.source]));
  const fileOf = (name: string): string | undefined => {
    const source = byObject.get(path.resolve(input.workingDirectory, name)) ?? byBase.get(path.basename(name));
    return source ? toWorkspacePath(source, input.workingDirectory, input.workspace) : undefined;
  };
  const out: Diagnostic[] = [];
  for (const line of stderr.split(/\r?\n/)) {
    if (!line.trim() || /: in function `/.test(line)) continue;
    const entry = /cannot find entry symbol (\S+?);/.exec(line);
    if (entry) {
      out.push({
        severity: 'error',
        title: 'ld',
        message: `entry symbol ${entry[1]} is not defined in any object: add \`global ${entry[1]}\` and a \`${entry[1]}:\` label, or set the entry input`,
      });
      continue;
    }
    const placed = /^(?:[^:]*ld: )?([^:(]+?):\(([^)]*)\): (.*)$/.exec(line);
    if (placed) {
      out.push({ severity: 'error', title: 'ld', file: fileOf(placed[1]), message: `${placed[3]} (at ${placed[2]})` });
      continue;
    }
    const warning = /^(?:\S*ld): warning: (.*)$/.exec(line);
    if (warning) {
      out.push({ severity: 'warning', title: 'ld', message: warning[1] });
      continue;
    }
    const plain = /^(?:\S*ld): (.*)$/.exec(line);
    if (plain) out.push({ severity: 'error', title: 'ld', message: plain[1] });
  }
  return out;
}

/** Links all objects into one static executable with ld. */
export async function linkExecutable(input: LinkInput, log: Logger): Promise<LinkResult> {
  await mkdir(path.dirname(input.output), { recursive: true });
  // -v: GNU ld (and lld) print their version on stdout and link as usual, so the
  // log and the summary get it without a process of its own.
  const args = ['-v', '-o', input.output, '-e', input.entry, ...(input.strip ? ['-s'] : []), ...input.ldArgs, ...input.objects.map((o) => o.object)];
  const r = await runProcess(input.ld, args, { cwd: input.workingDirectory });
  const stderr = r.stderr.trim();
  log.info(`${path.basename(input.ld)} ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`, { foreign: true });
  const diagnostics = parseLdDiagnostics(r.stderr, input.objects, input);
  // A missing entry symbol is only a warning to ld, but the result would start at a random .text offset.
  const fatal = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics.filter((d) => d.severity !== 'error')) log.annotate(d);
  if (r.code !== 0 || fatal.length > 0) {
    const first = fatal[0];
    const twice = fatal.some((d) => d.message.startsWith('multiple definition')) ? await includedSources(input) : [];
    const fix =
      twice.length > 0
        ? `${twice.map((t) => `${t.by} %includes ${t.included}, which sources also assembles, so its symbols are defined twice`).join('; ')}: exclude it with ${[...new Set(twice.map((t) => `!${t.glob}`))].join(', ')} in sources (or stop including it)`
        : fatal.length > 0 && first.message.startsWith('entry symbol')
          ? undefined
          : 'fix the annotated errors; for undefined references check `extern`/`global` names and that every source is listed in sources';
    throw new NasmLambdaError(`link failed: ${first ? `${first.file ? `${first.file}: ` : ''}${first.message}` : stderr || `ld exited with ${r.code}`}`, {
      fix,
      diagnostics: fatal,
    });
  }
  const version = r.stdout.trim().split('\n')[0];
  return { executable: input.output, size: (await stat(input.output)).size, ...(version ? { version } : {}) };
}

const INCLUDE = /^\s*%include\s+(?:"([^"]+)"|'([^']+)'|<([^>]+)>)/gm;

/**
 * Sources that another source %includes: assembled on their own as well, their
 * labels are defined twice. nasm looks for an include relative to its working
 * directory and then in the -I folders, which always hold the source's own.
 */
async function includedSources(input: LinkInput): Promise<{ by: string; included: string; glob: string }[]> {
  const sources = new Set(input.objects.map((o) => o.source));
  const out: { by: string; included: string; glob: string }[] = [];
  const show = (f: string) => toWorkspacePath(f, input.workingDirectory, input.workspace);
  for (const source of sources) {
    const text = await readFile(source, 'utf8').catch(() => '');
    for (const m of text.matchAll(INCLUDE)) {
      const name = m[1] ?? m[2] ?? m[3];
      const hit = [path.resolve(input.workingDirectory, name), path.resolve(path.dirname(source), name)].find((c) => c !== source && sources.has(c));
      if (hit) out.push({ by: show(source), included: show(hit), glob: path.relative(input.workingDirectory, hit).split(path.sep).join('/') });
    }
  }
  return out;
}

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleAll, toWorkspacePath } from './build/assemble.ts';
import { generateBootstrap } from './runtime/bootstrap.ts';
import { inspectElf, type ElfFacts } from './build/elf.ts';
import { NasmLambdaError, inputError, type Diagnostic } from './errors.ts';
import { linkExecutable } from './build/link.ts';
import { TEST_RESPONSE_OUTPUT_MAX, type PipelineReport } from './report/types.ts';
import type { ArtifactUploadResult, UploadFunctionZipOptions } from './artifact/upload.ts';
import type { Logger } from './log.ts';
import { packageFunction, type PackageInput, type PackageResult } from './package/index.ts';
import { ensureDirectory, expandGlobs } from './build/sources.ts';
import { ensureToolchain, toolVersions } from './build/toolchain.ts';
import type { BuildOptions, Options } from './types.ts';
import { sourceDateEpoch } from './package/zip.ts';
export type { PipelineReport } from './report/types.ts';

export interface PipelineContext {
  log: Logger;
  env: NodeJS.ProcessEnv;
  report: PipelineReport;
  /**
   * The artifact upload, passed in by the action only: the CLI can't upload, so
   * its bundle must not carry @actions/artifact.
   */
  uploadArtifact?: (opts: UploadFunctionZipOptions, log: Logger) => Promise<ArtifactUploadResult>;
}

/** Assemble, link, verify and pack: everything up to function.zip. */
export async function build(opts: BuildOptions, ctx: PipelineContext): Promise<PackageResult> {
  const { log, report } = ctx;
  await ensureDirectory(opts.workingDirectory, 'working-directory');
  // Everything an input can get wrong is checked before nasm runs.
  const mtime = sourceDateEpoch(ctx.env);
  const [toolchain, sources, bootstrap, extraFiles] = await Promise.all([
    ensureToolchain({ install: opts.installTools, log }),
    resolveSources(opts),
    resolveBootstrap(opts),
    resolveExtraFiles(opts),
  ]);
  report.sources = sources.map((s) => toWorkspacePath(s, opts.workingDirectory, opts.workspace));

  const objDir = path.join(opts.outputDir, 'obj');
  const objects = await log.group(`Assemble ${sources.length} file(s)`, () =>
    assembleAll(
      {
        nasm: toolchain.nasm,
        sources,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
        includePaths: opts.includePaths,
        nasmArgs: opts.nasmArgs,
        objDir,
      },
      log,
    ),
  );

  // The version probes only feed the log and summary: they run beside ld, not
  // beside nasm, whose jobs already take every core.
  const versions = toolVersions(toolchain);
  const exeName = opts.bootstrap.kind === 'none' ? 'bootstrap' : path.posix.basename(opts.handler);
  const linked = await log.group('Link', () =>
    linkExecutable(
      {
        ld: toolchain.ld,
        objects,
        output: path.join(opts.outputDir, exeName),
        entry: opts.entry,
        strip: opts.strip,
        ldArgs: opts.ldArgs,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
      },
      log,
    ),
  );
  report.executable = linked.executable;
  report.executableSize = linked.size;
  report.versions = await versions;
  log.info(`${report.versions.nasm} (${toolchain.nasm}); ${report.versions.ld} (${toolchain.ld})`);

  const exeBytes = await readFile(linked.executable);
  const verdict = inspectElf(exeBytes);
  if (!verdict.ok) {
    throw new NasmLambdaError(`${toWorkspacePath(linked.executable, opts.workingDirectory, opts.workspace)} cannot run on Lambda: ${verdict.reason}`, {
      input: opts.ldArgs.length > 0 ? 'ld-args' : undefined,
    });
  }
  report.elf = verdict.facts;
  for (const d of await int80Warnings(verdict.facts, sources, opts)) log.annotate(d);

  const pkg = await log.group('Package', async () => {
    const result = await packageFunction(
      {
        executablePath: linked.executable,
        handler: opts.handler,
        bootstrap,
        extraFiles,
        zipPath: path.join(opts.outputDir, 'function.zip'),
        mtime,
      },
      log,
    );
    for (const e of result.entries) log.info(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(9)} ${e.name}`);
    log.info(`${result.zipPath}: ${result.size} bytes, sha256 ${result.sha256Hex}`);
    return result;
  });
  report.package = pkg;
  return pkg;
}

async function resolveSources(opts: BuildOptions): Promise<string[]> {
  const files = (await expandGlobs(opts.sources, opts.workingDirectory, 'sources')).filter((f) => !isInside(f, opts.outputDir));
  if (files.length === 0) {
    throw inputError(
      'sources',
      `no files match ${opts.sources.join(', ')} under ${toWorkspacePath(opts.workingDirectory, opts.workspace, opts.workspace) || '.'}`,
      'check the globs and working-directory (globs are relative to working-directory)',
    );
  }
  const notAsm = files.filter((f) => !/\.(asm|nasm|s)$/i.test(f));
  if (notAsm.length > 0) {
    throw inputError(
      'sources',
      `${toWorkspacePath(notAsm[0], opts.workingDirectory, opts.workspace)} is not an .asm file`,
      'narrow the globs to .asm files (use include-paths for %include files)',
    );
  }
  return files;
}

/** The bootstrap as packaging wants it; a user's file is checked up front, before anything is assembled. */
async function resolveBootstrap(opts: BuildOptions): Promise<PackageInput['bootstrap']> {
  const mode = opts.bootstrap;
  if (mode.kind === 'generated') return { kind: 'generated', text: generateBootstrap({ handler: opts.handler }) };
  if (mode.kind === 'none') return mode;
  const fix = 'use generated, none, or the path of your own bootstrap file relative to working-directory';
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(mode.path);
  } catch (e) {
    throw inputError('bootstrap', `${mode.path} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, fix);
  }
  if (!info.isFile()) throw inputError('bootstrap', `${mode.path} is not a file`, fix);
  if (info.size === 0) throw inputError('bootstrap', `${mode.path} is empty`, 'point it at your bootstrap script, or use generated');
  return mode;
}

async function resolveExtraFiles(opts: BuildOptions): Promise<{ absPath: string; zipPath: string }[]> {
  if (opts.files.length === 0) return [];
  const found = (await expandGlobs(opts.files, opts.workingDirectory, 'files')).filter((f) => !isInside(f, opts.outputDir));
  if (found.length === 0) {
    throw inputError('files', `no files match ${opts.files.join(', ')}`, 'check the globs (relative to working-directory), or remove the input');
  }
  return found.map((absPath) => {
    const rel = path.relative(opts.workingDirectory, absPath);
    if (rel.startsWith('..')) throw inputError('files', `${absPath} is outside working-directory`, 'only files under working-directory can go into the zip');
    return { absPath, zipPath: rel.split(path.sep).join('/') };
  });
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const INT80_SOURCE = /^\s*(?:[A-Za-z_.$?@][\w.$?@#~]*:\s*)?int\s+(?:0x0*80|0*80h|128|0q200|0o200|200q)\b/i;

/**
 * The ELF scan proves `int 0x80` is in the code; the sources say where, so the
 * warning can sit on the line. Byte-only hits (macros, data) get one general warning.
 */
async function int80Warnings(facts: ElfFacts, sources: string[], opts: BuildOptions): Promise<Diagnostic[]> {
  if (facts.int80SiteCount === 0) return [];
  const message =
    'int 0x80 is the 32-bit system call ABI; Lambda does not guarantee it works on its x86-64 kernel. Use the syscall instruction with the x86-64 numbers (e.g. write = 1, exit = 60).';
  const out: Diagnostic[] = [];
  for (const source of sources) {
    const lines = (await readFile(source, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/;.*$/, '');
      if (INT80_SOURCE.test(code))
        out.push({ severity: 'warning', file: toWorkspacePath(source, opts.workingDirectory, opts.workspace), line: i + 1, title: 'int 0x80', message });
    });
  }
  if (out.length === 0) {
    const where = facts.int80Sites
      .slice(0, 5)
      .map((s) => s.vaddrHex)
      .join(', ');
    out.push({
      severity: 'warning',
      title: 'int 0x80',
      message: `the executable has ${facts.int80SiteCount} int 0x80 encoding(s) (CD 80) at ${where}. ${message}`,
    });
  }
  return out;
}

/** The whole run: build (or cleanup), local smoke test, artifact, deploy. */
export async function runPipeline(options: Options, ctx: PipelineContext): Promise<PipelineReport> {
  const { log, report } = ctx;
  if (options.deleteAlias) {
    const deploy = options.deploy!;
    const { deleteAlias } = await import('./deploy/index.ts');
    const r = await log.group(`Delete alias ${deploy.alias}`, () => deleteAlias(deploy, log));
    report.deletedAlias = { alias: deploy.alias!, deleted: r.deleted };
    return report;
  }
  const pkg = await build(options.build, ctx);

  if (options.testEvent !== undefined) {
    const { invokeZip } = await import('./local/invoke.ts');
    const result = await log.group('Local invoke (test-event)', () =>
      invokeZip({
        zipPath: pkg.zipPath,
        event: options.testEvent!,
        // As Lambda will run it: _HANDLER is the function's Handler, which deploy sets to this.
        handler: options.build.handler,
        functionName: options.deploy?.functionName.split(':').pop(),
        region: options.deploy?.region,
        log,
      }),
    );
    report.invoke = result;
    if ('skipped' in result) {
      log.annotate({ severity: 'notice', title: 'test-event', message: `local invoke skipped: ${result.skipped}` });
    } else if (!result.ok) {
      throw new NasmLambdaError(`the function failed the test-event: ${result.errorType}: ${result.errorMessage}`, {
        input: 'test-event',
        fix: 'see the function log above; fix the handler, or the event',
      });
    } else {
      log.info(`response: ${result.response}`);
      if (result.response.length > TEST_RESPONSE_OUTPUT_MAX) {
        log.annotate({
          severity: 'warning',
          title: 'test-event',
          message: `the response is ${result.response.length} characters; the test-response output holds the first ${TEST_RESPONSE_OUTPUT_MAX}`,
        });
      }
    }
  }

  if (options.artifact && ctx.uploadArtifact) {
    const upload = ctx.uploadArtifact;
    const a = await log.group('Upload artifact', () =>
      upload({ name: options.artifact!.name, zipPath: pkg.zipPath, retentionDays: options.artifact!.retentionDays, env: ctx.env }, log),
    );
    report.artifact = a.uploaded ? { uploaded: true, id: a.id, size: a.size } : a;
    if (!a.uploaded) log.annotate({ severity: 'notice', title: 'artifact', message: `function.zip was not uploaded as an artifact: ${a.reason}` });
  }

  if (options.deploy) {
    const deploy = options.deploy;
    const { deployFunction } = await import('./deploy/index.ts');
    // The report is filled as the deploy goes, so a failure part-way still shows what was done.
    report.deploy = await log.group(`Deploy ${deploy.functionName}`, () =>
      deployFunction(deploy, { zipPath: pkg.zipPath, codeSha256: pkg.codeSha256 }, log, {}, report),
    );
  }
  return report;
}

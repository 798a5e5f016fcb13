import { mkdir, mkdtemp, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleAll, toWorkspacePath } from './build/assemble.ts';
import {
  assembleInProcessRuntime,
  buildProcessRuntime,
  describeRuntime,
  plannedBootstrap,
  linkInProcess,
  linksWithRuntime,
  runtimeIncludePaths,
} from './runtime/index.ts';
import { inspectElf, type ElfFacts } from './build/elf.ts';
import { NasmLambdaError, inputError, type Diagnostic } from './errors.ts';
import { linkExecutable } from './build/link.ts';
import { TEST_RESPONSE_OUTPUT_MAX, type PipelineReport } from './report/types.ts';
import type { ArtifactUploadResult, UploadFunctionZipOptions } from './artifact/upload.ts';
import type { Logger } from './log.ts';
import { packageFunction, type PackageInput, type PackageResult } from './package/index.ts';
import { ensureDirectory, expandGlobs, findNearbySources, GNU_AS_HINT, globFor, type NearbySources } from './build/sources.ts';
import { ensureToolchain, toolVersion, type Toolchain } from './build/toolchain.ts';
import type { BuildOptions, Options } from './types.ts';
import { sourceDateEpoch } from './package/zip.ts';
import { matchResponse } from './deploy/expect.ts';
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

/**
 * Assemble, link, verify and pack: everything up to function.zip. Each run builds
 * in a folder of its own under output-dir and renames its results into place, so
 * two runs on one project can't mix their files, and a failed build leaves no
 * function.zip from an earlier run for a later step to upload.
 */
export async function build(opts: BuildOptions, ctx: PipelineContext): Promise<PackageResult> {
  await ensureDirectory(opts.workingDirectory, 'working-directory');
  await mkdir(opts.outputDir, { recursive: true });
  const zipPath = path.join(opts.outputDir, 'function.zip');
  await rm(zipPath, { force: true });
  const runDir = await mkdtemp(path.join(opts.outputDir, '.run-'));
  try {
    const pkg = await buildIn(opts, ctx, runDir);
    const exe = ctx.report.executable;
    if (exe) {
      const finalExe = path.join(opts.outputDir, path.basename(exe));
      await rename(exe, finalExe);
      ctx.report.executable = finalExe;
    }
    await rename(pkg.zipPath, zipPath);
    const placed = { ...pkg, zipPath };
    ctx.report.package = placed;
    ctx.log.info(`${zipPath}: ${placed.size} bytes, sha256 ${placed.sha256Hex}`, { foreign: true });
    return placed;
  } finally {
    // After a failure other nasm jobs may still be writing here: retry, and never hide the build's own error.
    await rm(runDir, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  }
}

/** The build itself, writing only into runDir: it starts the jobs that need no input but the tools. */
async function buildIn(opts: BuildOptions, ctx: PipelineContext, runDir: string): Promise<PackageResult> {
  // Everything an input can get wrong is checked before the user's nasm runs.
  const mtime = sourceDateEpoch(ctx.env);
  const found = ensureToolchain({ install: opts.installTools, log: ctx.log });
  // The native runtime depends on nothing of the user's but the handler path, and
  // it is the longest job of a small build: it starts as soon as the tools are
  // known, while this process globs and stats the inputs.
  const nativeRuntime = plannedBootstrap(opts.bootstrap, opts.handler).kind === 'native' ? found.then((t) => buildNativeRuntime(opts, t, runDir)) : undefined;
  // The in-process runtime is linked with the user's objects, but assembled without them.
  const inProcessObject = linksWithRuntime(opts.bootstrap) ? found.then((t) => assembleInProcessRuntime({ nasm: t.nasm, outputDir: runDir })) : undefined;
  // Awaited below; until then a failure elsewhere must not leave them unhandled.
  nativeRuntime?.catch(() => undefined);
  inProcessObject?.catch(() => undefined);
  try {
    return await buildUserCode(opts, ctx, runDir, { found, nativeRuntime, inProcessObject, mtime });
  } catch (e) {
    // build() deletes runDir next: first let the runtime's jobs, which write there, end.
    await Promise.allSettled([nativeRuntime, inProcessObject]);
    throw e;
  }
}

/** The rest of the build: the user's code assembled, linked and checked, then everything packed. */
async function buildUserCode(
  opts: BuildOptions,
  ctx: PipelineContext,
  runDir: string,
  started: {
    found: Promise<Toolchain>;
    nativeRuntime: Promise<{ path: string; size: number }> | undefined;
    inProcessObject: Promise<string> | undefined;
    mtime: Date;
  },
): Promise<PackageResult> {
  const { log, report } = ctx;
  const { nativeRuntime, inProcessObject, mtime } = started;
  const [toolchain, sources, resolvedBootstrap, extraFiles] = await Promise.all([
    started.found,
    resolveSources(opts),
    resolveBootstrap(opts),
    resolveExtraFiles(opts),
  ]);
  report.sources = sources.map((s) => toWorkspacePath(s, opts.workingDirectory, opts.workspace));
  const objDir = path.join(runDir, 'obj');
  const objects = await log.group(`Assemble ${sources.length} file(s)`, () =>
    assembleAll(
      {
        nasm: toolchain.nasm,
        sources,
        workingDirectory: opts.workingDirectory,
        workspace: opts.workspace,
        includePaths: [...opts.includePaths, ...runtimeIncludePaths(opts.bootstrap)],
        nasmArgs: opts.nasmArgs,
        objDir,
      },
      log,
    ),
  );

  const exeName = opts.bootstrap.kind === 'none' ? 'bootstrap' : path.posix.basename(opts.handler);
  const inProcess = linksWithRuntime(opts.bootstrap);
  // The versions only feed the log and the summary: nasm's probe runs beside the
  // link, not before the runtime's nasm (the longest job of a small build), and
  // ld prints its version as it links (-v). (toolVersion never rejects.)
  const nasmVersion = toolVersion(toolchain.nasm);
  const linked = await log.group(inProcess ? 'Link with the native runtime (in-process)' : 'Link', async () =>
    inProcess
      ? await linkInProcess({
          nasm: toolchain.nasm,
          ld: toolchain.ld,
          outputDir: runDir,
          objects: objects.map((o) => o.object),
          strip: opts.strip,
          ldArgs: opts.ldArgs,
          runtimeObject: inProcessObject!,
        })
      : await linkExecutable(
          {
            ld: toolchain.ld,
            objects,
            output: path.join(runDir, exeName),
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
  const versions = { nasm: await nasmVersion, ld: linked.version ?? (await toolVersion(toolchain.ld)) };
  report.versions = versions;
  log.info(`${versions.nasm} (${toolchain.nasm}); ${versions.ld} (${toolchain.ld})`, { foreign: true });

  const exeBytes = await readFile(linked.executable);
  const verdict = inspectElf(exeBytes);
  if (!verdict.ok) {
    throw new NasmLambdaError(`${toWorkspacePath(linked.executable, opts.workingDirectory, opts.workspace)} cannot run on Lambda: ${verdict.reason}`, {
      input: opts.ldArgs.length > 0 ? 'ld-args' : undefined,
    });
  }
  report.elf = verdict.facts;
  for (const d of await int80Warnings(verdict.facts, sources, opts)) log.annotate(d);

  report.runtime = describeRuntime(opts.bootstrap);
  let bootstrap: PackageInput['bootstrap'];
  if (resolvedBootstrap.kind === 'native') {
    const runtime = (await nativeRuntime)!;
    log.info(`bootstrap: the native runtime, ${runtime.size} bytes, running ${opts.handler} as a process per event`);
    bootstrap = { kind: 'file', path: runtime.path };
  } else {
    bootstrap = resolvedBootstrap;
  }

  const pkg = await log.group('Package', async () => {
    const result = await packageFunction(
      {
        executablePath: linked.executable,
        handler: opts.handler,
        bootstrap,
        extraFiles,
        zipPath: path.join(runDir, 'function.zip'),
        mtime,
      },
      log,
    );
    for (const e of result.entries) log.info(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(9)} ${e.name}`, { foreign: true });
    return result;
  });
  return pkg;
}

async function resolveSources(opts: BuildOptions): Promise<string[]> {
  const files = (await expandGlobs(opts.sources, opts.workingDirectory, 'sources')).filter((f) => !isInside(f, opts.outputDir));
  if (files.length === 0) {
    const nearby = await findNearbySources(opts.workingDirectory, (f) => isInside(f, opts.outputDir));
    throw inputError(
      'sources',
      `no files match ${opts.sources.join(', ')} under ${toWorkspacePath(opts.workingDirectory, opts.workspace, opts.workspace) || '.'}`,
      ['check the globs and working-directory (globs are relative to working-directory)', ...sourceHints(nearby)].join('; '),
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

/** What the no-match error says about assembly files found elsewhere. */
function sourceHints(nearby: NearbySources): string[] {
  const hints: string[] = [];
  if (nearby.asm.length > 0) hints.push(`found ${nearby.asm.join(', ')}: try sources: ${globFor(nearby.asm)}`);
  if (nearby.gnuAs.length > 0) hints.push(`${nearby.gnuAs.join(', ')} ${GNU_AS_HINT}`);
  return hints;
}

/** The native process runtime, held to the same ELF rules as the user's code; runs beside the user's assemble step, so it logs nothing itself. */
async function buildNativeRuntime(opts: BuildOptions, toolchain: Toolchain, runDir: string): Promise<{ path: string; size: number }> {
  const { path: file, bytes } = await buildProcessRuntime({ nasm: toolchain.nasm, ld: toolchain.ld, outputDir: runDir, handler: opts.handler });
  const verdict = inspectElf(bytes);
  if (!verdict.ok) {
    throw new NasmLambdaError(`the native runtime built by ${toolchain.ld} is not a static x86-64 executable: ${verdict.reason}`, {
      input: 'bootstrap',
      fix: 'use bootstrap: shell, and report this with your nasm and ld versions',
    });
  }
  return { path: file, size: verdict.facts.fileSize };
}

/**
 * The bootstrap as packaging wants it, or `native` for the native runtime, which
 * is built beside the user's code. A user's file is checked up front, before
 * anything is assembled.
 */
async function resolveBootstrap(opts: BuildOptions): Promise<PackageInput['bootstrap'] | { kind: 'native' }> {
  const mode = plannedBootstrap(opts.bootstrap, opts.handler);
  if (mode.kind !== 'file') return mode;
  const fix = 'use generated, none, or the path of your own bootstrap file relative to working-directory';
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(mode.path);
  } catch (e) {
    throw inputError('bootstrap', `${mode.path} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, fix);
  }
  if (!info.isFile()) throw inputError('bootstrap', `${mode.path} is not a file`, fix);
  if (info.size === 0) throw inputError('bootstrap', `${mode.path} is empty`, 'point it at your bootstrap script, or use generated');
  return { kind: 'file', path: await insideRealpath(mode.path, await realpath(opts.workingDirectory), 'bootstrap') };
}

async function resolveExtraFiles(opts: BuildOptions): Promise<{ absPath: string; zipPath: string }[]> {
  if (opts.files.length === 0) return [];
  const found = (await expandGlobs(opts.files, opts.workingDirectory, 'files')).filter((f) => !isInside(f, opts.outputDir));
  if (found.length === 0) {
    throw inputError('files', `no files match ${opts.files.join(', ')}`, 'check the globs (relative to working-directory), or remove the input');
  }
  const root = await realpath(opts.workingDirectory);
  return Promise.all(
    found.map(async (linkPath) => {
      const rel = path.relative(opts.workingDirectory, linkPath);
      if (rel.startsWith('..')) throw inputError('files', `${linkPath} is outside working-directory`, 'only files under working-directory can go into the zip');
      // Packed under its own name, with the bytes of the file it resolves to.
      const absPath = await insideRealpath(linkPath, root, 'files');
      return { absPath, zipPath: rel.split(path.sep).join('/') };
    }),
  );
}

/**
 * The real path of a file that goes into the zip, refusing one that resolves
 * outside working-directory: a symlink in a pull request must not pack /etc/passwd.
 */
async function insideRealpath(file: string, root: string, input: string): Promise<string> {
  const real = await realpath(file);
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw inputError(
      input,
      `${file} resolves to ${real}, outside working-directory`,
      'pack only files inside working-directory (replace the symlink with the file itself)',
    );
  }
  return real;
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
    report.deletedAlias = { alias: deploy.alias!, deleted: r.deleted, versions: r.deletedVersions };
    return report;
  }
  if (options.deploy?.mode) {
    // rollback / promote-from: build-free, only an alias moves.
    const deploy = options.deploy;
    const { releaseAlias } = await import('./deploy/index.ts');
    const mode = deploy.mode!;
    const title = mode.kind === 'rollback' ? `Roll back alias ${deploy.alias}` : `Promote ${mode.from} to ${deploy.alias}`;
    report.deploy = await log.group(title, () => releaseAlias(deploy, log, {}, report));
    return report;
  }
  // The local test's code (an HTTP server, the zip reader) is loaded only by a run that has one.
  const localTest = options.testEvent !== undefined || options.localTest.eventFile !== undefined ? await import('./local/smoke-test.ts') : undefined;
  await localTest?.loadTestEvent(options);
  const pkg = await build(options.build, ctx);

  // loadTestEvent set testEvent from the file, or threw.
  if (localTest) {
    const result = await localTest.runLocalTest(options, pkg.zipPath, log, report);
    if ('skipped' in result) {
      log.annotate({ severity: 'notice', title: 'test-event', message: `local invoke skipped: ${result.skipped}` });
    } else {
      log.info(`response: ${result.response}`, { foreign: true });
      if (options.expectResponse !== undefined) {
        // Before the artifact and any call to Lambda.
        const match = matchResponse(options.expectResponse, result.body);
        if (!match.ok) {
          throw inputError('expect-response', `the local test-event response does not match: ${match.message}`, 'fix the handler, or expect-response');
        }
      }
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

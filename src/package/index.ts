/**
 * Lays out the Lambda zip (bootstrap + executable + extra files), checks it
 * against Lambda's size limits and writes it atomically.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NasmLambdaError, inputError } from '../errors.ts';
import { hasElfMagic } from '../build/elf.ts';
import { checkHandlerBesideBootstrap } from '../options/rules.ts';
import type { Logger } from '../log.ts';
import { buildZip, listZip, MAX_UNZIPPED_BYTES, type ZipInput } from './zip.ts';

export interface PackageInput {
  /** Absolute path of the linked executable. */
  executablePath: string;
  /** Path inside the zip, e.g. 'bin/app' (already validated). */
  handler: string;
  /** text: a script (the shell runtime); file: a path (the native runtime or the user's own); none: the executable is the bootstrap. */
  bootstrap: { kind: 'text'; text: string } | { kind: 'none' } | { kind: 'file'; path: string };
  /** Already resolved from globs. */
  extraFiles: { absPath: string; zipPath: string }[];
  /** Absolute output path (function.zip). */
  zipPath: string;
  mtime: Date;
}

export interface PackageResult {
  zipPath: string;
  size: number;
  sha256Hex: string;
  /** Base64 of the raw SHA-256 digest, as Lambda reports CodeSha256. */
  codeSha256: string;
  entries: { name: string; mode: number; size: number }[];
}

/** Lambda's limits for a zip uploaded directly (not from S3). */
export const LAMBDA_ZIP_LIMIT_BYTES = 50 * 1024 * 1024;
/** The same 250 MB that extractZip enforces when a zip is unpacked locally. */
export const LAMBDA_UNZIPPED_LIMIT_BYTES = MAX_UNZIPPED_BYTES;

interface PlannedEntry {
  name: string;
  /** Where the bytes come from, or the bytes themselves for generated text. */
  source: string | Uint8Array;
  executable: boolean;
  size: number;
  /** The input that put it there, for error messages. */
  origin: 'executable' | 'bootstrap' | 'files';
}

export async function packageFunction(input: PackageInput, log: Logger): Promise<PackageResult> {
  const core = await coreEntries(input);
  const extras = await extraEntries(input.extraFiles, core);
  const planned = [...core, ...extras];
  checkUnzippedSize(core, extras);

  const entries: ZipInput[] = [];
  for (const p of planned) {
    const data = typeof p.source === 'string' ? await readInput(p.source, p.origin) : p.source;
    if (p.origin === 'bootstrap' && typeof p.source === 'string') warnAboutBootstrap(p.source, data, log);
    entries.push({ name: p.name, data, executable: p.executable });
    log.debug(
      `zip entry ${p.name} (${p.executable ? '0755' : '0644'}, ${data.length} bytes) from ${typeof p.source === 'string' ? p.source : 'generated text'}`,
    );
  }
  const zip = buildZip(entries, { mtime: input.mtime });
  checkZipSize(zip.length, core, extras);

  await writeAtomically(input.zipPath, zip);
  const digest = createHash('sha256').update(zip).digest();
  return {
    zipPath: input.zipPath,
    size: zip.length,
    sha256Hex: digest.toString('hex'),
    codeSha256: digest.toString('base64'),
    // Read back from the zip itself, so the result shows what Lambda will see.
    entries: listZip(zip).map((e) => ({ name: e.name, mode: e.mode ?? 0, size: e.size })),
  };
}

async function coreEntries(input: PackageInput): Promise<PlannedEntry[]> {
  const exeSize = await fileSize(input.executablePath, 'executable');
  const executable = (name: string): PlannedEntry => ({ name, source: input.executablePath, executable: true, size: exeSize, origin: 'executable' });
  const b = input.bootstrap;
  if (b.kind === 'none') return [executable('bootstrap')];

  checkHandlerBesideBootstrap(input.handler);
  if (b.kind === 'text') {
    const text = new TextEncoder().encode(b.text);
    return [{ name: 'bootstrap', source: text, executable: true, size: text.length, origin: 'bootstrap' }, executable(input.handler)];
  }
  // A user file goes in as 0755 whatever its mode on disk: Lambda can only exec it with the x bits.
  const size = await fileSize(b.path, 'bootstrap');
  return [{ name: 'bootstrap', source: b.path, executable: true, size, origin: 'bootstrap' }, executable(input.handler)];
}

async function extraEntries(files: PackageInput['extraFiles'], core: PlannedEntry[]): Promise<PlannedEntry[]> {
  const byName = new Map<string, PlannedEntry>(core.map((e) => [e.name, e]));
  const out: PlannedEntry[] = [];
  for (const f of files) {
    const info = await statInput(f.absPath, 'files');
    // Globs can match directories; their files are matched on their own.
    if (info.isDirectory()) continue;
    if (!info.isFile()) throw inputError('files', `${f.absPath} is not a regular file`, 'narrow the globs to regular files');
    const taken = byName.get(f.zipPath);
    if (taken) {
      // The same file matched by two globs is harmless.
      if (taken.origin === 'files' && taken.source === f.absPath) continue;
      const what = taken.origin === 'files' ? `another file (${String(taken.source)})` : taken.origin === 'bootstrap' ? 'the bootstrap' : 'the executable';
      throw inputError(
        'files',
        `${f.absPath} would be stored as '${f.zipPath}', which is already ${what}`,
        'exclude it from the globs, or move it so its path inside the zip is free',
      );
    }
    const entry: PlannedEntry = { name: f.zipPath, source: f.absPath, executable: (info.mode & 0o111) !== 0, size: info.size, origin: 'files' };
    byName.set(f.zipPath, entry);
    out.push(entry);
  }
  // A name that is also a directory of another entry can't be unpacked (file vs directory).
  for (const name of byName.keys()) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = byName.get(parts.slice(0, i).join('/'));
      if (dir) {
        const input = dir.origin === 'files' || byName.get(name)!.origin === 'files' ? 'files' : 'handler';
        throw inputError(input, `'${dir.name}' is a file in the zip, but '${name}' needs it to be a directory`, 'rename one of them');
      }
    }
  }
  return out;
}

/** Problems Lambda would only report at cold start, as `Runtime.InvalidEntrypoint` or `exec format error`. */
function warnAboutBootstrap(file: string, data: Uint8Array, log: Logger): void {
  const isScript = data[0] === 0x23 && data[1] === 0x21;
  const isElf = hasElfMagic(data);
  if (isScript) {
    const firstLine = new TextDecoder().decode(data.subarray(0, 256)).split('\n')[0];
    if (firstLine.endsWith('\r')) {
      log.annotate({
        severity: 'warning',
        title: 'bootstrap',
        message: `${file} has Windows (CRLF) line endings, so its #! line names an interpreter ending in \\r that Lambda cannot find: convert it to LF line endings`,
      });
    }
  } else if (!isElf) {
    log.annotate({
      severity: 'warning',
      title: 'bootstrap',
      message: `${file} starts with neither #! nor an ELF header, so Lambda cannot exec it: add a #!/bin/sh line, or use bootstrap: generated`,
    });
  }
}

function checkUnzippedSize(core: PlannedEntry[], extras: PlannedEntry[]): void {
  const coreBytes = sum(core);
  const total = coreBytes + sum(extras);
  if (total <= LAMBDA_UNZIPPED_LIMIT_BYTES) return;
  const problem = `the function unzips to ${mb(total)} (${total} bytes), over Lambda's 250 MB unzipped limit`;
  if (extras.length > 0 && coreBytes <= LAMBDA_UNZIPPED_LIMIT_BYTES) {
    throw inputError('files', problem, 'include fewer or smaller extra files, or move large data to a layer, S3 or EFS');
  }
  throw new NasmLambdaError(problem, { fix: 'shrink the executable (strip: true, less static data)' });
}

function checkZipSize(size: number, core: PlannedEntry[], extras: PlannedEntry[]): void {
  if (size <= LAMBDA_ZIP_LIMIT_BYTES) return;
  const problem = `function.zip is ${mb(size)} (${size} bytes), over Lambda's 50 MB direct-upload limit`;
  const fix = 'shrink the package; deploying from S3 would allow more but is not supported by this action yet';
  // Blame the extra files when the executable and bootstrap alone would fit even uncompressed.
  if (extras.length > 0 && sum(core) <= LAMBDA_ZIP_LIMIT_BYTES) throw inputError('files', problem, `include fewer or smaller extra files: ${fix}`);
  throw new NasmLambdaError(problem, { fix });
}

/** Temp file in the same directory, then rename: readers never see a half-written zip. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes, { mode: 0o644 });
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw new NasmLambdaError(`cannot write ${target} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, {
      fix: 'check that the output directory is writable',
      cause: err,
    });
  }
}

async function fileSize(file: string, origin: 'executable' | 'bootstrap'): Promise<number> {
  const info = await statInput(file, origin === 'bootstrap' ? 'bootstrap' : undefined);
  if (!info.isFile()) {
    throw new NasmLambdaError(`${file} is not a regular file`, { input: origin === 'bootstrap' ? 'bootstrap' : undefined, fix: 'give the path of a file' });
  }
  return info.size;
}

async function statInput(file: string, input: string | undefined) {
  try {
    return await stat(file);
  } catch (err) {
    throw new NasmLambdaError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, {
      input,
      fix: 'check that the file exists and is readable',
      cause: err,
    });
  }
}

async function readInput(file: string, origin: PlannedEntry['origin']): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new NasmLambdaError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, {
      input: origin === 'executable' ? undefined : origin,
      fix: 'check that the file exists and is readable',
      cause: err,
    });
  }
}

function sum(entries: PlannedEntry[]): number {
  return entries.reduce((n, e) => n + e.size, 0);
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

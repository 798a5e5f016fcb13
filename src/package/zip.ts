/**
 * Reproducible zip writing (fflate's container, Node's zlib's deflate) and a
 * small central-directory reader.
 *
 * The deflate is Node's own zlib (the copy bundled in node, not the system's):
 * its level-6 output was byte-identical across Node 18-24, x86-64 CPU models
 * and arm64 in every test (FACTS.md), and it is native, where fflate's pure-JS
 * deflate cost a build-only run ~17 ms of cold JIT and a 1 MB executable
 * 60-90 ms. zlib promises no stable output across its versions, so a Node
 * upgrade may, rarely, change the bytes (and CodeSha256) of an unchanged build.
 * What the deflate doesn't pin down we fix here: entry order (sorted
 * by UTF-8 bytes), host and modes (Unix, 0755/0644), and the DOS timestamp,
 * which fflate derives from *local* time: we let it write a placeholder and then
 * overwrite every timestamp with one computed from UTC fields.
 */
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { inflateSync, Zip, ZipPassThrough } from 'fflate';
import { NasmLambdaError } from '../errors.ts';

export interface ZipInput {
  name: string;
  data: Uint8Array;
  executable: boolean;
}

export interface ZipEntryInfo {
  name: string;
  /** Host from "version made by": 3 is Unix, 0 is MS-DOS. */
  host: number;
  /** The full st_mode (e.g. 0o100755) when the host is Unix and one is recorded. */
  mode?: number;
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  /** The DOS date and time, read as UTC wall-clock time (that's how buildZip writes it). */
  mtime: Date;
  localHeaderOffset: number;
}

const UNIX_HOST = 3;
const MODE_EXECUTABLE = 0o100755;
const MODE_REGULAR = 0o100644;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_RECORD_SIZE = 22;

/** DOS timestamps cover 1980-01-01 00:00:00 to 2107-12-31 23:59:58. */
const DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
const DEFAULT_EPOCH = new Date(DOS_MIN);

/** The default ceiling for extractZip: Lambda's 250 MB unzipped limit. */
export const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;

/**
 * Builds a zip whose bytes depend only on the entries' names, contents and
 * executable flags and on `mtime`: not on input order, the clock, TZ or umask.
 * `mtime` is clamped into the DOS range (before 1980 becomes 1980-01-01 00:00:00,
 * after 2107 becomes 2107-12-31 23:59:58) and rounded down to even seconds.
 */
export function buildZip(entries: ZipInput[], opts: { mtime: Date }): Uint8Array {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
  for (let i = 0; i < sorted.length; i++) {
    checkEntryName(sorted[i].name);
    if (i > 0 && sorted[i].name === sorted[i - 1].name) {
      throw new NasmLambdaError(`two files would both be stored in the zip as '${sorted[i].name}'`, {
        fix: 'give each file its own path inside the zip',
      });
    }
  }
  const { date, time } = dosDateTime(opts.mtime);

  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  let finished = false;
  // With in-memory entries and no workers, fflate calls back synchronously.
  const zip = new Zip((err, chunk, final) => {
    if (err) failures.push(err);
    else chunks.push(chunk);
    if (final) finished = true;
  });
  for (const entry of sorted) {
    const file = new PrecompressedFile(entry.name, entry.data);
    file.os = UNIX_HOST;
    file.attrs = ((entry.executable ? MODE_EXECUTABLE : MODE_REGULAR) << 16) >>> 0;
    file.mtime = PLACEHOLDER_MTIME;
    zip.add(file);
    file.push(entry.data, true);
  }
  zip.end();
  if (failures.length > 0) throw failures[0];
  if (!finished) throw new Error('fflate did not finish the zip synchronously');

  const bytes = concat(chunks);
  stampTimes(bytes, date, time);
  return bytes;
}

/**
 * fflate turns this into a DOS timestamp with local-time getters; the value is
 * overwritten afterwards, so it only needs to be in range in every time zone.
 */
const PLACEHOLDER_MTIME = new Date(Date.UTC(2000, 0, 15, 12, 0, 0));

/**
 * An entry whose payload is deflated up front, so that data deflate can't
 * shrink (already-compressed or random files) is stored instead of growing.
 * fflate documents overriding `process` for custom compression: the base class
 * still computes the CRC and size from the raw bytes given to `push`.
 */
class PrecompressedFile extends ZipPassThrough {
  /** General-purpose bits 1-2, read by fflate's header writer; 0 = "normal", as level 6 is. */
  flag = 0;
  #deflated: Uint8Array<ArrayBuffer> | null = null;

  constructor(name: string, data: Uint8Array) {
    super(name);
    // Level 6, zlib's default. Changing it changes every zip's bytes, so it is fixed.
    const deflated = new Uint8Array(deflateRawSync(data, { level: 6 }));
    if (deflated.length < data.length) {
      this.#deflated = deflated;
      this.compression = 8;
    }
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    if (this.#deflated) this.ondata(null, this.#deflated, final);
    else super.process(chunk, final);
  }
}

/** Overwrites the DOS time and date of every local and central header in a zip we just wrote. */
function stampTimes(bytes: Uint8Array, date: number, time: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of readCentralDirectory(bytes)) {
    view.setUint16(entry.centralOffset + 12, time, true);
    view.setUint16(entry.centralOffset + 14, date, true);
    view.setUint16(entry.info.localHeaderOffset + 10, time, true);
    view.setUint16(entry.info.localHeaderOffset + 12, date, true);
  }
}

function dosDateTime(when: Date): { date: number; time: number } {
  const ms = when.getTime();
  if (Number.isNaN(ms)) throw new NasmLambdaError('the zip timestamp is not a valid date', { fix: 'check SOURCE_DATE_EPOCH' });
  const d = new Date(Math.min(Math.max(ms, DOS_MIN), DOS_MAX));
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/**
 * The zip timestamp from SOURCE_DATE_EPOCH (integer seconds since 1970, the
 * reproducible-builds convention), or 1980-01-01T00:00:00Z, the DOS epoch, when
 * it is unset or empty. Dates before 1980 are later clamped by buildZip.
 */
export function sourceDateEpoch(env: Record<string, string | undefined>): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return new Date(DEFAULT_EPOCH);
  const date = /^[0-9]{1,15}$/.test(raw) ? new Date(Number(raw) * 1000) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new NasmLambdaError(`SOURCE_DATE_EPOCH is '${raw}', not a whole number of seconds since 1970-01-01`, {
      fix: 'set it to e.g. $(git log -1 --format=%ct), or unset it to use 1980-01-01',
    });
  }
  return date;
}

/** The entries of a zip's central directory, in stored order. */
export function listZip(bytes: Uint8Array): ZipEntryInfo[] {
  return readCentralDirectory(bytes).map((e) => e.info);
}

interface CentralEntry {
  info: ZipEntryInfo;
  centralOffset: number;
}

function readCentralDirectory(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw corrupt('it is a zip64 archive, which is not supported');
  }
  if (cdOffset + cdSize > end) throw corrupt('its central directory lies outside the file');

  const entries: CentralEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== SIG_CENTRAL) {
      throw corrupt(`central directory entry ${i} is missing or damaged`);
    }
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw corrupt(`central directory entry ${i} runs past the directory`);
    const nameBytes = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    const host = madeBy >> 8;
    const unixMode = external >>> 16;
    entries.push({
      centralOffset: at,
      info: {
        // Bit 11 marks UTF-8 names; without it the name is CP437, read here as latin1.
        name: Buffer.from(nameBytes).toString(flags & 0x800 ? 'utf8' : 'latin1'),
        host,
        ...(host === UNIX_HOST && unixMode !== 0 ? { mode: unixMode } : {}),
        method: view.getUint16(at + 10, true),
        mtime: fromDos(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
        crc32: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      },
    });
    at = next;
  }
  return entries;
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The end record sits at the very end, followed only by a comment of up to 64 KiB.
  const last = bytes.length - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === SIG_END) return at;
  }
  throw corrupt('it has no end-of-central-directory record (not a zip, or truncated)');
}

function fromDos(date: number, time: number): Date {
  return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}

function corrupt(problem: string): NasmLambdaError {
  return new NasmLambdaError(`the zip can't be read: ${problem}`, { fix: 'rebuild the package' });
}

/**
 * Unzips into destDir (created if needed) and applies the Unix modes the zip
 * records, as Lambda does: an entry without exec bits becomes a non-executable
 * file. Entries without a Unix mode get 0644. Names that are absolute or climb
 * out with `..` (zip-slip), and symlinks, are refused before anything is written.
 */
export async function extractZip(bytes: Uint8Array, destDir: string, opts: { maxUnzippedBytes?: number } = {}): Promise<void> {
  const entries = listZip(bytes);
  const limit = opts.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  const root = path.resolve(destDir);
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const target = safeTarget(root, e.name);
    if (seen.has(target)) throw corrupt(`it holds '${e.name}' twice`);
    seen.add(target);
    if (e.mode !== undefined && (e.mode & S_IFMT) === S_IFLNK) {
      throw corrupt(`'${e.name}' is a symbolic link, which is not supported`);
    }
    total += e.size;
    if (total > limit) throw corrupt(`it unpacks to more than ${limit} bytes`);
  }

  await mkdir(root, { recursive: true });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    const target = safeTarget(root, e.name);
    const type = e.mode === undefined ? 0 : e.mode & S_IFMT;
    if (e.name.endsWith('/') || type === S_IFDIR) {
      await mkdir(target, { recursive: true });
      continue;
    }
    if (type !== 0 && type !== S_IFREG) throw corrupt(`'${e.name}' is not a regular file`);
    const data = entryData(bytes, view, e);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
    // chmod after writing: the mode given to open() would be filtered by the umask.
    const permissions = e.mode === undefined ? 0o644 : e.mode & 0o777;
    await chmod(target, permissions);
  }
}

function entryData(bytes: Uint8Array, view: DataView, e: ZipEntryInfo): Uint8Array {
  const at = e.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) {
    throw corrupt(`the local header of '${e.name}' is missing`);
  }
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw corrupt(`the data of '${e.name}' is truncated`);
  const stored = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  if (e.method === 0) data = stored;
  else if (e.method === 8) {
    try {
      data = inflateSync(stored, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw corrupt(`the data of '${e.name}' does not inflate (${(err as Error).message})`);
    }
  } else throw corrupt(`'${e.name}' uses compression method ${e.method}; only stored and deflate are supported`);
  if (data.length !== e.size || crc32(data) >>> 0 !== e.crc32) {
    throw corrupt(`the data of '${e.name}' fails its size or CRC check`);
  }
  return data;
}

/** Resolves an entry name under root, refusing absolute names and `..` (zip-slip). */
function safeTarget(root: string, name: string): string {
  const parts = name.split(/[\\/]/);
  if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || parts.includes('..') || name.includes('\0')) {
    throw corrupt(`the entry name '${name}' is absolute or leaves the extraction directory`);
  }
  const target = path.resolve(root, ...parts.filter((p) => p !== '' && p !== '.'));
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw corrupt(`the entry name '${name}' leaves the extraction directory`);
  }
  return target;
}

/** Names buildZip accepts: relative, `/`-separated, no `.`/`..` or empty components. */
function checkEntryName(name: string): void {
  const parts = name.split('/');
  if (name === '' || name.includes('\\') || name.includes('\0') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new NasmLambdaError(`'${name}' is not a valid path inside the zip`, {
      fix: 'use a relative path with / separators and no . or .. parts, e.g. bin/app',
    });
  }
  if (Buffer.byteLength(name) > 0xffff) throw new NasmLambdaError(`a zip entry name is longer than 65535 bytes`);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile, chmod, mkdir, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { NasmLambdaError } from '../src/errors.ts';
import { buildZip, extractZip, listZip, sourceDateEpoch, type ZipInput } from '../src/package/zip.ts';
import { run } from './helpers/asm.ts';

const zipModuleUrl = pathToFileURL(path.resolve(import.meta.dirname, '../src/package/zip.ts')).href;

let dir: string;
let counter = 0;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zip-test-'));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const text = (s: string) => new TextEncoder().encode(s);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Writes zip bytes to a fresh file so the real unzip/zipinfo can read them. */
async function toFile(bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, `z${counter++}.zip`);
  await writeFile(file, bytes);
  return file;
}

interface ZipinfoRow {
  mode: string;
  host: string;
  size: number;
  compressed: number;
  method: string;
  name: string;
}

/** `zipinfo -l`: permissions, version, host, size, type, compressed size, method, date, time, name. */
async function zipinfo(file: string): Promise<ZipinfoRow[]> {
  const { stdout } = await run('zipinfo', ['-l', file]);
  return stdout
    .split('\n')
    .map((line) => /^([-dlrwxsStT]{10})\s+\S+\s+(\S+)\s+(\d+)\s+\S+\s+(\d+)\s+(\S+)\s+\S+\s+\S+\s+(.+)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ mode: m[1], host: m[2], size: Number(m[3]), compressed: Number(m[4]), method: m[5], name: m[6] }));
}

const sample: ZipInput[] = [
  { name: 'bootstrap', data: text('#!/bin/sh\nexec "$LAMBDA_TASK_ROOT/$_HANDLER"\n'), executable: true },
  { name: 'bin/app', data: new Uint8Array(4096).fill(0x90), executable: true },
  { name: 'data/config.json', data: text('{"greeting":"hello"}\n'.repeat(20)), executable: false },
  { name: 'data/random.bin', data: new Uint8Array(randomBytes(2000)), executable: false },
  // Integer-like names would be reordered by JS object key order.
  { name: '10', data: text('ten'), executable: false },
  { name: '2', data: text('two'), executable: false },
];
const mtime = new Date('2024-05-06T07:08:10Z');

describe('buildZip', () => {
  test('records Unix host, 0755/0644 modes and no extra fields, as zipinfo and unzip -t see them', async () => {
    const file = await toFile(buildZip(sample, { mtime }));
    const rows = await zipinfo(file);
    assert.deepEqual(
      rows.map((r) => [r.name, r.mode, r.host]),
      [
        ['10', '-rw-r--r--', 'unx'],
        ['2', '-rw-r--r--', 'unx'],
        ['bin/app', '-rwxr-xr-x', 'unx'],
        ['bootstrap', '-rwxr-xr-x', 'unx'],
        ['data/config.json', '-rw-r--r--', 'unx'],
        ['data/random.bin', '-rw-r--r--', 'unx'],
      ],
    );
    // Compressible data is deflated (defN: normal, level 6); random data is stored rather than grown.
    const method = Object.fromEntries(rows.map((r) => [r.name, r.method]));
    assert.equal(method['bin/app'], 'defN');
    assert.equal(method['data/random.bin'], 'stor');

    const { stdout: tested } = await run('unzip', ['-t', file]);
    assert.match(tested, /No errors detected/);

    const { stdout: verbose } = await run('zipinfo', ['-v', file]);
    const hosts = [...verbose.matchAll(/file system or operating system of origin:\s+(.+)/g)].map((m) => m[1]);
    assert.deepEqual(hosts, Array(sample.length).fill('Unix'));
    const extras = [...verbose.matchAll(/length of extra field:\s+(\d+) bytes/g)].map((m) => m[1]);
    assert.deepEqual(extras, Array(sample.length).fill('0'));
    const attrs = [...verbose.matchAll(/Unix file attributes \((\d+) octal\)/g)].map((m) => m[1]);
    assert.deepEqual(attrs, ['100644', '100644', '100755', '100755', '100644', '100644']);
    const dates = [...verbose.matchAll(/file last modified on \(DOS date\/time\):\s+(.+)/g)].map((m) => m[1]);
    assert.deepEqual(dates, Array(sample.length).fill('2024 May 6 07:08:10'));
  });

  test('the same entries in any order give identical bytes', () => {
    const reference = buildZip(sample, { mtime });
    const orders = [[...sample].reverse(), [sample[3], sample[0], sample[5], sample[1], sample[4], sample[2]]];
    for (const order of orders) assert.deepEqual(buildZip(order, { mtime }), reference);
    // And the contents matter: one changed byte changes the zip.
    const changed = sample.map((e) => (e.name === 'bootstrap' ? { ...e, data: text('#!/bin/sh\n') } : e));
    assert.notEqual(sha256(buildZip(changed, { mtime })), sha256(reference));
  });

  test('entries are sorted by UTF-8 bytes, not UTF-16 code units', () => {
    // In UTF-16 the emoji (surrogate 0xD83D) sorts before U+FF21; in UTF-8 bytes (F0 vs EF) it sorts after.
    const names = ['\u{1F600}.txt', '\uFF21.txt', 'a.txt', 'B.txt'];
    const bytes = buildZip(
      names.map((name) => ({ name, data: text(name), executable: false })),
      { mtime },
    );
    assert.deepEqual(
      listZip(bytes).map((e) => e.name),
      ['B.txt', 'a.txt', '\uFF21.txt', '\u{1F600}.txt'],
    );
  });

  test('the bytes do not depend on the time zone of the machine', async () => {
    // 02:30 on 2021-03-14 doesn't exist as New York local time (DST gap).
    const script = `
      import { createHash } from 'node:crypto';
      import { buildZip } from ${JSON.stringify(zipModuleUrl)};
      const data = new TextEncoder().encode('#!/bin/sh\\necho hi\\n');
      const zip = buildZip([{ name: 'bootstrap', data, executable: true }, { name: 'a/b', data, executable: false }],
        { mtime: new Date('2021-03-14T02:30:00Z') });
      process.stdout.write(createHash('sha256').update(zip).digest('hex') + ' ' + Buffer.from(zip).toString('base64'));
    `;
    const results = new Map<string, string>();
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati']) {
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz } });
      results.set(tz, stdout);
    }
    const [first] = results.values();
    for (const [tz, out] of results) assert.equal(out.split(' ')[0], first.split(' ')[0], `TZ=${tz}`);
    const bytes = Buffer.from(first.split(' ')[1], 'base64');
    const { stdout } = await run('zipinfo', ['-v', await toFile(bytes)], { env: { ...process.env, TZ: 'Asia/Tokyo' } });
    assert.match(stdout, /file last modified on \(DOS date\/time\):\s+2021 Mar 14 02:30:00/);
  });

  test('timestamps are clamped into the DOS range', () => {
    const at = (d: Date) => listZip(buildZip([{ name: 'x', data: text('x'), executable: false }], { mtime: d }))[0].mtime.toISOString();
    assert.equal(at(new Date(0)), '1980-01-01T00:00:00.000Z');
    assert.equal(at(new Date('2200-01-01T00:00:00Z')), '2107-12-31T23:59:58.000Z');
    assert.equal(at(new Date('2001-02-03T04:05:07Z')), '2001-02-03T04:05:06.000Z');
    assert.throws(() => at(new Date('nope')), NasmLambdaError);
  });

  test('duplicate and unsafe names are refused', () => {
    const entry = (name: string): ZipInput => ({ name, data: text(name), executable: false });
    assert.throws(
      () => buildZip([entry('bin/app'), entry('x'), entry('bin/app')], { mtime }),
      (e: unknown) => {
        assert.ok(e instanceof NasmLambdaError);
        assert.match(e.message, /two files would both be stored in the zip as 'bin\/app'/);
        return true;
      },
    );
    for (const bad of ['', '/etc/passwd', '../up', 'a/../b', 'a//b', 'dir/', 'a\\b', './x']) {
      assert.throws(() => buildZip([entry(bad)], { mtime }), NasmLambdaError, JSON.stringify(bad));
    }
  });
});

describe('sourceDateEpoch', () => {
  test('uses SOURCE_DATE_EPOCH when set, and zipinfo shows that date', async () => {
    const when = sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' });
    assert.equal(when.toISOString(), '2023-11-14T22:13:20.000Z');
    const file = await toFile(buildZip([{ name: 'bootstrap', data: text('#!/bin/sh\n'), executable: true }], { mtime: when }));
    const { stdout } = await run('zipinfo', ['-v', file]);
    assert.match(stdout, /file last modified on \(DOS date\/time\):\s+2023 Nov 14 22:13:20/);
  });

  test('defaults to the DOS epoch when unset or empty', () => {
    assert.equal(sourceDateEpoch({}).toISOString(), '1980-01-01T00:00:00.000Z');
    assert.equal(sourceDateEpoch({ SOURCE_DATE_EPOCH: '' }).toISOString(), '1980-01-01T00:00:00.000Z');
    assert.equal(sourceDateEpoch({ SOURCE_DATE_EPOCH: '0' }).toISOString(), '1970-01-01T00:00:00.000Z');
  });

  test('rejects values that are not whole seconds, naming the variable', () => {
    for (const bad of ['abc', '-5', '1.5', '12e3', '0x10', '99999999999999999999']) {
      assert.throws(
        () => sourceDateEpoch({ SOURCE_DATE_EPOCH: bad }),
        (e: unknown) => e instanceof NasmLambdaError && /SOURCE_DATE_EPOCH/.test(e.message),
        bad,
      );
    }
  });
});

describe('listZip', () => {
  test('agrees with zipinfo on names, sizes, methods and modes', async () => {
    const bytes = buildZip(sample, { mtime });
    const rows = await zipinfo(await toFile(bytes));
    const listed = listZip(bytes);
    const methodName = (m: number) => (m === 8 ? 'defN' : m === 0 ? 'stor' : String(m));
    const modeString = (mode: number) =>
      '-' + [6, 3, 0].map((shift) => ['r', 'w', 'x'].map((c, i) => ((mode >> shift) & (4 >> i) ? c : '-')).join('')).join('');
    assert.deepEqual(
      listed.map((e) => ({ name: e.name, size: e.size, compressed: e.compressedSize, method: methodName(e.method), mode: modeString(e.mode!), host: e.host })),
      rows.map((r) => ({ name: r.name, size: r.size, compressed: r.compressed, method: r.method, mode: r.mode, host: 3 })),
    );
    assert.deepEqual(
      listed.map((e) => e.mode),
      [0o100644, 0o100644, 0o100755, 0o100755, 0o100644, 0o100644],
    );
  });

  test('reads a zip made by Info-ZIP zip', async () => {
    const src = path.join(dir, 'infozip-src');
    await mkdir(path.join(src, 'bin'), { recursive: true });
    await writeFile(path.join(src, 'bin/tool'), '#!/bin/sh\n');
    await chmod(path.join(src, 'bin/tool'), 0o750);
    await writeFile(path.join(src, 'notes.txt'), 'notes\n'.repeat(100));
    await chmod(path.join(src, 'notes.txt'), 0o600);
    const out = path.join(dir, 'infozip.zip');
    await run('zip', ['-X', '-r', out, 'bin', 'notes.txt'], { cwd: src });
    const listed = listZip(await readFile(out));
    assert.deepEqual(
      listed.map((e) => [e.name, e.host, e.mode! & 0o170777]),
      [
        ['bin/', 3, 0o040000 | (listed[0].mode! & 0o777)],
        ['bin/tool', 3, 0o100750],
        ['notes.txt', 3, 0o100600],
      ],
    );
    assert.equal(listed[2].method, 8);
    assert.equal(listed[2].size, 600);
  });

  test('refuses things that are not zips', () => {
    assert.throws(() => listZip(text('not a zip at all, just some text')), /no end-of-central-directory record/);
    const bytes = buildZip(sample, { mtime });
    assert.throws(() => listZip(bytes.subarray(0, bytes.length - 30)), NasmLambdaError);
  });
});

describe('extractZip', () => {
  test('restores the recorded modes and contents', async () => {
    const dest = path.join(dir, 'extract-modes');
    await extractZip(buildZip(sample, { mtime }), dest);
    for (const entry of sample) {
      const file = path.join(dest, entry.name);
      assert.deepEqual(new Uint8Array(await readFile(file)), entry.data, entry.name);
      assert.equal((await stat(file)).mode & 0o777, entry.executable ? 0o755 : 0o644, entry.name);
    }
  });

  test('a zip without Unix modes gives non-executable files, like Lambda', async () => {
    // fflate's default host is MS-DOS (0) with no Unix attributes.
    const bytes = zipSync({ bootstrap: text('#!/bin/sh\n'), 'bin/app': new Uint8Array(100) });
    assert.equal(listZip(bytes)[0].host, 0);
    const dest = path.join(dir, 'extract-dos');
    await extractZip(bytes, dest);
    assert.equal((await stat(path.join(dest, 'bootstrap'))).mode & 0o777, 0o644);
    assert.equal((await stat(path.join(dest, 'bin/app'))).mode & 0o777, 0o644);
  });

  test('restores modes from an Info-ZIP archive', async () => {
    const dest = path.join(dir, 'extract-infozip');
    await extractZip(await readFile(path.join(dir, 'infozip.zip')), dest);
    assert.equal((await stat(path.join(dest, 'bin/tool'))).mode & 0o777, 0o750);
    assert.equal((await stat(path.join(dest, 'notes.txt'))).mode & 0o777, 0o600);
    assert.equal(await readFile(path.join(dest, 'notes.txt'), 'utf8'), 'notes\n'.repeat(100));
  });

  test('refuses zip-slip names before writing anything', async () => {
    for (const evil of ['../evil.txt', 'a/../../evil.txt', '/tmp/evil-abs.txt', '..\\evil.txt', 'C:/evil.txt']) {
      const dest = path.join(dir, `slip-${counter++}`);
      const bytes = zipSync({ 'ok.txt': text('fine'), [evil]: text('gotcha') });
      await assert.rejects(extractZip(bytes, dest), /absolute or leaves the extraction directory/, evil);
      await assert.rejects(access(path.join(dest, 'ok.txt')), 'nothing was written');
    }
    await assert.rejects(access(path.join(dir, 'evil.txt')));
  });

  test('refuses symlinks, corrupt data and oversized archives', async () => {
    const link = zipSync({ link: [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
    await assert.rejects(extractZip(link, path.join(dir, 'link')), /symbolic link/);

    const bytes = buildZip([{ name: 'bin/app', data: new Uint8Array(4096).fill(0x90), executable: true }], { mtime });
    const damaged = new Uint8Array(bytes);
    const entry = listZip(bytes)[0];
    damaged[entry.localHeaderOffset + 30 + 'bin/app'.length + 3] ^= 0xff;
    await assert.rejects(extractZip(damaged, path.join(dir, 'damaged')), /does not inflate|fails its size or CRC check/);

    await assert.rejects(extractZip(bytes, path.join(dir, 'big'), { maxUnzippedBytes: 4095 }), /more than 4095 bytes/);
  });
});

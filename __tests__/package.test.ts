import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, truncate, utimes, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import { packageFunction, type PackageInput } from '../src/package/index.ts';
import { listZip } from '../src/package/zip.ts';
import { run } from './helpers/asm.ts';

const helloAsm = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/elf/hello.asm');
const mtime = new Date('2024-01-02T03:04:06Z');
// Runs the handler from the directory Lambda unpacks to, as a generated bootstrap would.
const bootstrapText = '#!/bin/sh\nexec "$(dirname "$0")/bin/app"\n';

let dir: string;
let exe: string;
let counter = 0;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'package-test-'));
  await run('nasm', ['-f', 'elf64', '-o', path.join(dir, 'hello.o'), helloAsm]);
  exe = path.join(dir, 'app');
  await run('ld', ['-o', exe, path.join(dir, 'hello.o')]);
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function fresh(name = 'out'): string {
  return path.join(dir, `${name}-${counter++}`);
}

async function file(rel: string, content: string | Uint8Array, mode: number): Promise<string> {
  const p = path.join(dir, rel);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, content);
  await chmod(p, mode);
  return p;
}

function input(over: Partial<PackageInput>): PackageInput {
  return {
    executablePath: exe,
    handler: 'bin/app',
    bootstrap: { kind: 'text', text: bootstrapText },
    extraFiles: [],
    zipPath: path.join(fresh(), 'function.zip'),
    mtime,
    ...over,
  };
}

/** `zipinfo -l` rows as [permissions, name]. */
async function zipinfoModes(zip: string): Promise<[string, string][]> {
  const { stdout } = await run('zipinfo', ['-l', zip]);
  return stdout
    .split('\n')
    .map((l) => /^([-rwx]{10})\s.*\s(\S+)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => [m[1], m[2]]);
}

async function rejectsWith(p: Promise<unknown>, check: (e: NasmLambdaError) => void): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof NasmLambdaError, `expected NasmLambdaError, got ${String(e)}`);
    check(e);
    return true;
  });
}

describe('packageFunction', () => {
  test('generated bootstrap: modes as zipinfo shows them, hashes, and the unzipped function runs', async () => {
    const extraFiles = [
      { absPath: await file('extra/tool.sh', '#!/bin/sh\necho tool\n', 0o744), zipPath: 'extra/tool.sh' },
      { absPath: await file('extra/data.txt', 'data\n', 0o600), zipPath: 'extra/data.txt' },
      { absPath: await file('extra/group-x', 'x\n', 0o640 | 0o010), zipPath: 'group-x' },
    ];
    const log = new MemoryLogger();
    const result = await packageFunction(input({ extraFiles }), log);

    assert.deepEqual(await zipinfoModes(result.zipPath), [
      ['-rwxr-xr-x', 'bin/app'],
      ['-rwxr-xr-x', 'bootstrap'],
      ['-rw-r--r--', 'extra/data.txt'],
      ['-rwxr-xr-x', 'extra/tool.sh'],
      ['-rwxr-xr-x', 'group-x'],
    ]);
    assert.deepEqual(
      result.entries.map((e) => [e.name, e.mode]),
      [
        ['bin/app', 0o100755],
        ['bootstrap', 0o100755],
        ['extra/data.txt', 0o100644],
        ['extra/tool.sh', 0o100755],
        ['group-x', 0o100755],
      ],
    );
    const exeBytes = await readFile(exe);
    assert.equal(result.entries[0].size, exeBytes.length);
    assert.equal(result.entries[1].size, Buffer.byteLength(bootstrapText));

    const zipBytes = await readFile(result.zipPath);
    assert.equal(result.size, zipBytes.length);
    assert.equal(result.sha256Hex, createHash('sha256').update(zipBytes).digest('hex'));
    const { stdout: openssl } = await run('sh', ['-c', 'openssl dgst -sha256 -binary "$1" | base64', 'sh', result.zipPath]);
    assert.equal(result.codeSha256, openssl.trim());

    // Unpack with the real unzip and run it as Lambda would: ./bootstrap from the task root.
    const root = fresh('task');
    await run('unzip', ['-q', result.zipPath, '-d', root]);
    const { stdout } = await run(path.join(root, 'bootstrap'));
    assert.equal(stdout, 'hello from nasm\n');
    assert.deepEqual(await readFile(path.join(root, 'bin/app')), exeBytes);
    assert.equal(log.annotations.length, 0);
  });

  test("the zip is identical whatever the files' mtimes, on-disk modes and input order", async () => {
    const a = await file('repro/a.txt', 'alpha\n', 0o644);
    const b = await file('repro/b.sh', '#!/bin/sh\n', 0o755);
    const c = await file('repro/c.bin', new Uint8Array(randomBytes(3000)), 0o600);
    const extras = [
      { absPath: a, zipPath: 'repro/a.txt' },
      { absPath: b, zipPath: 'repro/b.sh' },
      { absPath: c, zipPath: 'repro/c.bin' },
    ];
    const first = await packageFunction(input({ extraFiles: extras }), new MemoryLogger());

    await utimes(a, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
    await utimes(c, new Date('2030-06-01T12:00:00Z'), new Date('2030-06-01T12:00:00Z'));
    await utimes(exe, new Date(), new Date('1999-12-31T23:59:59Z'));
    await chmod(b, 0o700); // still executable
    await chmod(c, 0o664); // still not
    const second = await packageFunction(input({ extraFiles: [extras[2], extras[0], extras[1]] }), new MemoryLogger());

    assert.notEqual(first.zipPath, second.zipPath);
    assert.equal(second.sha256Hex, first.sha256Hex);
    assert.deepEqual(await readFile(second.zipPath), await readFile(first.zipPath));

    // A different timestamp does change the bytes: the check above can fail.
    const third = await packageFunction(input({ extraFiles: extras, mtime: new Date('2024-01-02T03:04:08Z') }), new MemoryLogger());
    assert.notEqual(third.sha256Hex, first.sha256Hex);
  });

  test('bootstrap none: the executable itself is the bootstrap, nothing at the handler', async () => {
    const result = await packageFunction(input({ bootstrap: { kind: 'none' } }), new MemoryLogger());
    assert.deepEqual(await zipinfoModes(result.zipPath), [['-rwxr-xr-x', 'bootstrap']]);
    const root = fresh('task');
    await run('unzip', ['-q', result.zipPath, '-d', root]);
    assert.deepEqual(await readFile(path.join(root, 'bootstrap')), await readFile(exe));
    assert.equal((await run(path.join(root, 'bootstrap'))).stdout, 'hello from nasm\n');
  });

  test('bootstrap file: the user file goes in as 0755 whatever its mode on disk', async () => {
    const own = await file('own/bootstrap.sh', bootstrapText, 0o600);
    const log = new MemoryLogger();
    const result = await packageFunction(input({ bootstrap: { kind: 'file', path: own } }), log);
    assert.deepEqual(await zipinfoModes(result.zipPath), [
      ['-rwxr-xr-x', 'bin/app'],
      ['-rwxr-xr-x', 'bootstrap'],
    ]);
    const root = fresh('task');
    await run('unzip', ['-q', result.zipPath, '-d', root]);
    assert.equal(await readFile(path.join(root, 'bootstrap'), 'utf8'), bootstrapText);
    assert.equal((await run(path.join(root, 'bootstrap'))).stdout, 'hello from nasm\n');
    assert.deepEqual(log.annotations, []);
  });

  test('a bootstrap file Lambda could not exec gets a warning', async () => {
    const crlf = await file('own/crlf', '#!/bin/sh\r\necho hi\r\n', 0o755);
    const log = new MemoryLogger();
    await packageFunction(input({ bootstrap: { kind: 'file', path: crlf } }), log);
    assert.equal(log.annotations.length, 1);
    assert.match(log.annotations[0].message, /CRLF/);
    const plain = await file('own/plain', 'echo no shebang\n', 0o755);
    const log2 = new MemoryLogger();
    await packageFunction(input({ bootstrap: { kind: 'file', path: plain } }), log2);
    assert.match(log2.annotations[0]?.message ?? '', /neither #! nor an ELF header/);
  });

  test('extra files that collide with the bootstrap, the handler or each other name the files input', async () => {
    const x = await file('collide/x', 'x', 0o644);
    const y = await file('collide/y', 'y', 0o644);
    for (const [zipPath, what] of [
      ['bootstrap', /already the bootstrap/],
      ['bin/app', /already the executable/],
    ] as const) {
      await rejectsWith(packageFunction(input({ extraFiles: [{ absPath: x, zipPath }] }), new MemoryLogger()), (e) => {
        assert.equal(e.input, 'files');
        assert.match(e.message, /^Input 'files': /);
        assert.match(e.message, what);
      });
    }
    await rejectsWith(
      packageFunction(
        input({
          extraFiles: [
            { absPath: x, zipPath: 'same' },
            { absPath: y, zipPath: 'same' },
          ],
        }),
        new MemoryLogger(),
      ),
      (e) => assert.match(e.message, /already another file/),
    );
    await rejectsWith(packageFunction(input({ extraFiles: [{ absPath: x, zipPath: 'bin' }] }), new MemoryLogger()), (e) => {
      assert.equal(e.input, 'files');
      assert.match(e.message, /'bin' is a file in the zip, but 'bin\/app' needs it to be a directory/);
    });
    // With bootstrap none, 'bin/app' is free.
    const none = await packageFunction(input({ bootstrap: { kind: 'none' }, extraFiles: [{ absPath: x, zipPath: 'bin/app' }] }), new MemoryLogger());
    assert.deepEqual(
      none.entries.map((e) => e.name),
      ['bin/app', 'bootstrap'],
    );
    // The same file matched twice is fine.
    const twice = await packageFunction(
      input({
        extraFiles: [
          { absPath: x, zipPath: 'x' },
          { absPath: x, zipPath: 'x' },
        ],
      }),
      new MemoryLogger(),
    );
    assert.deepEqual(
      twice.entries.map((e) => e.name),
      ['bin/app', 'bootstrap', 'x'],
    );
    await rejectsWith(packageFunction(input({ handler: 'bootstrap' }), new MemoryLogger()), (e) => assert.equal(e.input, 'handler'));
  });

  test('a zip over the 50 MB direct-upload limit is refused, and nothing is written', async () => {
    const big = await file('big/random.bin', new Uint8Array(randomBytes(51 * 1024 * 1024)), 0o644);
    const out = input({ extraFiles: [{ absPath: big, zipPath: 'random.bin' }] });
    await rejectsWith(packageFunction(out, new MemoryLogger()), (e) => {
      assert.equal(e.input, 'files');
      assert.match(e.message, /function\.zip is 51\.0 MB \(5347\d{4} bytes\), over Lambda's 50 MB direct-upload limit/);
      assert.match(e.message, /S3/);
    });
    await assert.rejects(access(path.dirname(out.zipPath)), 'no output directory or zip');
    await rm(big);
  });

  test('more than 250 MB unzipped is refused before anything is read', async () => {
    const sparse = path.join(dir, 'sparse.bin');
    await writeFile(sparse, '');
    await truncate(sparse, 251 * 1024 * 1024);
    await rejectsWith(packageFunction(input({ extraFiles: [{ absPath: sparse, zipPath: 'sparse.bin' }] }), new MemoryLogger()), (e) => {
      assert.equal(e.input, 'files');
      assert.match(e.message, /over Lambda's 250 MB unzipped limit/);
    });
    await rm(sparse);
  });

  test('writes atomically into a new directory and leaves no temp files; failures are clean', async () => {
    const target = path.join(fresh('nested'), 'a', 'b', 'function.zip');
    await packageFunction(input({ zipPath: target }), new MemoryLogger());
    assert.deepEqual(await readdir(path.dirname(target)), ['function.zip']);
    assert.deepEqual(
      listZip(await readFile(target)).map((e) => e.name),
      ['bin/app', 'bootstrap'],
    );

    // A directory in the way of the zip: rename fails, the temp file is removed.
    const blocked = path.join(fresh('blocked'), 'function.zip');
    await mkdir(path.join(blocked, 'inside'), { recursive: true });
    await rejectsWith(packageFunction(input({ zipPath: blocked }), new MemoryLogger()), (e) => assert.match(e.message, /cannot write/));
    assert.deepEqual(await readdir(path.dirname(blocked)), ['function.zip']);

    await rejectsWith(packageFunction(input({ executablePath: path.join(dir, 'missing') }), new MemoryLogger()), (e) =>
      assert.match(e.message, /cannot read .*missing \(ENOENT\)/),
    );
  });
});

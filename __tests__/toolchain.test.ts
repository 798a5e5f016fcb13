import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { NasmLambdaError } from '../src/errors.ts';
import { MemoryLogger } from '../src/log.ts';
import { ensureToolchain, installPlan, linkerNames, packagesFor, toolVersion, whichOnPath, type HostFacts } from '../src/build/toolchain.ts';

function host(over: Partial<HostFacts> & { have?: string[] }): HostFacts {
  const have = new Set(over.have ?? []);
  return { platform: 'linux', arch: 'x64', isRoot: true, which: (n) => (have.has(n) ? `/usr/bin/${n}` : undefined), ...over };
}

describe('toolchain', () => {
  it('finds the real nasm and ld here and reports their versions', async () => {
    const t = await ensureToolchain({ install: false, log: new MemoryLogger() });
    assert.equal(t.nasm, whichOnPath('nasm'));
    assert.match(await toolVersion(t.nasm), /^NASM version \d+\.\d+/);
    assert.match(await toolVersion(t.ld), /GNU ld/);
    assert.equal(await toolVersion(path.join(tmpdir(), 'no-such-tool')), 'unknown', 'a probe that cannot start is only for the log');
    assert.deepEqual(t.installed, []);
  });

  it('finds only executables on PATH', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'path-'));
    try {
      await writeFile(path.join(dir, 'plain'), '');
      await writeFile(path.join(dir, 'tool'), '#!/bin/sh\n');
      await chmod(path.join(dir, 'tool'), 0o755);
      assert.equal(whichOnPath('plain', `/nonexistent:${dir}`), undefined);
      assert.equal(whichOnPath('tool', `/nonexistent::${dir}`), path.join(dir, 'tool'));
      assert.equal(whichOnPath('tool', ''), undefined);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('picks the cross linker on arm64', () => {
    assert.deepEqual(linkerNames('x64'), ['ld', 'x86_64-linux-gnu-ld']);
    assert.deepEqual(linkerNames('arm64'), ['x86_64-linux-gnu-ld']);
    assert.deepEqual(packagesFor('apt-get', 'arm64', { nasm: true, ld: true }), ['nasm', 'binutils-x86-64-linux-gnu']);
    assert.deepEqual(packagesFor('dnf', 'x64', { nasm: false, ld: true }), ['binutils']);
  });

  it('plans apt-get through sudo when not root, and dnf/yum as root', () => {
    assert.deepEqual(installPlan(host({ isRoot: false, have: ['apt-get', 'sudo'] }), { nasm: true, ld: false }), [
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nasm'],
    ]);
    assert.deepEqual(installPlan(host({ have: ['dnf', 'yum'] }), { nasm: true, ld: true }), [['dnf', 'install', '-y', 'nasm', 'binutils']]);
    assert.deepEqual(installPlan(host({ have: ['yum'] }), { nasm: true, ld: false }), [['yum', 'install', '-y', 'nasm']]);
  });

  it('fails clearly when it cannot install', () => {
    assert.throws(() => installPlan(host({ have: [] }), { nasm: true, ld: false }), /no apt-get, dnf or yum/);
    assert.throws(() => installPlan(host({ isRoot: false, have: ['apt-get'] }), { nasm: true, ld: false }), /sudo is missing.*apt-get install -y nasm/);
  });

  it('with install-tools false, names the command to run', async () => {
    await assert.rejects(
      ensureToolchain({ install: false, log: new MemoryLogger(), host: host({ isRoot: false, have: ['apt-get', 'sudo', 'ld'] }) }),
      (e: unknown) =>
        e instanceof NasmLambdaError &&
        e.input === 'install-tools' &&
        /nasm not found on PATH: add `sudo apt-get install -y nasm`, or set install-tools: auto/.test(e.message),
    );
  });

  it('refuses non-Linux runners', async () => {
    await assert.rejects(
      ensureToolchain({ install: true, log: new MemoryLogger(), host: host({ platform: 'darwin' }) }),
      /Linux only, not darwin.*ubuntu-latest/,
    );
  });
});

describe('runProcess (through @actions/exec)', () => {
  it('collects output, keeps the exit status, and prints nothing itself (no [command] echo)', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const proc = new URL('../src/util/proc.ts', import.meta.url).href;
    const script = `
      const { runProcess } = await import(${JSON.stringify(proc)});
      const r = await runProcess('sh', ['-c', 'printf "out é"; printf "err\\\\n" >&2; exit 3']);
      const s = await runProcess('sh', ['-c', 'kill -9 $$']);
      const missing = await runProcess('/nonexistent/tool', []).then(() => 'resolved', (e) => 'rejected: ' + e.message);
      process.stderr.write(JSON.stringify({ r, s: s.code, missing }));`;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    assert.equal(stdout, '', 'nothing on stdout');
    const got = JSON.parse(stderr);
    assert.deepEqual(got.r, { code: 3, signal: null, stdout: 'out é', stderr: 'err\n' });
    assert.equal(got.s, null, 'killed by a signal: no exit status');
    assert.match(got.missing, /^rejected: /);
  });
});

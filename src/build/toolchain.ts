import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { NasmLambdaError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { runProcess } from '../util/proc.ts';

export interface Toolchain {
  nasm: string;
  ld: string;
  /** Commands run to install missing tools, for the log and the summary. */
  installed: string[];
}

export interface ToolVersions {
  nasm: string;
  ld: string;
}

/**
 * First line of `<tool> -v` (nasm and ld both answer it), or 'unknown'. Kept apart
 * from ensureToolchain so it can run while other work goes on.
 */
export async function toolVersion(file: string): Promise<string> {
  const first = (r: { stdout: string; stderr: string }) => (r.stdout || r.stderr).trim().split('\n')[0] || 'unknown';
  // Only for the log: a probe that fails to start must not fail the build.
  return runProcess(file, ['-v']).then(first, () => 'unknown');
}

export type PackageManager = 'apt-get' | 'dnf' | 'yum';

export interface HostFacts {
  platform: NodeJS.Platform;
  arch: string;
  isRoot: boolean;
  /** PATH lookup; injectable so the install plan can be tested without a machine. */
  which: (name: string) => string | undefined;
}

/** The linker that emits x86-64 ELF on this host: plain ld on x86-64, the cross ld elsewhere. */
export function linkerNames(arch: string): string[] {
  return arch === 'x64' ? ['ld', 'x86_64-linux-gnu-ld'] : ['x86_64-linux-gnu-ld'];
}

/** Which packages provide the missing tools, per package manager and host architecture. */
export function packagesFor(pm: PackageManager, arch: string, missing: { nasm: boolean; ld: boolean }): string[] {
  const pkgs: string[] = [];
  if (missing.nasm) pkgs.push('nasm');
  if (missing.ld) {
    if (arch === 'x64') pkgs.push('binutils');
    else pkgs.push(pm === 'apt-get' ? 'binutils-x86-64-linux-gnu' : 'binutils-x86_64-linux-gnu');
  }
  return pkgs;
}

/**
 * The commands that install the missing tools, or an error saying what to run.
 * Pure: the decision is tested without touching the machine.
 */
export function installPlan(host: HostFacts, missing: { nasm: boolean; ld: boolean }): string[][] {
  const pm = (['apt-get', 'dnf', 'yum'] as const).find((p) => host.which(p));
  if (!pm) {
    throw new NasmLambdaError(`${describeMissing(missing)} not found and no apt-get, dnf or yum to install it`, {
      fix: 'install nasm and binutils in an earlier step, or use an Ubuntu runner',
    });
  }
  const sudo = host.isRoot ? [] : host.which('sudo') ? ['sudo', '-n'] : undefined;
  if (!sudo) {
    throw new NasmLambdaError(`${describeMissing(missing)} not found, and installing needs root but sudo is missing`, {
      fix: `run \`${pm} install -y ${packagesFor(pm, host.arch, missing).join(' ')}\` as root in an earlier step`,
    });
  }
  const pkgs = packagesFor(pm, host.arch, missing);
  if (pm === 'apt-get') {
    const aptEnv = ['env', 'DEBIAN_FRONTEND=noninteractive'];
    return [
      [...sudo, ...aptEnv, 'apt-get', 'update', '-qq'],
      [...sudo, ...aptEnv, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...pkgs],
    ];
  }
  return [[...sudo, pm, 'install', '-y', ...pkgs]];
}

function describeMissing(missing: { nasm: boolean; ld: boolean }): string {
  return [missing.nasm ? 'nasm' : '', missing.ld ? 'ld' : ''].filter(Boolean).join(' and ');
}

function manualFix(host: HostFacts, missing: { nasm: boolean; ld: boolean }): string {
  const pm = (['apt-get', 'dnf', 'yum'] as const).find((p) => host.which(p)) ?? 'apt-get';
  const sudo = host.isRoot ? '' : 'sudo ';
  return `add \`${sudo}${pm} install -y ${packagesFor(pm, host.arch, missing).join(' ')}\`, or set install-tools: auto`;
}

export function whichOnPath(name: string, envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function currentHost(): HostFacts {
  return {
    platform: process.platform,
    arch: process.arch,
    isRoot: process.getuid?.() === 0,
    which: (n) => whichOnPath(n),
  };
}

/** Finds nasm and an x86-64 ld, installing them when allowed. */
export async function ensureToolchain(opts: { install: boolean; log: Logger; host?: HostFacts }): Promise<Toolchain> {
  const host = opts.host ?? currentHost();
  if (host.platform !== 'linux') {
    throw new NasmLambdaError(`this action builds on Linux only, not ${host.platform}`, {
      fix: 'use runs-on: ubuntu-latest (or ubuntu-24.04-arm) for this job',
    });
  }
  const find = () => ({
    nasm: host.which('nasm'),
    ld: linkerNames(host.arch)
      .map((n) => host.which(n))
      .find(Boolean),
  });
  let found = find();
  const installed: string[] = [];
  const missing = { nasm: !found.nasm, ld: !found.ld };
  if (missing.nasm || missing.ld) {
    if (!opts.install) {
      throw new NasmLambdaError(`${describeMissing(missing)} not found on PATH`, { input: 'install-tools', fix: manualFix(host, missing) });
    }
    for (const cmd of installPlan(host, missing)) {
      opts.log.info(`$ ${cmd.join(' ')}`);
      const r = await runProcess(cmd[0], cmd.slice(1), { env: process.env });
      installed.push(cmd.join(' '));
      if (r.code !== 0) {
        const tail = (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ');
        throw new NasmLambdaError(`installing ${describeMissing(missing)} failed: \`${cmd.join(' ')}\` exited ${r.code}${tail ? ` (${tail})` : ''}`, {
          input: 'install-tools',
          fix: `install them in an earlier step (${manualFix(host, missing)})`,
        });
      }
    }
    found = find();
    if (!found.nasm || !found.ld) {
      throw new NasmLambdaError(`${describeMissing({ nasm: !found.nasm, ld: !found.ld })} still not found after installing`, {
        input: 'install-tools',
        fix: 'install nasm and binutils in an earlier step',
      });
    }
  }
  return { nasm: found.nasm!, ld: found.ld!, installed };
}

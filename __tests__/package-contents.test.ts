/**
 * What ships: the npm package (a git install of the CLI) carries the bundles,
 * the runtime sources and the docs, and nothing of the tests or the TypeScript
 * sources; the CLI's bundle carries no artifact client it could never load.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { run } from './helpers/asm.ts';

const root = path.resolve(import.meta.dirname, '..');

test('npm pack ships dist/, action.yml and the docs, and no tests or sources', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 1 << 24 });
  const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
  for (const needed of ['action.yml', 'README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/cli/index.js', 'dist/runtime/bootstrap.sh']) {
    assert.ok(files.includes(needed), `${needed} ships`);
  }
  const stray = files.filter((f) => !/^(dist\/|action\.yml$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f));
  assert.deepEqual(stray, []);
});

test('package.json installs nothing: everything the CLI runs is bundled into dist/', async () => {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
});

test('dist/cli/ is under 3 MB and holds no @actions/artifact chunk', async () => {
  const dir = path.join(root, 'dist/cli');
  let total = 0;
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    total += (await stat(file)).size;
    if (name.endsWith('.js')) assert.ok(!(await readFile(file, 'utf8')).includes('DefaultArtifactClient'), `${name} carries the artifact client`);
  }
  assert.ok(total < 3 * 1024 * 1024, `dist/cli/ is ${total} bytes`);
});

test('the action bundle still carries the artifact client, as a lazy chunk', async () => {
  const dir = path.join(root, 'dist');
  const chunks = (await readdir(dir)).filter((n) => /^\d+\.index\.js$/.test(n));
  const withClient = [];
  for (const name of chunks) if ((await readFile(path.join(dir, name), 'utf8')).includes('DefaultArtifactClient')) withClient.push(name);
  assert.ok(withClient.length >= 1, 'a chunk carries it');
  assert.ok(!(await readFile(path.join(dir, 'index.js'), 'utf8')).includes('DefaultArtifactClient'), 'not in the entry');
});

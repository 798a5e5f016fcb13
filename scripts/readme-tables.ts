/**
 * The README's inputs and outputs tables, made from action.yml so the two can't
 * drift. `node scripts/readme-tables.ts --write` rewrites them in README.md; the
 * test suite fails when README.md differs from what this makes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

function cell(s: string): string {
  return s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function tablesFor(action: ActionYaml): { inputs: string; outputs: string } {
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${i.default ? `\`${cell(String(i.default))}\`` : ''} | ${cell(i.description)} |`),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

export function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

export async function renderReadme(): Promise<{ current: string; expected: string }> {
  const action = parse(await readFile(path.join(root, 'action.yml'), 'utf8')) as ActionYaml;
  const current = await readFile(path.join(root, 'README.md'), 'utf8');
  const t = tablesFor(action);
  return { current, expected: replaceBetween(replaceBetween(current, 'inputs', t.inputs), 'outputs', t.outputs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { current, expected } = await renderReadme();
  if (process.argv.includes('--write')) {
    await writeFile(path.join(root, 'README.md'), expected);
    console.log(current === expected ? 'README.md tables already current' : 'README.md tables rewritten');
  } else if (current !== expected) {
    console.error('README.md tables differ from action.yml: run `node scripts/readme-tables.ts --write`');
    process.exitCode = 1;
  }
}

/**
 * The job summary is true and safe: it is rendered with markdown-it (CommonMark,
 * GFM tables, raw HTML allowed and bare URLs linked, as on GitHub) and read the
 * way a reader sees it.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { deployFunction, type DeployResult, type Pacing } from '../src/deploy/index.ts';
import { MemoryLogger } from '../src/log.ts';
import { buildFacts, deployFacts, mdCode, mdText, summaryMarkdown } from '../src/report/index.ts';
import type { PipelineReport } from '../src/report/types.ts';
import type { DeployOptions } from '../src/types.ts';
import { tempDir } from './helpers/asm.ts';
import { FakeLambda } from './servers/lambda-api.ts';

const md = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<typeof md.parse>[number];

interface Rendered {
  /** Table rows as [label, value] in the text a reader sees. */
  rows: [string, string][];
  /** The caution line's text. */
  caution?: string;
  /** Token types that would be markup from foreign text. */
  markup: string[];
  html: string;
}

function visible(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' || c.type === 'text_special' ? c.content : c.type === 'softbreak' ? '\n' : ''))
    .join('');
}

function render(markdown: string): Rendered {
  const tokens = md.parse(markdown, {});
  const rows: [string, string][] = [];
  const markup: string[] = [];
  let row: string[] | undefined;
  let inQuote = false;
  let caution: string | undefined;
  for (const t of tokens) {
    if (t.type === 'html_block') markup.push(t.type);
    if (t.type === 'blockquote_open') inQuote = true;
    if (t.type === 'blockquote_close') inQuote = false;
    if (t.type === 'tr_open') row = [];
    if (t.type === 'tr_close' && row) {
      rows.push([row[0] ?? '', row.slice(1).join(' ‖ ')]);
      row = undefined;
    }
    if (t.type !== 'inline') continue;
    for (const c of t.children ?? []) {
      if (['html_inline', 'link_open', 'image', 'em_open', 'strong_open', 's_open'].includes(c.type)) markup.push(c.type);
    }
    if (row) row.push(visible(t));
    else if (inQuote) caution = visible(t);
  }
  return { rows: rows.slice(1), caution, markup, html: md.render(markdown) };
}

const NASTY = 'x<img src=x>[link](http://x.example) | table | `tick` ``two`` \\back\\slash* _u_ www.example.com a@b.example &amp;';

describe('summary markdown: foreign text shows as itself', () => {
  it('code spans show backslashes single, pipes and backticks intact', () => {
    for (const s of ['src\\win\\path.asm', 'a|b', '`start', 'end`', 'a``b', ' padded ', '\\|', NASTY]) {
      const cell = `| k | ${mdCode(s)} |`;
      const r = render(`| | |\n|---|---|\n${cell}\n`);
      assert.deepEqual(r.rows, [['k', s]], `${JSON.stringify(s)} as ${cell}`);
      assert.deepEqual(r.markup, []);
    }
  });

  it('text cannot become HTML, a link, an image, emphasis or a new cell', () => {
    for (const s of [NASTY, '<script>alert(1)</script>', '![i](http://x/i.png)', 'see https://evil.example/x', '~~gone~~', '\\<b>']) {
      const r = render(`| | |\n|---|---|\n| k | ${mdText(s)} |\n`);
      assert.deepEqual(r.rows, [['k', s]], JSON.stringify(s));
      assert.deepEqual(r.markup, [], `${JSON.stringify(s)} rendered ${r.html}`);
      assert.doesNotMatch(r.html, /<(img|a|script|b)[\s>]/);
    }
  });

  it('a whole summary with foreign file names, response and error', () => {
    const report: PipelineReport = {
      sources: [`src/<img src=x>.asm`, 'src/[link](http://x).asm', 'src/| table |.asm', 'src/`tick`.asm', 'src\\back.asm'],
      versions: { nasm: 'NASM version <b>2</b>', ld: 'GNU ld [x](http://y)' },
      executable: '/w/.nasm-lambda/app',
      executableSize: 10,
      invoke: { ok: false, errorType: 'Function.ExitError', errorMessage: '<img src=x> | cell | [a](http://b)', logs: '' } as PipelineReport['invoke'],
    };
    const r = render(summaryMarkdown(report, 'the function failed: <img src=x> [a](http://b) | x |'));
    assert.deepEqual(r.markup, [], r.html);
    assert.doesNotMatch(r.html, /<img|<a\s|<b>/);
    assert.equal(r.caution, '[!CAUTION]\nthe function failed: <img src=x> [a](http://b) | x |');
    assert.deepEqual(r.rows, [
      ['Sources', report.sources!.join(', ')],
      ['Toolchain', 'NASM version <b>2</b>; GNU ld [x](http://y)'],
      ['Executable', '/w/.nasm-lambda/app, 10 B'],
      ['Local invoke', 'failed: Function.ExitError: <img src=x> | cell | [a](http://b)'],
    ]);
  });

  it('a successful response in a code span, whatever it holds', () => {
    const response = 'ok `x` | y | <img src=z> \\n';
    const r = render(summaryMarkdown({ invoke: { ok: true, response, logs: '' } as PipelineReport['invoke'] }));
    assert.deepEqual(r.rows, [['Local invoke', `ok: ${response}`]]);
    assert.deepEqual(r.markup, []);
  });

  it('the CLI keeps its plain form', () => {
    const rows = buildFacts({ sources: ['src/a.asm'], versions: { nasm: 'n', ld: 'l' } });
    assert.deepEqual(rows, [
      ['Sources', '`src/a.asm`'],
      ['Toolchain', 'n; l'],
    ]);
  });
});

describe('summary of a deploy that stopped part-way', () => {
  let fake: FakeLambda;
  let endpoint: string;
  const saved: Record<string, string | undefined> = {};
  const ENV = { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
  let dir: string;
  before(async () => {
    for (const [k, v] of Object.entries(ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    fake = new FakeLambda();
    endpoint = await fake.start();
    dir = await tempDir('summary-');
  });
  after(async () => {
    await fake.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('after a wait timeout says $LATEST changed, and lists no alias that was never created', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { codeSha256Of } = await import('./servers/lambda-api.ts');
    const zip = Buffer.from('new code bytes');
    const zipPath = `${dir}/function.zip`;
    await writeFile(zipPath, zip);
    fake.addFunction({ name: 'stuck', code: Buffer.from('old code') });
    // $LATEST stays InProgress far longer than the deploy waits.
    fake.inProgressPolls = 10_000;
    const opts: DeployOptions = {
      functionName: 'stuck',
      region: 'us-east-1',
      endpointUrl: endpoint,
      publish: true,
      alias: 'pr-7',
      functionUrl: false,
      functionUrlAuth: 'AWS_IAM',
      skipUnchanged: true,
      dryRun: false,
      handler: 'bin/app',
    };
    const pacing: Partial<Pacing> = { firstDelayMs: 5, factor: 1, maxDelayMs: 5, timeoutMs: 150, conflictAttempts: 2, sdkMaxAttempts: 1, roleRetryDelayMs: 5 };
    const progress: { deploy?: DeployResult } = {};
    let failure: string | undefined;
    try {
      await deployFunction(opts, { zipPath, codeSha256: codeSha256Of(zip) }, new MemoryLogger(), pacing, progress);
    } catch (e) {
      failure = (e as Error).message;
    }
    assert.ok(failure, 'the deploy fails on the wait');
    assert.equal(fake.fn('stuck').latest.CodeSha256, codeSha256Of(zip), '$LATEST holds the new code');
    const report: PipelineReport = { deploy: progress.deploy };
    const rows = new Map(render(summaryMarkdown(report, failure)).rows);
    assert.match(rows.get('Code') ?? '', /^uploaded: \$LATEST holds the new code/);
    assert.equal(rows.get('Version'), 'not published');
    assert.equal(rows.has('Alias'), false, 'no alias row: it was never created');
    assert.equal(
      deployFacts(report).some(([k]) => k === 'Alias'),
      false,
    );
  });
});

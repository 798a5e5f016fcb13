/**
 * The runner's side of the Actions protocol: workflow commands on stdout and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The same wire format @actions/core
 * writes, without it: core 3 loads an HTTP client (for OIDC tokens) that costs
 * about 55 ms on every run, over half of the action's time budget, for nothing
 * this action uses.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name k=v,k=v::message`, the format the runner parses. */
export function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

export class Runner {
  private readonly env: NodeJS.ProcessEnv;
  private readonly write: (line: string) => void;

  constructor(env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = (l) => process.stdout.write(l + EOL)) {
    this.env = env;
    this.write = write;
  }

  /**
   * A log line. Text we pass on from elsewhere (a function's log and response,
   * an assembler's messages) may hold lines starting with `::`; the runner
   * would obey them as commands, so such text goes between stop-commands.
   */
  info(message: string): void {
    if (!/(^|\n)\s*::/.test(message)) {
      this.write(message);
      return;
    }
    const token = `nasm-lambda-${randomUUID()}`;
    this.write(`::stop-commands::${token}`);
    this.write(message);
    this.write(`::${token}::`);
  }

  debug(message: string): void {
    this.write(command('debug', {}, message));
  }

  annotate(level: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): void {
    this.write(command(level, { title: props.title, file: props.file, line: props.line, col: props.col }, message));
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`::group::${escapeData(name)}`);
    try {
      return await fn();
    } finally {
      this.write('::endgroup::');
    }
  }

  /** A `name<<delimiter` block in GITHUB_OUTPUT; the delimiter is random so no value can end it early. */
  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      // Outside a runner (or a very old one): the deprecated command still shows the value.
      this.write(command('set-output', { name }, value));
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  }

  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown, 'utf8');
  }

  input(name: string): string | undefined {
    return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }
}

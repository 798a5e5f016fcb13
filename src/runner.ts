/**
 * The action's side of the runner protocol, on top of @actions/core: a Logger
 * whose output the runner can never mistake for workflow commands it did not
 * mean to send.
 *
 * The runner obeys `::cmd` after leading whitespace and the v1 form `##[cmd]`
 * anywhere in a line, and it treats a bare CR as a line break. Only
 * `::stop-commands::TOKEN` … `::TOKEN::` turns both off. So:
 * - text passed on from elsewhere (a function's log or response, an event, a
 *   tool's output, a file name) always goes between stop-commands with a fresh
 *   random token that does not occur in the text;
 * - the action's own lines are fenced too whenever they hold `::`, `##[` or a CR
 *   (a file name or an AWS message may have slipped into them);
 * - annotation, debug and group texts are escaped as the runner unescapes them
 *   (`%`, CR, LF; properties also `:` and `,`), and `##[` in them is broken up,
 *   so no reader that tries the v1 form on them finds a command.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from './errors.ts';
import type { LogOptions, Logger } from './log.ts';

/** A token for stop-commands that does not occur in `text` (the runner compares it case-insensitively). */
export function stopToken(text: string): string {
  const lower = text.toLowerCase();
  for (;;) {
    const token = `nasm-lambda-${randomBytes(16).toString('hex')}`;
    if (!lower.includes(token)) return token;
  }
}

/** True when some reader of the runner's rules could find a command in `text`. */
export function mayHoldCommand(text: string): boolean {
  return text.includes('::') || text.includes('##[') || text.includes('\r');
}

/** `text` between stop-commands, as the lines to write. */
export function fenced(text: string, token = stopToken(text)): string[] {
  return [`::stop-commands::${token}`, text, `::${token}::`];
}

/**
 * `##[` inside an annotation message is not a command to today's runner, which
 * reads the line as `::error::` first; a zero-width space keeps it so for any
 * reader that tries the v1 form, and a reader sees the same text.
 */
export function defuse(text: string): string {
  return text.replace(/##\[/g, '##\u200b[');
}

function annotationProps(d: Diagnostic): core.AnnotationProperties | undefined {
  const p: core.AnnotationProperties = {};
  if (d.title) p.title = defuse(d.title);
  if (d.file) p.file = d.file;
  if (d.line) p.startLine = d.line;
  if (d.col) p.startColumn = d.col;
  return Object.keys(p).length > 0 ? p : undefined;
}

export class ActionLogger implements Logger {
  private readonly write: (line: string) => void;

  constructor(write: (line: string) => void = core.info) {
    this.write = write;
  }

  info(message: string, opts?: LogOptions): void {
    if (!opts?.foreign && !mayHoldCommand(message)) {
      this.write(message);
      return;
    }
    if (message === '') return;
    for (const line of fenced(message)) this.write(line);
  }

  debug(message: string): void {
    core.debug(defuse(message));
  }

  annotate(d: Diagnostic): void {
    const message = defuse(d.message);
    const props = annotationProps(d);
    if (d.severity === 'error') core.error(message, props);
    else if (d.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(defuse(name), fn);
  }

  secret(value: string): void {
    core.setSecret(value);
  }
}

import { inputError } from '../errors.ts';

/** Lambda's limit on alias names. */
export const ALIAS_MAX_LENGTH = 128;

/**
 * Turns a branch, tag or PR name into a Lambda alias name. Lambda allows
 * `[A-Za-z0-9_-]`, 1–128 characters and not all digits (an all-digit name would
 * be read as a version number). Other characters become `-`, so `v1.2.3` gives
 * `v1-2-3`; a name that is still invalid after that is an error, not a guess.
 */
export function sanitizeAlias(raw: string): { name: string; changed: boolean } {
  const trimmed = raw.trim();
  // $LATEST is the unpublished version itself, not an alias; turning it into -LATEST would make a stranger.
  if (/^\$latest$/i.test(trimmed)) {
    throw inputError(
      'alias',
      `"${trimmed}" is not an alias name: $LATEST is the function's unpublished version, which every deploy updates`,
      'leave alias empty to deploy to $LATEST only, or name an alias such as live or pr-${{ github.event.number }}',
    );
  }
  const name = trimmed.replace(/[^A-Za-z0-9_-]/g, '-');
  if (name.length === 0) {
    throw inputError('alias', 'the alias name is empty', 'give a name made of A-Z a-z 0-9 _ -, e.g. pr-${{ github.event.number }}');
  }
  if (name.length > ALIAS_MAX_LENGTH) {
    throw inputError(
      'alias',
      `"${name.slice(0, 40)}…" is ${name.length} characters; Lambda allows at most ${ALIAS_MAX_LENGTH}`,
      'use a shorter name, e.g. pr-<number> instead of the branch name',
    );
  }
  if (/^[0-9]+$/.test(name)) {
    throw inputError('alias', `"${name}" is all digits, which Lambda reads as a version number`, `add a letter, e.g. pr-${name}`);
  }
  return { name, changed: name !== raw };
}

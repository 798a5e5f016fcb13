import { NasmLambdaError } from '../errors.ts';

/**
 * Splits a string into words the way a POSIX shell would (quotes, backslashes),
 * without expansion of any kind. The words are passed to execFile as an array,
 * so no shell ever sees them.
 */
export function splitShellWords(text: string, input: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
        i++;
        if (text[i] !== '\n') word += text[i];
      } else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\') {
      i++;
      if (i < text.length && text[i] !== '\n') word += text[i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) {
    throw new NasmLambdaError(`unterminated ${quote} quote in ${JSON.stringify(text)}`, {
      input,
      fix: 'close the quote, or escape it with a backslash',
    });
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * Action-style lists: newline- or comma-separated, trimmed, empties dropped.
 * A comma inside braces belongs to a glob (`src/{a,b}/*.asm`), not the list.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    if (c === '\n' || (c === ',' && depth === 0)) {
      items.push(current);
      current = '';
      if (c === '\n') depth = 0;
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

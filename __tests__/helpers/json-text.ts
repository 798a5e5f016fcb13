/**
 * What both runtimes' JSON escaping makes of raw stderr bytes, as a JSON reader
 * sees it: valid UTF-8 sequences kept, every other byte >= 0x80 as U+FFFD (one
 * per byte), bytes below 0x80 as they are.
 */
export function jsonTextOf(b: Buffer): string {
  let out = '';
  for (let i = 0; i < b.length;) {
    const n = b[i];
    const need = n >= 0xc2 && n <= 0xdf ? 1 : n >= 0xe0 && n <= 0xef ? 2 : n >= 0xf0 && n <= 0xf4 ? 3 : 0;
    const lo = n === 0xe0 ? 0xa0 : n === 0xf0 ? 0x90 : 0x80;
    const hi = n === 0xed ? 0x9f : n === 0xf4 ? 0x8f : 0xbf;
    let valid = need > 0 && i + need <= b.length - 1;
    for (let k = 1; valid && k <= need; k++) valid = k === 1 ? b[i + k] >= lo && b[i + k] <= hi : b[i + k] >= 0x80 && b[i + k] <= 0xbf;
    if (valid) {
      out += b.subarray(i, i + need + 1).toString('utf8');
      i += need + 1;
    } else {
      out += n >= 0x80 ? '\ufffd' : String.fromCharCode(n);
      i += 1;
    }
  }
  return out;
}

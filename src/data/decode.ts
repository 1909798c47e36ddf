/**
 * The text of a data file, whatever Excel saved it as: UTF-8 (with or without BOM) as it is, a file
 * that is not valid UTF-8 as Windows-1252 (what older Excel versions write for "CSV"), with a notice
 * naming the file, or refused with the place of the first byte that is neither.
 */
import * as message from '../messages.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; line: number; column: number; message: string };

/** Bytes Windows-1252 leaves undefined: a file with one of them is not Windows-1252 either. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Line and column (1-based, in characters of the line as far as it decodes) of byte `offset`. */
function place(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, column: [...before].length + 1 };
}

/** The first byte where `bytes` stops being UTF-8, and how many multi-byte UTF-8 characters come before it. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; multiByte: number } {
  let multiByte = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n >= 0;
    for (let k = 1; ok && k <= n; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      continue;
    }
    if (n > 0) multiByte++;
    i += n + 1;
  }
  return { firstInvalid, multiByte };
}

export function decodeData(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: see whether it is Windows-1252
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, column: 1, message: message.file.utf16() };
  }
  const bad = bytes.findIndex((b) => UNDEFINED_1252.has(b) || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d));
  if (bad >= 0) {
    const at = place(bytes, bad);
    return {
      ...at,
      ok: false,
      message: message.file.unknownEncoding(bytes[bad]!),
    };
  }
  // UTF-8 characters beside bytes that are not: text pasted from two sources. Read either way, part
  // of it would be garbled, so the file is refused at the first byte that is not UTF-8.
  const { firstInvalid, multiByte } = scanUtf8(bytes);
  if (multiByte > 0) {
    return {
      ...place(bytes, firstInvalid),
      ok: false,
      message: message.file.mixedEncoding(),
    };
  }
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

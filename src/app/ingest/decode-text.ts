import { invalidInput } from '../../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes look like a binary file rather than text: a NUL byte or many control bytes early on. */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  // Indexed: a for-of over a typed array is several times slower, on every document read.
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
};

/**
 * Bytes as UTF-8 text, or a clear error: binary content, invalid UTF-8 (with the offset of the
 * first bad byte), or nothing but white space.
 */
export const decodeText = (bytes: Uint8Array): string => {
  if (looksBinary(bytes)) {
    throw invalidInput(
      'looks like a binary file, not text; Telltale reads .txt, .md, .html, .json and .jsonl files',
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw invalidInput(
      `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); re-save it as UTF-8`,
    );
  }
  if (text.trim() === '') throw invalidInput('is empty; there is nothing to ingest');
  return text;
};

/** The offset of the first byte that breaks UTF-8 (lead byte, continuation, overlong or surrogate). */
export const firstInvalidUtf8Offset = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const [length, min] =
      b < 0x80
        ? [1, 0]
        : b >= 0xc2 && b < 0xe0
          ? [2, 0x80]
          : b >= 0xe0 && b < 0xf0
            ? [3, 0x800]
            : b >= 0xf0 && b < 0xf5
              ? [4, 0x10000]
              : [0, 0];
    if (length === 0) return i;
    let cp = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
};

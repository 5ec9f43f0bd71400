import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset, looksBinary } from './decode-text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8, including characters outside the BMP', () => {
    expect(decodeText(bytes('Tehran “says” 🙂'))).toBe('Tehran “says” 🙂');
  });

  it('refuses binary content, empty text and invalid UTF-8 with a clear reason', () => {
    expect(() => decodeText(bytes([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(/binary file/);
    expect(() => decodeText(bytes(' \n\t '))).toThrow(/is empty/);
    expect(() => decodeText(bytes('abc', [0xff], 'def'))).toThrow(/first bad byte at offset 3/);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['valid text', bytes('héllo'), 6],
    ['a stray continuation byte', bytes('ab', [0x80]), 2],
    ['a truncated sequence at the end', bytes('ab', [0xe2, 0x80]), 2],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), 1],
    ['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80]), 1],
    ['Latin-1 é', bytes('caf', [0xe9], ' noir'), 3],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Offset(input)).toBe(expected);
  });
});

describe('looksBinary', () => {
  it('tells text from binary', () => {
    expect(looksBinary(bytes('plain\ttext\r\n'))).toBe(false);
    expect(looksBinary(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]))).toBe(true);
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cachedYamlData } from './yaml-cache.js';

describe('cachedYamlData', () => {
  let dir: string;
  const saved = process.env['TELLTALE_CACHE_DIR'];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'telltale-cache-'));
    process.env['TELLTALE_CACHE_DIR'] = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TELLTALE_CACHE_DIR'];
    else process.env['TELLTALE_CACHE_DIR'] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses a text once, then reads what it kept', () => {
    let parses = 0;
    const read = (text: string) => {
      parses++;
      return parse(text) as unknown;
    };
    const text = 'actors:\n  - { name: Ali Khamenei, from: 1989 }\n';
    expect(cachedYamlData(text, read)).toEqual({ actors: [{ name: 'Ali Khamenei', from: 1989 }] });
    expect(cachedYamlData(text, read)).toEqual({ actors: [{ name: 'Ali Khamenei', from: 1989 }] });
    expect(parses).toBe(1);
    expect(cachedYamlData(`${text}# changed\n`, read)).toEqual(parse(text));
    expect(parses).toBe(2);
  });

  it('keeps nothing that JSON would change, and nothing that fails to parse', () => {
    const date = new Date(Date.UTC(2020, 0, 1));
    expect(cachedYamlData('x', () => ({ date }))).toEqual({ date });
    expect(() => cachedYamlData('a: [', (t) => parse(t) as unknown)).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('parses again when what it kept is unreadable', () => {
    cachedYamlData('a: 1', (t) => parse(t) as unknown);
    const [kept] = readdirSync(dir);
    writeFileSync(join(dir, kept ?? ''), '{ not json');
    expect(cachedYamlData('a: 1', (t) => parse(t) as unknown)).toEqual({ a: 1 });
  });

  it('keeps nothing when TELLTALE_CACHE_DIR is empty', () => {
    process.env['TELLTALE_CACHE_DIR'] = '';
    expect(cachedYamlData('a: 1', (t) => parse(t) as unknown)).toEqual({ a: 1 });
    expect(readdirSync(dir)).toEqual([]);
  });
});

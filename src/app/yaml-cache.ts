import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

// Part of every key: another version of the parser may read the same text differently.
const { version: yamlVersion } = createRequire(import.meta.url)('yaml/package.json') as {
  version: string;
};
const FORMAT = `yaml-data@1 yaml@${yamlVersion}`;

/**
 * Where parsed data files are kept: `TELLTALE_CACHE_DIR` (empty: nowhere), else `telltale` in
 * `XDG_CACHE_HOME` or `~/.cache`.
 */
const cacheDir = (): string | null => {
  const dir = process.env['TELLTALE_CACHE_DIR'];
  if (dir !== undefined) return dir.trim() || null;
  return join(process.env['XDG_CACHE_HOME']?.trim() || join(homedir(), '.cache'), 'telltale');
};

/**
 * The data a YAML text holds, as `parse` reads it, kept on disk by a hash of the text. The data
 * files read on every ingest (gazetteer, event and stance lexicons, some 200 kB) take the YAML
 * parser 0.3–0.7 s before its code is warm; their JSON reads in a few milliseconds. Only data
 * that JSON gives back unchanged is kept, and nothing that fails to parse. A cache that cannot
 * be read or written is no cache: the text is parsed.
 * @example cachedYamlData(text, (t) => parse(t)) // parses once; later runs read the kept JSON
 */
export const cachedYamlData = (text: string, parse: (text: string) => unknown): unknown => {
  const dir = cacheDir();
  if (dir === null) return parse(text);
  const key = createHash('sha256').update(`${FORMAT}\0${text}`, 'utf8').digest('hex');
  const path = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    // Not kept yet (or unreadable): parsed below.
  }
  const data = parse(text);
  const json = JSON.stringify(data) as string | undefined;
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), data)) {
    try {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so that a reader never sees half a file.
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, json);
      renameSync(partial, path);
    } catch {
      // A read-only or missing home: the next run parses again.
    }
  }
  return data;
};

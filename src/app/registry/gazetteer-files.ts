import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notFound, unavailable } from '../../core/errors.js';
import { parseGazetteer, type Gazetteer } from './gazetteer-format.js';

/**
 * The gazetteer shipped with Telltale: `data/gazetteer/` at the package root. This file is
 * `src/app/registry/` under tsx and `dist/app/registry/` once built; both are three levels down.
 */
export const defaultGazetteerDir = fileURLToPath(
  new URL('../../../data/gazetteer/', import.meta.url),
);

export const ACTORS_FILE = 'actors.yaml';
export const COUNTRIES_FILE = 'countries.yaml';

// Part of the hash, so that a change in how the files are read makes the next open re-sync.
const FORMAT_VERSION = 'gazetteer@1';

/** The gazetteer's files as text, with a hash of their content. */
export interface GazetteerFiles {
  readonly actors: { readonly path: string; readonly text: string };
  readonly countries: { readonly path: string; readonly text: string };
  readonly hash: string;
}

const readText = async (dir: string, name: string): Promise<{ path: string; text: string }> => {
  const path = join(dir, name);
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw notFound(
        `the gazetteer file ${path} does not exist; TELLTALE_GAZETTEER must name a directory holding ${ACTORS_FILE} and ${COUNTRIES_FILE}`,
      );
    throw unavailable(`cannot read the gazetteer file ${path}: ${(e as Error).message}`, e);
  }
};

/** Reads the gazetteer's two files from a directory, without parsing them. */
export const readGazetteerFiles = async (dir: string): Promise<GazetteerFiles> => {
  // One after the other, so that a missing directory is always reported by the same file.
  const actors = await readText(dir, ACTORS_FILE);
  const countries = await readText(dir, COUNTRIES_FILE);
  const hash = createHash('sha256')
    .update(`${FORMAT_VERSION}\0${actors.text}\0${countries.text}`, 'utf8')
    .digest('hex');
  return { actors, countries, hash };
};

/** Reads and checks the gazetteer in a directory (by default, the one shipped with Telltale). */
export const loadGazetteer = async (dir: string = defaultGazetteerDir): Promise<Gazetteer> =>
  parseGazetteer(await readGazetteerFiles(dir));

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACTORS_FILE,
  COUNTRIES_FILE,
  defaultGazetteerDir,
} from '../../src/app/registry/gazetteer-files.js';

const shipped = (name: string): string => readFileSync(join(defaultGazetteerDir, name), 'utf8');

/** A fresh gazetteer directory holding these files (the shipped ones where not given). */
export const gazetteerDir = (files: { actors?: string; countries?: string } = {}): string => {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-gazetteer-'));
  writeGazetteer(dir, files);
  return dir;
};

/** Rewrites the files of a gazetteer directory. */
export const writeGazetteer = (
  dir: string,
  files: { actors?: string; countries?: string },
): void => {
  writeFileSync(join(dir, ACTORS_FILE), files.actors ?? shipped(ACTORS_FILE));
  writeFileSync(join(dir, COUNTRIES_FILE), files.countries ?? shipped(COUNTRIES_FILE));
};

/** A small countries file. */
export const smallCountries = `countries:
  - { code: IRN, names: [Iran], adjectives: [Iranian], capitals: [Tehran] }
  - { code: USA, names: [United States, US, U.S.], adjectives: [American], capitals: [Washington], seats: [the White House] }
`;

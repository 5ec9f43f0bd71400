import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultLexiconDir,
  loadEventLexicon,
  PREDICATES_FILE,
  TOPICS_FILE,
} from './event-lexicon-files.js';

/** A copy of the shipped lexicon in a temporary directory, with one file's text changed. */
const copyWith = (file: string, change: (text: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-lexicon-'));
  cpSync(defaultLexiconDir, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
};

describe('loadEventLexicon', () => {
  it('loads the lexicon Telltale ships', async () => {
    const lexicon = await loadEventLexicon();
    expect(lexicon.topics.get('military-force')).toMatchObject({ act: '190', intent: '138' });
    expect(lexicon.predicates.size).toBeGreaterThan(300);
    expect(lexicon.sectors.size).toBeGreaterThan(100);
  });

  it('names the file and field of an unknown CAMEO code', async () => {
    const dir = copyWith(TOPICS_FILE, (t) => t.replace("act: '190'", "act: '199'"));
    await expect(loadEventLexicon(dir)).rejects.toThrow(
      /event-topics\.yaml: topics\[\d+\]\.act: unknown CAMEO code "199"/,
    );
  });

  it('names the file and field of a topic that is not defined', async () => {
    const dir = copyWith(PREDICATES_FILE, (t) =>
      t.replace('topic: military-force }', 'topic: war-fighting }'),
    );
    await expect(loadEventLexicon(dir)).rejects.toThrow(
      /event-predicates\.yaml: predicates\[\d+\][\w.[\]]*\.topic: unknown topic "war-fighting"/,
    );
  });

  it('refuses a misspelt field and an unknown role', async () => {
    const misspelt = copyWith(PREDICATES_FILE, (t) =>
      t.replace('{ words: say, role: report }', '{ words: say, rol: report }'),
    );
    await expect(loadEventLexicon(misspelt)).rejects.toThrow(/event-predicates\.yaml/);
    const role = copyWith(PREDICATES_FILE, (t) =>
      t.replace('{ words: say, role: report }', '{ words: say, role: speak }'),
    );
    await expect(loadEventLexicon(role)).rejects.toThrow(/role/);
  });

  it('says which file is missing', async () => {
    await expect(loadEventLexicon(mkdtempSync(join(tmpdir(), 'telltale-empty-')))).rejects.toThrow(
      /event-topics\.yaml does not exist/,
    );
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { invalidInput, notFound, unavailable } from '../../core/errors.js';
import {
  checkEventLexicon,
  createEventLexicon,
  ObjectScope,
  PREDICATE_ROLES,
  type EventLexicon,
  type EventLexiconSpec,
} from '../../extract/events/event-lexicon.js';
import { cachedYamlData } from '../yaml-cache.js';

/**
 * The event lexicon shipped with Telltale: `data/lexicon/` at the package root. This file is
 * `src/app/extraction/` under tsx and `dist/app/extraction/` once built; both are three levels down.
 */
export const defaultLexiconDir = fileURLToPath(new URL('../../../data/lexicon/', import.meta.url));

export const TOPICS_FILE = 'event-topics.yaml';
export const PREDICATES_FILE = 'event-predicates.yaml';
export const SECTORS_FILE = 'actor-sectors.yaml';

const text = z.string().trim().min(1);
// YAML reads an unquoted code such as 190 as a number; CAMEO codes are strings ("0874").
const code = z
  .union([
    z
      .string()
      .trim()
      .regex(/^\d{2,4}$/),
    z
      .number()
      .int()
      .transform((n) => String(n)),
  ])
  .nullable()
  .optional();
const words = z.array(z.union([text, z.number().transform(String)]));

const topicSchema = z.strictObject({
  id: text,
  words: words.optional(),
  act: code,
  intent: code,
  demand: code,
  reject: code,
  attempt: code,
  halt: text.nullable().optional(),
  type: text.nullable().optional(),
  mutual: z.boolean().optional(),
  purpose: z.boolean().optional(),
});

const objectRuleSchema = z.strictObject({
  words,
  topic: text,
  scope: z.enum([ObjectScope.Object, ObjectScope.Head, ObjectScope.Clause]).optional(),
  reverse: z.boolean().optional(),
});

const predicateSchema = z.strictObject({
  words: text,
  role: z.enum(PREDICATE_ROLES as [string, ...string[]]),
  topic: text.nullable().optional(),
  among: z.array(text).optional(),
  objects: z.array(objectRuleSchema).optional(),
  requires: words.optional(),
  noun: z.boolean().optional(),
  active: z.boolean().optional(),
  negates: z.boolean().optional(),
  complement: z.boolean().optional(),
  asReport: text.nullable().optional(),
});

const topicsFileSchema = z.strictObject({
  topics: z.array(topicSchema),
  purposes: z.array(z.strictObject({ digit: z.string().trim(), words })),
});
const predicatesFileSchema = z.strictObject({ predicates: z.array(predicateSchema) });
const sectorsFileSchema = z.strictObject({
  sectors: z.array(z.strictObject({ code: z.string().regex(/^[A-Z]{3}$/), words })),
});

const readYaml = async <T>(dir: string, name: string, schema: z.ZodType<T>): Promise<T> => {
  const path = join(dir, name);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw notFound(`the event lexicon file ${path} does not exist`);
    throw unavailable(`cannot read the event lexicon file ${path}: ${(e as Error).message}`, e);
  }
  let data: unknown;
  try {
    data = cachedYamlData(source, parse);
  } catch (e) {
    throw invalidInput(`${path}: not valid YAML: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const shown = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${path}: ${i.path.join('.') || 'file'}: ${i.message}`);
    throw invalidInput(`the event lexicon has mistakes:\n  ${shown.join('\n  ')}`);
  }
  return parsed.data;
};

/**
 * Reads the event lexicon's three files from a directory (by default the one shipped with
 * Telltale), checks their shape and their references (topics, CAMEO codes, PLOVER types), and
 * compiles them for the coder. Throws InvalidInput naming the file and field of each mistake.
 */
export const loadEventLexicon = async (dir: string = defaultLexiconDir): Promise<EventLexicon> => {
  const topics = await readYaml(dir, TOPICS_FILE, topicsFileSchema);
  const predicates = await readYaml(dir, PREDICATES_FILE, predicatesFileSchema);
  const sectors = await readYaml(dir, SECTORS_FILE, sectorsFileSchema);
  const spec = {
    topics: topics.topics,
    purposes: topics.purposes,
    predicates: predicates.predicates,
    sectors: sectors.sectors,
  } as EventLexiconSpec;
  const issues = checkEventLexicon(spec);
  if (issues.length > 0) {
    const fileOf = (at: string) =>
      join(
        dir,
        at.startsWith('predicates')
          ? PREDICATES_FILE
          : at.startsWith('sectors')
            ? SECTORS_FILE
            : TOPICS_FILE,
      );
    const shown = issues.slice(0, 10).map((i) => `${fileOf(i.at)}: ${i.at}: ${i.message}`);
    const more = issues.length > 10 ? `\n  …and ${issues.length - 10} more` : '';
    throw invalidInput(`the event lexicon has mistakes:\n  ${shown.join('\n  ')}${more}`);
  }
  return createEventLexicon(spec);
};

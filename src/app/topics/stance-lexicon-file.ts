import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../../core/cameo/plover-type.js';
import { invalidInput, notFound, unavailable } from '../../core/errors.js';
import type { StanceLexicon } from '../../extract/stance/stance-lexicon.js';
import { cachedYamlData } from '../yaml-cache.js';

/**
 * The stance lexicon shipped with Telltale: `data/lexicon/stance.yaml` at the package root. This
 * file is `src/app/topics/` under tsx and `dist/app/topics/` once built; both are three levels down.
 */
export const defaultStanceLexiconPath = fileURLToPath(
  new URL('../../../data/lexicon/stance.yaml', import.meta.url),
);

const phrase = z.string().trim().min(1);
const cue = (sign: 1 | -1) =>
  z.object({
    cue: phrase,
    weight: z
      .number()
      .min(-2)
      .max(2)
      .refine((w) => w === 0 || Math.sign(w) === sign, {
        message: sign > 0 ? 'an openness cue weighs 0 or more' : 'a refusal cue weighs 0 or less',
      }),
    negated: z.number().min(-2).max(2).optional(),
  });

const lexiconFile = z.object({
  version: z.number().int().positive(),
  factors: z.object({
    negation: z.number().min(-2).max(2),
    hedge: z.number().min(0).max(1),
    conditional: z.number().min(0).max(1),
  }),
  refusal: z.array(cue(-1)),
  openness: z.array(cue(1)),
  negators: z.array(phrase),
  hedges: z.array(phrase),
  conditionals: z.object({
    restrictive: z.array(phrase),
    open: z.array(phrase),
    concessive: z.array(phrase).default([]),
  }),
  intensifiers: z.array(z.object({ cue: phrase, factor: z.number().min(1).max(3) })),
  event_types: z
    .record(z.string(), z.number().min(-2).max(2))
    .default({})
    .refine((types) => Object.keys(types).every((t) => PLOVER_TYPES.includes(t as PloverType)), {
      message: `event types must be PLOVER types: ${PLOVER_TYPES.join(', ')}`,
    }),
});

/**
 * Reads a stance lexicon from YAML text; InvalidInput says what is wrong and where.
 * @example parseStanceLexicon(text, 'stance.yaml').refusal[0]?.cue // 'rule out'
 */
export const parseStanceLexicon = (text: string, path: string): StanceLexicon => {
  let data: unknown;
  try {
    data = cachedYamlData(text, parse);
  } catch (e) {
    throw invalidInput(`the stance lexicon ${path} is not valid YAML: ${(e as Error).message}`, e);
  }
  const parsed = lexiconFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('; ');
    throw invalidInput(`the stance lexicon ${path} is not as expected: ${problems}`);
  }
  const { event_types: eventTypes, ...rest } = parsed.data;
  return { ...rest, eventTypes };
};

// The file is small and read by every linking run; keep what was read, by path.
const cache = new Map<string, Promise<StanceLexicon>>();

/** Reads and checks the stance lexicon (by default, the one shipped with Telltale), once per path. */
export const loadStanceLexicon = (
  path: string = defaultStanceLexiconPath,
): Promise<StanceLexicon> => {
  const cached = cache.get(path);
  if (cached) return cached;
  const loading = readFile(path, 'utf8').then(
    (text) => parseStanceLexicon(text, path),
    (e: NodeJS.ErrnoException) => {
      throw e.code === 'ENOENT'
        ? notFound(`the stance lexicon ${path} does not exist`)
        : unavailable(`cannot read the stance lexicon ${path}: ${e.message}`, e);
    },
  );
  // A failed read is not kept: the next run tries again.
  loading.catch(() => cache.delete(path));
  cache.set(path, loading);
  return loading;
};

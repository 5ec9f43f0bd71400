import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { invalidInput } from '../../core/errors.js';
import type { CountryNames, RegistryActor } from '../../core/actor-registry/registry-actor.js';
import {
  validateCountries,
  validateRegistry,
  type RegistryActorDraft,
  type RegistryIssue,
} from '../../core/actor-registry/registry-validation.js';
import { cachedYamlData } from '../yaml-cache.js';

const text = z.string().trim().min(1);
// YAML reads a bare year (`from: 2006`) as a number.
const date = z.union([z.string().trim(), z.number().int().transform(String)]);

const roleSchema = z.strictObject({
  title: text,
  /** Omitted: the actor's country. Null: an office of an international body. */
  country: z.string().trim().nullable().optional(),
  from: date,
  to: date.nullable().default(null),
});

const actorSchema = z.strictObject({
  name: text,
  kind: z.enum(['person', 'organisation', 'state']).default('person'),
  country: z.string().trim().nullable().default(null),
  aliases: z.array(text).nullable().default([]),
  roles: z.array(roleSchema).nullable().default([]),
});

/** The format of `actors.yaml`. Unknown fields are refused, so that a misspelt one is noticed. */
export const actorsFileSchema = z.strictObject({ actors: z.array(actorSchema) });

const countrySchema = z.strictObject({
  code: z.string().trim(),
  names: z.array(text),
  adjectives: z.array(text).nullable().default([]),
  capitals: z.array(text).nullable().default([]),
  seats: z.array(text).nullable().default([]),
});

/** The format of `countries.yaml`. */
export const countriesFileSchema = z.strictObject({ countries: z.array(countrySchema) });

/** One gazetteer file's text and where it came from (for messages). */
export interface GazetteerText {
  readonly path: string;
  readonly text: string;
}

/** The gazetteer, read and checked. */
export interface Gazetteer {
  readonly actors: readonly RegistryActor[];
  readonly countries: readonly CountryNames[];
}

/** A file's YAML document and its lines, for pointing at a mistake. */
interface LocatedFile {
  readonly doc: Document;
  readonly lines: LineCounter;
}

interface ParsedFile {
  readonly file: GazetteerText;
  readonly data: unknown;
  readonly located: () => LocatedFile;
}

const MAX_ISSUES = 10;

/** The line of the deepest node of a path that the file has, for pointing at a mistake. */
const lineOf = (parsed: ParsedFile, path: readonly PropertyKey[]): number | null => {
  const { doc, lines } = parsed.located();
  for (let n = path.length; n > 0; n--) {
    const node: unknown = doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return null;
};

const fieldOf = (path: readonly PropertyKey[]): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

/** `roles[1].from` → ['roles', 1, 'from'] */
const pathOfField = (field: string): Array<string | number> =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );

/**
 * A message naming the file, line, entry and field of a mistake:
 * `data/gazetteer/actors.yaml:120: entry 31 (Ali Khamenei): roles[0].from: expected an ISO date…`.
 */
const describe = (
  parsed: ParsedFile,
  list: string,
  path: readonly PropertyKey[],
  message: string,
): string => {
  const line = lineOf(parsed, [list, ...path]);
  const where = `${parsed.file.path}${line === null ? '' : `:${line}`}`;
  const [entry, ...field] = path;
  if (typeof entry !== 'number') return `${where}: ${fieldOf(path) || list}: ${message}`;
  const { doc } = parsed.located();
  const raw: unknown = doc.getIn([list, entry, list === 'actors' ? 'name' : 'code']);
  const label = typeof raw === 'string' ? ` (${raw})` : '';
  return `${where}: entry ${entry + 1}${label}: ${field.length > 0 ? `${fieldOf(field)}: ` : ''}${message}`;
};

const fail = (messages: readonly string[]): never => {
  const shown = messages.slice(0, MAX_ISSUES);
  const more = messages.length > MAX_ISSUES ? `\n  …and ${messages.length - MAX_ISSUES} more` : '';
  throw invalidInput(`the gazetteer has mistakes:\n  ${shown.join('\n  ')}${more}`);
};

const locate = (file: GazetteerText): LocatedFile => {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: true });
  const error = doc.errors[0];
  if (error) fail([`${file.path}: not valid YAML: ${error.message.split('\n')[0] ?? ''}`]);
  return { doc, lines };
};

/** A file's data, from the cache when its text was read before; its document only for a mistake. */
const parseYaml = (file: GazetteerText): ParsedFile => {
  let located: LocatedFile | undefined;
  const data = cachedYamlData(file.text, () => {
    located = locate(file);
    return located.doc.toJS() as unknown;
  });
  return { file, data, located: () => (located ??= locate(file)) };
};

/**
 * Reads the gazetteer's two files: checks their shape (zod) and their content (the registry's
 * validator), and throws InvalidInput naming the file, line, entry and field of each mistake.
 */
export const parseGazetteer = (files: {
  readonly actors: GazetteerText;
  readonly countries: GazetteerText;
}): Gazetteer => {
  const actorsFile = parseYaml(files.actors);
  const countriesFile = parseYaml(files.countries);
  const actors = actorsFileSchema.safeParse(actorsFile.data);
  const countries = countriesFileSchema.safeParse(countriesFile.data);
  const shapeIssues = [
    ...(actors.success
      ? []
      : actors.error.issues.map((i) => ({ parsed: actorsFile, list: 'actors', i }))),
    ...(countries.success
      ? []
      : countries.error.issues.map((i) => ({ parsed: countriesFile, list: 'countries', i }))),
  ].map(({ parsed, list, i }) =>
    describe(parsed, list, i.path[0] === list ? i.path.slice(1) : i.path, i.message),
  );
  if (!actors.success || !countries.success) return fail(shapeIssues);

  const countryNames: CountryNames[] = countries.data.countries.map((c) => ({
    code: c.code,
    names: c.names,
    adjectives: c.adjectives ?? [],
    capitals: c.capitals ?? [],
    seats: c.seats ?? [],
  }));
  const drafts: RegistryActorDraft[] = actors.data.actors.map((a) => ({
    canonicalName: a.name,
    kind: a.kind,
    country: a.country,
    aliases: a.aliases ?? [],
    roles: (a.roles ?? []).map((r) => ({
      title: r.title,
      country: r.country === undefined ? a.country : r.country,
      from: r.from,
      to: r.to,
    })),
  }));
  const countryIssues = validateCountries(countryNames);
  const registry = validateRegistry(drafts, countryNames);
  const issues: RegistryIssue[] = [...countryIssues, ...(registry.valid ? [] : registry.issues)];
  if (issues.length > 0 || !registry.valid)
    return fail(
      issues.map((issue) =>
        describe(
          issue.list === 'actors' ? actorsFile : countriesFile,
          issue.list,
          [issue.entry, ...(issue.field === null ? [] : pathOfField(issue.field))],
          issue.message,
        ),
      ),
    );
  return { actors: registry.actors, countries: countryNames };
};

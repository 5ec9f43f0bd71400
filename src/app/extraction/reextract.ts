import type { ActorId, SourceId } from '../../core/ids.js';
import { notFound } from '../../core/errors.js';
import { extract } from '../../extract/pipeline.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor } from '../../store/repositories.js';
import { extractionSetup } from './extraction-setup.js';
import { linkTopics } from '../topics/link-topics.js';
import { storeExtraction, type ExtractionStoreDeps } from './store-extraction.js';

export type ReextractEvent =
  | { readonly kind: 'planned'; readonly sources: number }
  | {
      readonly kind: 'done';
      readonly sourceId: SourceId;
      readonly statements: number;
      readonly index: number;
    };

export interface ReextractSummary {
  readonly sources: number;
  readonly statements: number;
  readonly extractor: string;
}

/**
 * Runs the current extractor again over stored sources, one transaction per source: the old
 * statements and runs are replaced. Analysts' reviews are stored apart and anchored to the text,
 * so they apply to the new statements as they did to the old.
 */
export const reextract = async (
  deps: ExtractionStoreDeps & { readonly database: Database; readonly gazetteerDir?: string },
  options: { readonly sourceId?: SourceId } = {},
  onEvent: (e: ReextractEvent) => void = () => undefined,
): Promise<ReextractSummary> => {
  const repos = repositoriesFor(deps.database.db);
  const ids = options.sourceId ? [options.sourceId] : await repos.sources.listIds();
  const setup = await extractionSetup(deps.database, deps.gazetteerDir);
  const knownActors = new Map<string, ActorId>();
  onEvent({ kind: 'planned', sources: ids.length });
  let statements = 0;
  let extractor = '';
  for (const [index, id] of ids.entries()) {
    const source = await repos.sources.get(id);
    if (!source) throw notFound(`no source with id ${id}`);
    const extraction = extract({ text: source.text, publishedOn: source.publishedOn }, setup);
    extractor = extraction.extractor;
    const { createdActors } = await inTransaction(deps.database, async (tx) => {
      await tx.statements.deleteForSource(source.id);
      return storeExtraction(tx, { ...deps, knownActors }, source, extraction);
    });
    for (const [name, id] of createdActors) knownActors.set(name, id);
    await linkTopics(deps, {
      sourceId: source.id,
      ...(setup.directory ? { directory: setup.directory } : {}),
    });
    statements += extraction.statements.length;
    onEvent({
      kind: 'done',
      sourceId: source.id,
      statements: extraction.statements.length,
      index: index + 1,
    });
  }
  return { sources: ids.length, statements, extractor };
};

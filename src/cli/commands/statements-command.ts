import type { Command } from 'commander';
import type { SourceId } from '../../core/ids.js';
import { statementView } from '../../app/views/statement-view.js';
import { out, printJson, withTelltale } from '../context.js';

interface StatementsOptions {
  db?: string;
  speaker?: string;
  source?: string;
  json?: boolean;
}

export const registerStatements = (program: Command): void => {
  program
    .command('statements')
    .description('list extracted statements')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--speaker <name>', 'only this speaker (canonical name, alias or surname)')
    .option('--source <id>', 'only statements from this source')
    .option('--json', 'print a JSON array')
    .action(async (opts: StatementsOptions) => {
      const statements = await withTelltale(opts.db, (t) =>
        t.listStatements({ speaker: opts.speaker, sourceId: opts.source as SourceId | undefined }),
      );
      if (opts.json) {
        printJson(statements.map(statementView));
        return;
      }
      for (const s of statements) {
        const who = s.speaker?.name ?? (s.speakerMention ? `(${s.speakerMention})` : '(unknown)');
        const content = s.content.length > 110 ? `${s.content.slice(0, 107)}…` : s.content;
        out(
          `${s.saidOn?.date ?? '----------'}  ${who.padEnd(24)} ${s.direct ? '“' : '~'} ${content.replace(/\s+/g, ' ')}`,
        );
      }
      out(`${statements.length} statement${statements.length === 1 ? '' : 's'}`);
    });
};

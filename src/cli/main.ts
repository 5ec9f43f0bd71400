import { Command, CommanderError } from 'commander';
import { isTelltaleError } from '../core/errors.js';
import { registerAch } from './commands/ach-command.js';
import { registerActors } from './commands/actors-command.js';
import { registerEval } from './commands/eval-command.js';
import { registerForecast } from './commands/forecast-command.js';
import { registerExport } from './commands/export-command.js';
import { registerImport } from './commands/import-command.js';
import { registerReextract } from './commands/reextract-command.js';
import { registerReview } from './commands/review-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerSources } from './commands/sources-command.js';
import { registerStatements } from './commands/statements-command.js';
import { registerTopics } from './commands/topics-command.js';
import { registerCommitments } from './commands/commitments-command.js';
import { registerRelations } from './commands/relations-command.js';
import { registerGroups } from './commands/groups-command.js';
import { registerTimeline } from './commands/timeline-command.js';
import { err } from './context.js';
import { ExitCode, exitCodeFor } from './exit-codes.js';

const program = new Command()
  .name('telltale')
  .description('Read what leaders say: who said what, and when.')
  .showHelpAfterError()
  .exitOverride();

registerIngest(program);
registerStatements(program);
registerSources(program);
registerActors(program);
registerServe(program);
registerEval(program);
registerReextract(program);
registerReview(program);
registerAch(program);
registerForecast(program);
registerTopics(program);
registerImport(program);
registerExport(program);
registerCommitments(program);
registerRelations(program);
registerGroups(program);
registerTimeline(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? ExitCode.Ok : ExitCode.InvalidInput;
  } else if (isTelltaleError(e)) {
    err(`telltale: ${e.message}`);
    process.exitCode = exitCodeFor(e.code);
  } else {
    err(`telltale: unexpected error: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = ExitCode.Internal;
  }
}

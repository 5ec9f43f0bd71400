import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { resolveDbLocation } from '../../app/config.js';
import { openTelltale } from '../../app/telltale.js';
import { buildServer } from '../../server/server.js';
import { err, out, telltaleDepsFromEnv } from '../context.js';

/** The built web UI: next to the compiled CLI (dist/web), or in dist/web when run from source. */
const webRoot = (): string | null =>
  [
    fileURLToPath(new URL('../../web/', import.meta.url)),
    fileURLToPath(new URL('../../../dist/web/', import.meta.url)),
  ].find((p) => existsSync(`${p}index.html`)) ?? null;

export const registerServe = (program: Command): void => {
  program
    .command('serve')
    .description('serve the web UI and the JSON API')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--port <n>', 'port to listen on', '4170')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { db?: string; port: string; host: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw invalidInput(`--port must be a number from 0 to 65535 (got "${opts.port}")`);
      const telltale = await openTelltale(
        resolveDbLocation({ flag: opts.db, env: process.env }),
        telltaleDepsFromEnv(),
      );
      const root = webRoot();
      const server = await buildServer(telltale, { webRoot: root });
      const address = await server.listen({ port, host: opts.host });
      if (!root) err('The web UI is not built (run `npm run build`); serving the API only.');
      out(
        `Telltale is serving ${telltale.location} at ${address.replace('127.0.0.1', 'localhost')}/  (API: ${address}/api, Ctrl-C to stop)`,
      );
      const stop = (): void => {
        void server
          .close()
          .then(() => telltale.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
};

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { ErrorCode } from '../core/errors.js';
import type { Telltale } from '../app/telltale.js';
import { handleError } from './error-handler.js';
import { achRoutes } from './routes/ach-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { apiRoutes } from './routes/api-routes.js';
import { forecastRoutes } from './routes/forecast-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { topicRoutes } from './routes/topic-routes.js';
import { commitmentRoutes } from './routes/commitment-routes.js';
import { signalRoutes } from './routes/signal-routes.js';

export interface ServerOptions {
  /** The built web UI (index.html and assets), or null to serve the API alone. */
  readonly webRoot: string | null;
  readonly logger?: boolean;
}

export const API_VERSION = '0.1.0';

/** The HTTP server: the JSON API under /api, its OpenAPI document, and the web UI at /. */
export const buildServer = async (
  telltale: Telltale,
  options: ServerOptions,
): Promise<FastifyInstance> => {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 25 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Telltale API',
        description: 'Statements, speakers and dates extracted from what leaders say.',
        version: API_VERSION,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(apiRoutes(telltale), { prefix: '/api' });
  await app.register(achRoutes(telltale), { prefix: '/api/ach' });
  await app.register(exportRoutes(telltale), { prefix: '/api/export' });
  await app.register(forecastRoutes(telltale), { prefix: '/api/forecasts' });
  await app.register(topicRoutes(telltale), { prefix: '/api' });
  await app.register(eventRoutes(telltale), { prefix: '/api' });
  await app.register(commitmentRoutes(telltale), { prefix: '/api' });
  await app.register(signalRoutes(telltale), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // The UI routes on the client: any non-API page gets index.html.
    if (
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      webRoot &&
      existsSync(join(webRoot, 'index.html'))
    ) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: ErrorCode.NotFound,
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
      },
    });
  });
  return app;
};

import { openTelltale } from '../src/app/telltale.js';
import { buildServer } from '../src/server/server.js';

/** The OpenAPI document the server publishes at /api/openapi.json, as committed text. */
export const renderOpenApiDocument = async (): Promise<string> => {
  const telltale = await openTelltale({ engine: 'sqlite', path: ':memory:' });
  try {
    const server = await buildServer(telltale, { webRoot: null });
    await server.ready();
    const text = `${JSON.stringify(server.swagger(), null, 2)}\n`;
    await server.close();
    return text;
  } finally {
    await telltale.close();
  }
};

export const OPENAPI_PATH = 'docs/openapi.json';

import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Telltale } from '../../app/telltale.js';

const stixBundle = z
  .object({
    type: z.literal('bundle'),
    id: z.string(),
    objects: z.array(z.looseObject({ type: z.string(), id: z.string() })),
  })
  .meta({ id: 'StixBundle' });

/** Exports for other tools. */
export const exportRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/stix',
      {
        schema: {
          summary: 'Everything held as a STIX 2.1 bundle (docs/stix-mapping.md)',
          tags: ['exports'],
          response: { 200: stixBundle },
        },
      },
      async () => {
        const bundle = await telltale.exportStix();
        return { ...bundle, objects: [...bundle.objects] };
      },
    );
  };

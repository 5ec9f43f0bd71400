/** Writes docs/openapi.json from the server's routes: `npm run openapi`. CI checks it is current. */
import { writeFileSync } from 'node:fs';
import { OPENAPI_PATH, renderOpenApiDocument } from './openapi-document.js';

writeFileSync(OPENAPI_PATH, await renderOpenApiDocument());
console.log(`wrote ${OPENAPI_PATH}`);

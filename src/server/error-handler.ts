import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ErrorCode, isTelltaleError } from '../core/errors.js';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.NotFound]: 404,
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.ExtractionFailed]: 422,
  [ErrorCode.Unavailable]: 503,
};

/**
 * The one place errors become HTTP responses: `{"error":{"code","message"}}` with the right
 * status; unexpected errors are logged and reported without their stack.
 */
export const handleError = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void => {
  if (isTelltaleError(error)) {
    void reply
      .status(STATUS[error.code])
      .send({ error: { code: error.code, message: error.message } });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const message = error.validation
      .map(
        (v) =>
          `${error.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}: ${v.message}`,
      )
      .join('; ');
    void reply.status(400).send({ error: { code: ErrorCode.InvalidInput, message } });
    return;
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    void reply
      .status(error.statusCode)
      .send({ error: { code: ErrorCode.InvalidInput, message: error.message } });
    return;
  }
  request.log.error({ err: error }, 'unexpected error');
  void reply.status(500).send({
    error: {
      code: 'INTERNAL',
      message: 'Something went wrong on the server; the log has the details.',
    },
  });
};

/** The error body of every refusal (shared/errors.ts), as a schema: the API description and its test use it. */
import { z } from 'zod';
import { ErrorCode } from '../errors.js';

export const ErrorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: ErrorCodeSchema,
      message: z.string().describe("the server's English, for developers and logs; screens word the error from `code` and `values`"),
      values: z
        .record(z.string(), z.union([z.string(), z.number()]))
        .optional()
        .describe('what a message needs besides its code: `holder` of `counter_taken`, `fields` of `validation_failed`'),
    }),
  })
  .meta({ id: 'ErrorBody', description: 'Every refusal: `{ error: { code, message, values? } }`' });

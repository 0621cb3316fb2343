import pino, { stdSerializers, type DestinationStream, type Logger } from 'pino';

/**
 * Fields of an error that never reach the log: ioredis hangs the failed command on its errors, with
 * every argument (a script's ticket token, a citizen's name, birth date and address).
 */
const UNLOGGED_ERROR_FIELDS = ['command', 'args', 'previousErrors', 'lastNodeError'];

function errorSerializer(err: Error): Record<string, unknown> {
  const out = stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const field of UNLOGGED_ERROR_FIELDS) delete out[field];
  return out;
}

/** `destination`: where the JSON lines go (default stdout); tests pass a stream to read them. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'hang-cho' },
    redact: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.cccd'],
    serializers: { err: errorSerializer },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };

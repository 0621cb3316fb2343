import pino, { stdSerializers, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/** `auto`: short human lines in a terminal, JSON (for log collectors) when stdout is piped or a file. */
export function logFormatFor(setting: LogFormat | 'auto', stdoutIsTTY: boolean): LogFormat {
  return setting === 'auto' ? (stdoutIsTTY ? 'pretty' : 'json') : setting;
}

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

/** The fields of a request line that the pretty form folds into its message. */
const PRETTY = {
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service,reqId,method,path,status,ms',
  singleLine: true,
  /** A request line reads `GET /api/v1/… 200 3 ms`; any other line keeps its message. */
  messageFormat: (log: Record<string, unknown>, messageKey: string) =>
    log.method ? `${log.method} ${log.path} ${log.status} ${log.ms} ms` : String(log[messageKey] ?? ''),
};

/** `destination`: where JSON lines go (default stdout); tests pass a stream to read them. */
export function createLogger(level = 'info', format: LogFormat = 'json', destination?: DestinationStream, colorize = true): Logger {
  const options = {
    level,
    base: { service: 'hang-cho' },
    redact: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.cccd'],
    serializers: { err: errorSerializer },
  };
  if (format === 'pretty') return pino(options, pretty({ ...PRETTY, colorize })); // in-process: the format is a function
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };

import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/** `auto`: short human lines in a terminal, JSON (for log collectors) when stdout is piped or a file. */
export function logFormatFor(setting: LogFormat | 'auto', stdoutIsTTY: boolean): LogFormat {
  return setting === 'auto' ? (stdoutIsTTY ? 'pretty' : 'json') : setting;
}

const REDACT = ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.cccd'];

/** The fields of a request line that the pretty form folds into its message. */
const PRETTY = {
  colorize: !process.env.NO_COLOR,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service,reqId,method,path,status,ms',
  singleLine: true,
  /** A request line reads `GET /api/v1/… 200 3 ms`; any other line keeps its message. */
  messageFormat: (log: Record<string, unknown>, messageKey: string) =>
    log.method ? `${log.method} ${log.path} ${log.status} ${log.ms} ms` : String(log[messageKey] ?? ''),
};

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', format: LogFormat = 'json'): Logger {
  const options = { level, base: { service: 'hang-cho' }, redact: REDACT };
  if (format === 'json') return pino(options);
  // in-process (not a worker transport): a terminal is slow anyway, and the format is a function
  return pino(options, pretty(PRETTY));
}
export type { Logger };

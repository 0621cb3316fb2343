import pino, { type Logger } from 'pino';

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'hang-cho' }, redact: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.cccd'] });
}
export type { Logger };

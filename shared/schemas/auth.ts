import { z } from 'zod';
import { CounterId, OfficeId, Text, Username } from './common.js';

export const Role = z.enum(['admin', 'chairman', 'officer']);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.strictObject({
  username: z.string().min(1, 'username required').max(64),
  password: z.string().min(1, 'password required').max(256),
});

export const UserBody = z.strictObject({
  username: Username,
  name: Text(120).min(1),
  role: Role,
  /** Offices the account works in; an admin with [] administers every office. */
  offices: z.array(OfficeId).max(200),
  /** Counters an officer may open; [] means any counter of their offices. */
  counters: z.array(CounterId).max(60).default([]),
  password: z.string().min(8, 'password: at least 8 characters').max(256).optional(),
  disabled: z.boolean().default(false),
});
export type UserBody = z.infer<typeof UserBody>;

export interface SessionUser {
  username: string;
  name: string;
  role: Role;
  offices: string[];
  counters: string[];
}

export interface MeResponse {
  user: SessionUser;
  csrfToken: string;
  expiresAt: number;
}

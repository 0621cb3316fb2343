import { z } from 'zod';
import { CounterId, OfficeGroup, OfficeId, Text, Username } from './common.js';
import { Password, resemblesUsername } from './password.js';

/** `supervisor`: reads the offices of its scope (lãnh đạo, cán bộ giám sát cấp tỉnh), never acts; made only by the deployment administrator. */
export const Role = z.enum(['admin', 'chairman', 'officer', 'supervisor']);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.strictObject({
  username: Text(64).min(1, 'username required'),
  password: z.string().min(1, 'password required').max(256),
});

export const UserBody = z
  .strictObject({
    username: Username,
    name: Text(120).min(1),
    role: Role,
    /** Offices the account works in; an admin with [] administers every office. */
    offices: z.array(OfficeId).max(200),
    /** Counters an officer may open; [] means any counter of their offices. */
    counters: z.array(CounterId).max(60).default([]),
    /** A supervisor's office groups (regions): it reads their offices besides `offices`; with no offices and no groups, every office. */
    groups: z.array(OfficeGroup).max(50).default([]),
    /** A new password (password.ts rules); none keeps the current one. */
    password: Password.optional(),
    disabled: z.boolean().default(false),
  })
  .superRefine((u, ctx) => {
    if (u.groups.length && u.role !== 'supervisor') ctx.addIssue({ code: 'custom', path: ['groups'], message: 'groups: only a supervisor reads by group' });
    if (u.password !== undefined && resemblesUsername(u.password, u.username)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'password: must not be the username' });
    }
  });
export type UserBody = z.infer<typeof UserBody>;
export type UserBodyInput = z.input<typeof UserBody>;

export interface SessionUser {
  username: string;
  name: string;
  role: Role;
  offices: string[];
  counters: string[];
  /** a supervisor's office groups (absent on accounts stored before groups existed) */
  groups?: string[];
}

export interface MeResponse {
  user: SessionUser;
  csrfToken: string;
  expiresAt: number;
}

/** `GET /auth/session`: what `/auth/me` answers, or null without a session (the pages ask this first). */
export interface SessionResponse {
  session: MeResponse | null;
}

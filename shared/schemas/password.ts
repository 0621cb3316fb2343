/**
 * The password rules for staff accounts (NIST SP 800-63B): long enough, not the account's own name,
 * and not one of the passwords attackers try first. No rules on character classes: they push people
 * to `Password1!`, which the list refuses anyway.
 */
import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 10;

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * The username, repeated or with digits and signs added (`chutich2026`, `canbo1canbo1`): what an
 * attacker who read the username tries first. Taking the username out leaves no letters.
 */
export function resemblesUsername(password: string, username: string): boolean {
  const pw = password.toLowerCase();
  let rest = pw;
  for (const form of new Set([username.toLowerCase(), letters(username)])) if (form) rest = rest.replaceAll(form, '');
  return rest !== pw && letters(rest) === '';
}

/** What is wrong with a password (for this account, when given), or undefined when it may be used. */
export function passwordProblem(password: string, username?: string): string | undefined {
  // counted in code points, as people count characters
  if ([...password].length < MIN_PASSWORD_LENGTH) return `password: at least ${MIN_PASSWORD_LENGTH} characters`;
  // a lone surrogate would be hashed as U+FFFD: two different inputs, one password
  if (/[\uD800-\uDFFF]/u.test(password)) return 'password: not well-formed Unicode';
  if (username !== undefined && resemblesUsername(password, username)) return 'password: must not be the username';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'password: too common (it is on the list of passwords attackers try first)';
  return undefined;
}

/** A new password, checked on its own; the account check needs the username (see UserBody). */
export const Password = z
  .string()
  .max(256, 'password: at most 256 characters')
  .superRefine((pw, ctx) => {
    const problem = passwordProblem(pw);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

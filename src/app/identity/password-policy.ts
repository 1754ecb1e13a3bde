import { invalidInput } from '../../domain/errors.js';
import { minimumPasswordLength } from './create-user.js';
import { hashPassword } from './secrets.js';

/** Hashes a new password once it meets the policy (every login's minimum length). */
export async function acceptablePasswordHash(password: string): Promise<string> {
  if (password.length < minimumPasswordLength) {
    throw invalidInput('password', `must be at least ${minimumPasswordLength} characters`);
  }
  return hashPassword(password);
}

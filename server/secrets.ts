// The secrets the server keeps outside its data folder (one backup of that folder must not hold
// both the data and the key to it): the token secret and the key of the ID numbers, each from the
// environment (TOKEN_SECRET, ID_NUMBER_KEY) or a file created on first start in SECRETS_DIR
// (default ./secrets), mode 0600 in a 0700 folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ID_KEY_BYTES, parseIdKey } from './id-sealing';

export class SecretsProblem extends Error {}

/** True when `inner` is `outer` or inside it. */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(path.resolve(outer), path.resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The secrets folder, refused inside the data folder (or holding it). */
export function secretsDir(configured: string | undefined, dataDir: string): string {
  const dir = path.resolve(configured || './secrets');
  if (within(dataDir, dir) || within(dir, dataDir)) {
    throw new SecretsProblem(`SECRETS_DIR (${dir}) must be outside the data folder (${path.resolve(dataDir)}): a backup of the data must not hold its keys`);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Reads `file`, creating it with `make()` first if it does not exist (never overwriting one). */
export function readOrCreate(file: string, make: () => string): { value: string; created: boolean } {
  let created = false;
  try {
    fs.writeFileSync(file, make(), { mode: 0o600, flag: 'wx' });
    created = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { value: fs.readFileSync(file, 'utf8').trim(), created };
}

export interface TokenSecret {
  secret: string;
  /** What happened at start, for the log. */
  notes: string[];
}

/**
 * TOKEN_SECRET, else `<secrets>/token-secret` (made once). A `token-secret` left in the data folder
 * by an earlier version moves there, so the tokens it signed stay valid.
 */
export function tokenSecret(fromEnv: string | undefined, dir: string, dataDir: string): TokenSecret {
  const notes: string[] = [];
  const legacy = path.join(dataDir, 'token-secret');
  if (fromEnv) {
    if (fromEnv.length < 16) throw new SecretsProblem('TOKEN_SECRET must be at least 16 characters');
    if (fs.existsSync(legacy)) notes.push(`${legacy} is no longer read (TOKEN_SECRET is set): delete it, it is a copy of a key in the data folder`);
    return { secret: fromEnv, notes };
  }
  const file = path.join(dir, 'token-secret');
  if (fs.existsSync(legacy)) {
    if (!fs.existsSync(file)) {
      fs.copyFileSync(legacy, file, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(file, 0o600);
      notes.push(`the token secret moved out of the data folder to ${file}`);
    }
    if (fs.readFileSync(legacy, 'utf8').trim() === fs.readFileSync(file, 'utf8').trim()) fs.rmSync(legacy);
    else notes.push(`${legacy} differs from ${file} and is not read: delete it`);
  }
  const { value, created } = readOrCreate(file, () => randomBytes(32).toString('base64url'));
  if (created) notes.push(`a new token secret was written to ${file}`);
  if (value.length < 16) throw new SecretsProblem(`${file} must hold at least 16 characters`);
  return { secret: value, notes };
}

export interface IdKey {
  key: Buffer;
  notes: string[];
}

/**
 * ID_NUMBER_KEY, else `<secrets>/id-number-key`, made on first start, but never while the
 * database already holds sealed ID numbers: a new key could not open them.
 */
export function idKey(fromEnv: string | undefined, dir: string, databaseHoldsSealed: boolean): IdKey {
  if (fromEnv) {
    const key = parseIdKey(fromEnv);
    if (!key) throw new SecretsProblem(`ID_NUMBER_KEY must be ${ID_KEY_BYTES} bytes in base64 or base64url`);
    return { key, notes: [] };
  }
  const file = path.join(dir, 'id-number-key');
  if (!fs.existsSync(file) && databaseHoldsSealed) {
    throw new SecretsProblem(`${file} is missing but the database holds ID numbers sealed with it: restore the key file (or set ID_NUMBER_KEY); a new key would not open them`);
  }
  const { value, created } = readOrCreate(file, () => randomBytes(ID_KEY_BYTES).toString('base64url'));
  const key = parseIdKey(value);
  if (!key) throw new SecretsProblem(`${file} must hold ${ID_KEY_BYTES} bytes in base64url`);
  return { key, notes: created ? [`a new ID number key was written to ${file}: back it up apart from the data`] : [] };
}

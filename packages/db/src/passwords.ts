// Passwords are kept as argon2id hashes (PHC strings) with the library's recommended parameters.
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id (a const enum, not importable as a value)

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

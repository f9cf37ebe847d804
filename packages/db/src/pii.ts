// Personal data helpers: the ID-card number is stored encrypted with a key kept outside the database,
// looked up by a keyed hash (to find duplicates), and shown masked to everyone but admins and editors.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

export type PiiKey = { enc: Buffer; mac: Buffer };

export function piiKey(secret: string): PiiKey {
  const root = createHash("sha256").update(secret).digest();
  return {
    enc: createHmac("sha256", root).update("daibiao:id-card:enc").digest(),
    mac: createHmac("sha256", root).update("daibiao:id-card:mac").digest(),
  };
}

const ID_CARD = /^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function normalizeIdCard(value: string): string {
  return value.trim().toUpperCase();
}

// GB 11643-1999: 18 characters, a real birth date, and the ISO 7064 MOD 11-2 check character.
export function isValidIdCard(value: string): boolean {
  const v = normalizeIdCard(value);
  if (!ID_CARD.test(v)) return false;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === v[17];
}

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function sealIdCard(key: PiiKey, value: string): { idCardCipher: string; idCardHash: string; idCardLast4: string } {
  const v = normalizeIdCard(value);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.enc, iv);
  const body = Buffer.concat([cipher.update(v, "utf8"), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
  return { idCardCipher: sealed, idCardHash: hashIdCard(key, v), idCardLast4: v.slice(-4) };
}

export function hashIdCard(key: PiiKey, value: string): string {
  return createHmac("sha256", key.mac).update(normalizeIdCard(value)).digest("base64url");
}

export function openIdCard(key: PiiKey, sealed: string): string {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key.enc, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export function maskIdCard(last4: string): string {
  return `**************${last4}`;
}

export function maskPhone(phone: string): string {
  if (/^1[0-9]{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return phone.length > 4 ? `${"*".repeat(phone.length - 4)}${phone.slice(-4)}` : "****";
}

export const PHONE = /^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/;

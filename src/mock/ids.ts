// getRandomValues (unlike randomUUID) also works on plain-http origins, e.g. Storybook on a LAN IP.
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  if (typeof globalThis.crypto?.getRandomValues === 'function') {
    globalThis.crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return bytes;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A random UUID v4, GenAuth's `requestId` format. */
export function createRequestId(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random 24-hex-digit id, the shape of GenAuth's user ids. */
export function createUserId(): string {
  return hex(randomBytes(12));
}

/** A random 6-digit verification code, leading zeros kept. */
export function createCode(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return String(((a << 16) | (b << 8) | c) % 1_000_000).padStart(6, '0');
}

/** A random opaque one-time token (verify steps), 32 hex digits. */
export function createOneTimeToken(): string {
  return hex(randomBytes(16));
}

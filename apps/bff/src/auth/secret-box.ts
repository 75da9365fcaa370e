import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * Secrets that Ly must read back (TOTP secrets) are stored as AES-256-GCM ciphertext under the
 * server key (auth/server-key.ts), which is not in the database: a copied database file alone
 * does not yield a second factor. The format is versioned so the key or cipher can change.
 */
const VERSION = 'v1'

export function sealSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':')
}

/** The plain secret, or null when the box was sealed under another key or was tampered with. */
export function openSecret(key: Buffer, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(':')
  if (version !== VERSION || !iv || !tag || !body) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

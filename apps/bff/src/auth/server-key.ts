import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const KEY_BYTES = 32

function decode(raw: string, source: string): Buffer {
  const text = raw.trim()
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64')
  if (key.length !== KEY_BYTES) throw new Error(`${source} må være ${KEY_BYTES} byte (64 heksadesimale tegn eller base64).`)
  return key
}

/**
 * The server key that seals TOTP secrets: LY_SECRET_KEY when set (e.g. from a secret store), or
 * else `ly-secret.key` beside the database, created on first start with mode 0600. Keep the key
 * file out of database backups, or a stolen backup carries its own key (docs/security.md).
 */
export function loadServerKey(dbPath: string): Buffer {
  const fromEnv = process.env.LY_SECRET_KEY
  if (fromEnv) return decode(fromEnv, 'LY_SECRET_KEY')
  const file = join(dirname(dbPath), 'ly-secret.key')
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    writeFileSync(file, randomBytes(KEY_BYTES).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
  }
  chmodSync(file, 0o600)
  return decode(readFileSync(file, 'utf8'), file)
}

/**
 * The browser's part in keeping a session: remembers the cookies a response sets and sends them
 * back. Attributes are ignored except the ones that delete a cookie (Max-Age=0, a past Expires).
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>()

  header(): string | undefined {
    if (this.cookies.size === 0) return undefined
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim())
      const separator = pair.indexOf('=')
      if (separator <= 0) continue
      const name = pair.slice(0, separator)
      const value = pair.slice(separator + 1)
      if (value === '' || attributes.some(isDeletion)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
}

function isDeletion(attribute: string): boolean {
  const [key = '', value = ''] = attribute.split('=')
  if (key.toLowerCase() === 'max-age') return Number(value) <= 0
  if (key.toLowerCase() === 'expires') return new Date(value).getTime() <= Date.now()
  return false
}

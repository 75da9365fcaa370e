const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML: everything printed comes from data, so everything is escaped. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)

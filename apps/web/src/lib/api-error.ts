import { z } from 'zod'

export interface FieldIssue {
  path: string
  message: string
}

/** An answer from the BFF that was not a success. `message` is Norwegian and meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const networkError = () => new ApiError(0, 'network', 'Fikk ikke kontakt med Ly. Sjekk nettverket og prøv igjen.')

const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

/** The subset of Hono's ClientResponse these helpers need. */
interface JsonResponse<T> {
  ok: boolean
  status: number
  json(): Promise<T>
}

async function toApiError(res: JsonResponse<unknown>): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null)
  const parsed = ErrorBodySchema.safeParse(body)
  if (!parsed.success) return new ApiError(res.status, 'http_error', 'Noe gikk galt. Prøv igjen.')
  const { code, message, issues } = parsed.data.error
  return new ApiError(res.status, code, message, issues)
}

/** The success body, or the BFF's error body thrown as an ApiError. */
export async function readJson<T>(res: JsonResponse<T>): Promise<T> {
  if (!res.ok) throw await toApiError(res)
  return res.json()
}

/** For answers without a body (204): throws the BFF's error, if any. */
export async function expectOk(res: JsonResponse<unknown>): Promise<void> {
  if (!res.ok) throw await toApiError(res)
}

/** Anything thrown by a request, as an ApiError the UI can show. */
export const toDisplayError = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError(0, 'unexpected', 'Noe gikk galt. Prøv igjen.'))

/**
 * One sentence for an error shown away from any form field: the specific reasons (a 422's issue
 * messages, e.g. "Senteret må ha minst én aktiv administrator.") rather than the generic summary.
 */
export function errorText(error: unknown): string {
  const apiError = toDisplayError(error)
  return apiError.issues.length > 0 ? apiError.issues.map((issue) => issue.message).join(' ') : apiError.message
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import { reportKeys, storeComment, type ReportSection } from './get-report'

export interface SaveCommentInput {
  year: number
  section: ReportSection['key']
  text: string
  /** The version the leader started from (0 for a new comment); 409 if someone saved since. */
  version: number
  /** Sent once the leader has kept a text that may hold a name (issue 18). */
  confirmLikelyName?: true
}

export async function saveComment(api: LyApi, { section, ...json }: SaveCommentInput) {
  return readJson(await api.client.report.comments[':section'].$put({ param: { section }, json }))
}

export function useSaveComment() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SaveCommentInput) => saveComment(api, input),
    onSuccess: ({ comment }, { year, section }) => storeComment(queryClient, year, section, comment),
    onError: (error, { year }) => {
      // Someone else saved meanwhile: fetch their version, so the next save can succeed.
      if (error instanceof ApiError && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: reportKeys.year(year) })
    },
  })
}

import { generatePath } from 'react-router'
import { paths } from '@/lib/paths'

/** Where a stay's pages are; a child's pages sit under the adult's stay it came with. */
export const stayHref = (id: string) => generatePath(paths.stay, { id })
export const stayCheckOutHref = (id: string) => generatePath(paths.stayCheckOut, { id })
export const newChildStayHref = (adultId: string) => generatePath(paths.newChildStay, { id: adultId })
export const childStayHref = (adultId: string, childId: string) => generatePath(paths.childStay, { id: adultId, childId })
export const childCheckOutHref = (adultId: string, childId: string) => generatePath(paths.childStayCheckOut, { id: adultId, childId })

import { useStayChildren } from '../api/get-stay-children'

/**
 * How many children are registered with a stay. The list rows do not carry it, so each row
 * asks for its stay's children (the same query the stay page uses, so it is cached there).
 */
export function ChildCount({ adultId }: { adultId: string }) {
  const children = useStayChildren(adultId)
  if (children.isPending) return <span className="muted">…<span className="visually-hidden"> laster</span></span>
  if (children.isError) return <span className="muted">Ukjent</span>
  return <>{children.data.length}</>
}

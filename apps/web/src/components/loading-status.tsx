export function LoadingStatus({ children = 'Laster …' }: { children?: string }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  )
}

/** Keys are the API's; labels are what staff see and may change. */
export const roles = ['staff', 'leader', 'admin'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  staff: 'Registrerer',
  leader: 'Leder',
  admin: 'Administrator',
}

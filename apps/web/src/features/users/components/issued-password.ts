/** A one-time password the server just issued, shown once and never stored. */
export interface IssuedPassword {
  username: string
  password: string
}

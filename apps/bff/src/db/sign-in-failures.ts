import type { Db } from './database'

export const recordSignInFailure = (db: Db, accountKey: string, addressKey: string, now: Date) =>
  db.insertInto('sign_in_failures').values({ account_key: accountKey, address_key: addressKey, at: now.toISOString() }).execute()

export interface FailureCounts {
  account: number
  address: number
  /** The oldest failure still in the window, to tell the user when to try again. */
  oldestAccountFailure: string | null
  oldestAddressFailure: string | null
}

export async function countRecentFailures(db: Db, accountKey: string, addressKey: string, since: string): Promise<FailureCounts> {
  const [account, address] = await Promise.all(
    (['account_key', 'address_key'] as const).map((column) =>
      db
        .selectFrom('sign_in_failures')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
        .where(column, '=', column === 'account_key' ? accountKey : addressKey)
        .where('at', '>', since)
        .executeTakeFirstOrThrow(),
    ),
  )
  return {
    account: Number(account?.n ?? 0),
    address: Number(address?.n ?? 0),
    oldestAccountFailure: (account?.oldest as string | null) ?? null,
    oldestAddressFailure: (address?.oldest as string | null) ?? null,
  }
}

export const clearAccountFailures = (db: Db, accountKey: string) =>
  db.deleteFrom('sign_in_failures').where('account_key', '=', accountKey).execute()

export const deleteFailuresBefore = (db: Db, before: string) =>
  db.deleteFrom('sign_in_failures').where('at', '<', before).execute()

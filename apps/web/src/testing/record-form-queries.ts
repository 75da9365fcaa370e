import { configure, getConfig, screen, within } from '@testing-library/react'
import { onTestFinished } from 'vitest'
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event'

/**
 * Helpers for tests of record forms, which are long (a day visit has ~40 questions and ~150
 * options). Questions are found by role and accessible name, never by getByLabelText: jsdom
 * computes each input's labels by walking the whole document, so on a form this size one
 * getByLabelText costs seconds.
 */

/**
 * A user without per-keystroke delays or pointer-events checks (each check walks the element's
 * ancestors' computed styles): typing into a long form stays fast. Record forms use no
 * pointer-events tricks, so nothing is lost.
 */
export const fastUser = (): UserEvent => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never })

/**
 * Mounting or leaving a long form re-renders a few thousand elements, which in jsdom on a busy
 * machine can take longer than Testing Library's 1 s default wait. For this test only.
 */
export function allowForLongForms(timeout = 10_000): void {
  const previous = getConfig().asyncUtilTimeout
  configure({ asyncUtilTimeout: timeout })
  onTestFinished(() => configure({ asyncUtilTimeout: previous }))
}

/** A one-answer question (radio buttons), named by its legend. */
export const question = (name: string) => screen.getByRole('radiogroup', { name })
export const queryQuestion = (name: string) => screen.queryByRole('radiogroup', { name })
/** A several-answer question (checkboxes), named by its legend. */
export const checkboxGroup = (name: string) => screen.getByRole('group', { name })
/** A text, number, date or case-code field, named by its label. */
export const textField = (name: string) => screen.getByRole('textbox', { name })
export const queryTextField = (name: string) => screen.queryByRole('textbox', { name })

/** Chooses an answer to a one-answer question ("Ja", "Kvinne", …). */
export async function answer(user: UserEvent, questionName: string, option: string): Promise<void> {
  await user.click(within(question(questionName)).getByRole('radio', { name: option }))
}

/** Ticks (or unticks) options of a several-answer question. */
export async function tick(user: UserEvent, groupName: string, ...options: string[]): Promise<void> {
  const group = checkboxGroup(groupName)
  for (const option of options) await user.click(within(group).getByRole('checkbox', { name: option }))
}

/** Replaces the text of a field. */
export async function fill(user: UserEvent, name: string, text: string): Promise<void> {
  const field = textField(name)
  await user.clear(field)
  if (text) await user.type(field, text)
}

/** The checked options of a question, by their labels. */
export const checkedOptions = (group: HTMLElement) => [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.labels?.[0]?.textContent ?? '')

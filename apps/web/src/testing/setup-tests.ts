import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest'
import { clearAllDrafts } from '@/lib/drafts'

/**
 * As in epic-stack: a console.error fails the test. React reports act() warnings, bad markup and
 * caught render errors there, and each of those is a bug. A test that expects one can call
 * `consoleError.mockImplementation(() => {})` and assert on it.
 */
export let consoleError: MockInstance<(typeof console)['error']>
let unexpectedErrors: unknown[][] = []

beforeEach(() => {
  const originalConsoleError = console.error
  unexpectedErrors = []
  consoleError = vi.spyOn(console, 'error')
  consoleError.mockImplementation((...args: Parameters<typeof console.error>) => {
    originalConsoleError(...args)
    unexpectedErrors.push(args)
    throw new Error('console.error was called; call consoleError.mockImplementation(() => {}) if this is expected.')
  })
})

afterEach(() => {
  cleanup()
  // Each test is a new tab: a draft kept by one test's failed save must not open in the next.
  clearAllDrafts()
  sessionStorage.clear()
  consoleError.mockRestore()
  // React may catch the throw above (it logs from inside its own error handling): fail here too.
  expect(unexpectedErrors, 'console.error was called during the test').toEqual([])
})

// jsdom has no modal dialogs yet. This stand-in opens and closes them (without the browser's
// focus trap, which the Playwright journeys cover) so the confirm dialogs can be tested here.
// The DOM types promise showModal; jsdom's prototype may lack it, hence the Partial.
const dialogPrototype: Partial<HTMLDialogElement> = HTMLDialogElement.prototype
if (!dialogPrototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return
    this.open = false
    if (returnValue !== undefined) this.returnValue = returnValue
    this.dispatchEvent(new Event('close'))
  }
}

import { osloToday, type RecordValues } from '@ly/forms'
import { useState } from 'react'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useCallerCategories } from '../api/get-caller-categories'
import { useRegisterCall, type Call, type CallInput } from '../api/register-call'
import { useUndoLastCall } from '../api/undo-last-call'
import { useUpdateCall } from '../api/update-call'
import { callerKeys, type CallerKey } from '../lib/shortcuts'
import { useOsloToday } from '../lib/use-oslo-today'
import { useQuickKeys } from '../lib/use-quick-keys'
import { useRegisteredCalls } from '../lib/use-registered-calls'
import { useStoredSetting } from '../lib/use-stored-setting'
import { CallTally } from './call-tally'
import { CallerKeys } from './caller-keys'
import { LastCallDetails } from './last-call-details'
import { OutgoingCalls } from './outgoing-calls'
import { OFFERS, ScreenSettings } from './screen-settings'
import '../duty-phone.css'

type Status = { kind: 'success' | 'error'; text: string } | null
const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' })

/**
 * The duty phone's standing screen: one key (or click) registers a call, Ctrl+Z undoes this
 * screen's last one, details can follow, and today's tally is always in view.
 */
export function QuickEntry() {
  const categories = useCallerCategories()
  const today = useOsloToday()
  const [offer, setOffer] = useStoredSetting('tilbud', OFFERS, 'women')
  const [shortcuts, setShortcuts] = useStoredSetting('hurtigtaster', ['on', 'off'] as const, 'on')
  const [status, setStatus] = useState<Status>(null)
  const calls = useRegisteredCalls()
  const register = useRegisterCall()
  const undo = useUndoLastCall()
  const update = useUpdateCall()

  const keys = categories.data ? callerKeys(categories.data) : []
  const labelOf = (values: RecordValues) =>
    values.in_scope === false ? 'Administrativ henvendelse' : (categories.data?.find((c) => c.key === values.caller_type)?.label ?? String(values.caller_type))
  const fail = (error: unknown) => setStatus({ kind: 'error', text: errorText(error) })

  const registerCall = (key: CallerKey | null) => {
    // The date is read at the key press: a screen left open since yesterday registers today.
    const base = { offer, call_date: osloToday(new Date()) }
    const json: CallInput = key ? { ...base, in_scope: true, caller_type: key.key } : { ...base, in_scope: false }
    register.mutate(json, {
      onSuccess: (call) => {
        calls.push(call)
        setStatus({ kind: 'success', text: `Registrert: ${labelOf(call.values)}.` })
      },
      onError: fail,
    })
  }

  const undoLast = () =>
    undo.mutate(calls.latestId, {
      onSuccess: (undone) => {
        calls.remove(undone.id)
        setStatus({ kind: 'success', text: `Angret: ${labelOf(undone.values)}.` })
      },
      onError: fail,
    })

  const changeDetails = (call: Call, values: RecordValues) => {
    const before = call
    calls.replace({ ...call, values: values as Call['values'] }) // shown at once, saved right after
    update.mutate(
      { id: call.id, values: values, version: () => calls.versionOf(call.id) },
      {
        onSuccess: (saved) => {
          calls.replace(saved)
          setStatus({ kind: 'success', text: 'Detaljene er lagret.' })
        },
        onError: (error) => {
          calls.replace(before)
          fail(error)
        },
      },
    )
  }

  useQuickKeys(shortcuts === 'on' && categories.isSuccess, (quick) => {
    if (quick.kind === 'undo') return undoLast()
    if (quick.digit === '0') return registerCall(null)
    const key = keys.find((k) => k.shortcut === quick.digit)
    if (key) registerCall(key)
  })

  if (categories.isPending) return <LoadingStatus />
  if (categories.isError) return <p className="alert alert-error">{errorText(categories.error)}</p>
  const latest = calls.latest
  return (
    <div className="duty-phone">
      <ScreenSettings offer={offer} onOffer={setOffer} shortcutsOn={shortcuts === 'on'} onShortcuts={(on) => setShortcuts(on ? 'on' : 'off')} />
      <CallerKeys keys={keys} shortcutsOn={shortcuts === 'on'} onRegister={registerCall} />
      <div className="duty-undo">
        <button type="button" className="button" onClick={undoLast} aria-keyshortcuts={shortcuts === 'on' ? 'Control+Z' : undefined} aria-disabled={!latest || undefined}>
          Angre siste registrering{shortcuts === 'on' ? ' (Ctrl+Z)' : ''}
        </button>
        <p role="status" className={status?.kind === 'error' ? 'duty-status duty-status-error' : 'duty-status'}>
          {status?.text}
        </p>
      </div>
      {latest ? (
        <LastCallDetails
          key={latest.id}
          callId={latest.id}
          values={latest.values}
          summary={`${labelOf(latest.values)}, registrert kl. ${time.format(new Date(latest.createdAt))}.`}
          onChange={(values) => changeDetails(latest, values)}
        />
      ) : null}
      <CallTally date={today} />
      <OutgoingCalls date={today} offer={offer} />
    </div>
  )
}

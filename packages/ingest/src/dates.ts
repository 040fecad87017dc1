import { InputError } from './errors'

/*
 * Publication dates as people and feeds write them, in French and English, to one ISO form:
 * "2026-11-29" for a calendar date, "2026-11-29T08:00:00Z" (UTC) when a time and zone are given.
 * Anything else is refused with a message saying what is accepted: a wrong date is worse than
 * none (timelines would lie).
 */

const MONTHS: Record<string, number> = {
  // French, with and without accents, and the usual abbreviations
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2, mars: 3, avril: 4,
  avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, décembre: 12, decembre: 12, déc: 12,
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
}

const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\.?,?\\s+'
const MONTH = '([a-zéû]+)\\.?'
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?'
const TIME = '(?:\\s*(?:,|à|at|-)?\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2})?(?::(\\d{2}))?\\s*(am|pm)?)?'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const RFC_2822 =
  /^(?:([a-z]{3}),\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|UT|GMT|Z|[ECMP][SD]T)?$/i
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY})?(?:le\\s+)?${DAY}\\s+${MONTH}\\s+(\\d{4})${TIME}$`, 'iu')
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME}$`, 'iu')
const NUMERIC = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/

const ZONES: Record<string, number> = { UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 }

const ACCEPTED =
  'use ISO 8601 (2026-11-29), "29 novembre 2026", "November 29, 2026" or RFC 2822 (Sun, 29 Nov 2026 08:00:00 +0000)'

/** Parses a publication date; throws an `invalid-date` InputError saying what is accepted. */
export function parseDate(input: string): string {
  const value = input.trim().replace(/\s+/g, ' ')
  if (value === '') throw new InputError('invalid-date', 'empty date')
  const result = parseKnownForms(value)
  if (result === null) throw new InputError('invalid-date', `unreadable date "${clip(input)}": ${ACCEPTED}`)
  return result
}

function parseKnownForms(value: string): string | null {
  let m = ISO_DATE.exec(value)
  if (m) return calendarDate(value, +m[1]!, +m[2]!, +m[3]!)

  m = ISO_DATE_TIME.exec(value)
  if (m) {
    const offset = m[7] === undefined ? 0 : zoneOffset(m[7])
    return dateTime(value, +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), offset)
  }

  m = RFC_2822.exec(value)
  if (m) {
    const month = MONTHS[m[3]!.toLowerCase()]
    if (month === undefined) return null
    let year = +m[4]!
    if (m[4]!.length === 2) year += year < 50 ? 2000 : 1900
    const iso = dateTime(value, year, month, +m[2]!, +m[5]!, +m[6]!, +(m[7] ?? 0), zoneOffset(m[8] ?? 'Z'))
    if (m[1] !== undefined) checkWeekday(value, m[1], year, month, +m[2]!)
    return iso
  }

  m = DAY_MONTH_YEAR.exec(value)
  if (m) return withOptionalTime(value, +m[3]!, monthNumber(value, m[2]!), +m[1]!, m.slice(4))

  m = MONTH_DAY_YEAR.exec(value)
  if (m) return withOptionalTime(value, +m[3]!, monthNumber(value, m[1]!), +m[2]!, m.slice(4))

  m = NUMERIC.exec(value)
  if (m) return numericDate(value, m[1]!, m[2]!, m[3]!)
  return null
}

function monthNumber(value: string, name: string): number {
  const month = MONTHS[name.toLowerCase()]
  if (month === undefined) throw new InputError('invalid-date', `unknown month "${name}" in date "${clip(value)}"`)
  return month
}

/** A time written after a day-month-year date carries no zone: keep the calendar day only. */
function withOptionalTime(value: string, year: number, month: number, day: number, time: (string | undefined)[]): string {
  const [hour, minute, , meridiem] = time
  if (hour !== undefined) {
    let h = +hour
    if (meridiem !== undefined) {
      if (h < 1 || h > 12) throw new InputError('invalid-date', `impossible time in date "${clip(value)}"`)
      h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0)
    }
    if (h > 23 || +(minute ?? 0) > 59) throw new InputError('invalid-date', `impossible time in date "${clip(value)}"`)
  }
  return calendarDate(value, year, month, day)
}

function numericDate(value: string, a: string, b: string, c: string): string {
  if (a.length === 4) return calendarDate(value, +a, +b, +c) // 2026/11/29
  if (c.length !== 4) return failAmbiguous(value)
  const first = +a
  const second = +b
  if (first > 12 && second <= 12) return calendarDate(value, +c, second, first) // 29/11/2026
  if (second > 12 && first <= 12) return calendarDate(value, +c, first, second) // 11/29/2026
  if (first === second) return calendarDate(value, +c, first, first)
  return failAmbiguous(value)
}

function failAmbiguous(value: string): never {
  throw new InputError(
    'invalid-date',
    `ambiguous date "${clip(value)}" (day/month or month/day?): write it as ISO 8601, e.g. 2026-11-05`,
  )
}

function zoneOffset(zone: string): number {
  const named = ZONES[zone.toUpperCase()]
  if (named !== undefined) return named
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return 0
  const minutes = +m[2]! * 60 + +(m[3] ?? 0)
  return m[1] === '-' ? -minutes : minutes
}

function checkDay(value: string, year: number, month: number, day: number): void {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InputError('invalid-date', `impossible date "${clip(value)}"`)
  }
}

function calendarDate(value: string, year: number, month: number, day: number): string {
  checkDay(value, year, month, day)
  return `${year}-${pad(month)}-${pad(day)}`
}

function dateTime(value: string, y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMinutes: number): string {
  checkDay(value, y, mo, d)
  if (h > 23 || mi > 59 || s > 60) throw new InputError('invalid-date', `impossible time in date "${clip(value)}"`)
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) - offsetMinutes * 60_000
  return new Date(utc).toISOString().replace('.000Z', 'Z')
}

function checkWeekday(value: string, name: string, year: number, month: number, day: number): void {
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  const given = WEEKDAYS_EN.indexOf(name.toLowerCase())
  if (given !== -1 && given !== actual) {
    throw new InputError(
      'invalid-date',
      `date "${clip(value)}" says ${name} but ${year}-${pad(month)}-${pad(day)} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]}`,
    )
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}

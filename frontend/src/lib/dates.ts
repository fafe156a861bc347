// Calendar-date helpers. Dates are plain `YYYY-MM-DD` strings; arithmetic is done in UTC so no
// local-zone DST shift can move a day.

/** Today's calendar date in the given IANA zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const get = (t: string) => parts.find((p) => p.type === t)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return t.toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((ms(b) - ms(a)) / 86_400_000)
}

/** SPEC §5 writing window: today−3 … today in the user's zone, newest first. */
export function writingWindow(timeZone: string, now: Date = new Date()): string[] {
  const today = todayIn(timeZone, now)
  return [0, 1, 2, 3].map((n) => addDays(today, -n))
}

export function isInWritingWindow(date: string, timeZone: string, now: Date = new Date()): boolean {
  return writingWindow(timeZone, now).includes(date)
}

/** Hour of day (0–23) in the given zone. */
export function hourIn(timeZone: string, now: Date = new Date()): number {
  const h = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now)
  return Number(h) % 24
}

export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', {
    timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short',
  }).format(new Date(Date.UTC(y, m - 1, d)))
}

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', {
    dateStyle: 'medium', timeStyle: 'short',
  }).format(d)
}

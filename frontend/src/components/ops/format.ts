// Formatting for the ops page: every figure carries its unit, null means "not measured" (never 0).
import type { TFunction } from 'i18next'

export type OpsUnit =
  | 'users' | 'diaries' | 'instances' | 'rps' | 'ms' | 'percent' | 'requests' | 'connections' | 'jobs' | 'seconds'
  | 'calls' | 'tokens' | 'usd' | 'entries' | 'usdPerMonth'

/** Decimal places per unit: money to the cent (or finer when tiny), rates to two places, counts whole. */
function digits(unit: OpsUnit, v: number): number {
  switch (unit) {
    case 'usd':
    case 'usdPerMonth':
      return v !== 0 && Math.abs(v) < 0.01 ? 4 : 2
    case 'rps':
      return 2
    case 'ms':
    case 'percent':
    case 'seconds':
      return Math.abs(v) >= 100 ? 0 : 1
    default:
      return 0
  }
}

export function numberText(v: number, fractionDigits: number, locale: string): string {
  return v.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: fractionDigits })
}

/** A figure with its unit, e.g. 0.0123 ratio -> "1.2%", 1234 users -> "1,234명" / "1,234 users". */
export function formatFigure(t: TFunction, locale: string, unit: OpsUnit, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t('ops.notMeasured')
  const v = unit === 'percent' ? value * 100 : value
  return t(`ops.unit.${unit}`, { value: numberText(v, digits(unit, v), locale) })
}

/** The unit alone, for an axis label: "ms", "%", "요청/초" … */
export function unitLabel(t: TFunction, unit: OpsUnit): string {
  return t(`ops.unit.${unit}`, { value: '' }).trim()
}

/** "HH:mm:ss" in the viewer's zone, for the time axis. */
export function clock(ms: number, locale: string): string {
  return new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
}

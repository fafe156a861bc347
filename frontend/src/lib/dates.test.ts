import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isInWritingWindow, todayIn, writingWindow } from './dates'

describe('writing window (today−3 … today in the user zone)', () => {
  // 2025-03-01T16:30Z is already March 2 in Seoul (UTC+9) but still March 1 in New York (UTC−5).
  const instant = new Date('2025-03-01T16:30:00Z')

  it('uses the calendar date of the given zone', () => {
    expect(todayIn('Asia/Seoul', instant)).toBe('2025-03-02')
    expect(todayIn('America/New_York', instant)).toBe('2025-03-01')
    expect(todayIn('UTC', instant)).toBe('2025-03-01')
  })

  it('lists today and the three previous days, newest first, crossing a month boundary', () => {
    expect(writingWindow('Asia/Seoul', instant)).toEqual(['2025-03-02', '2025-03-01', '2025-02-28', '2025-02-27'])
    expect(writingWindow('America/New_York', instant)).toEqual(['2025-03-01', '2025-02-28', '2025-02-27', '2025-02-26'])
  })

  it('handles leap days and year boundaries', () => {
    expect(writingWindow('UTC', new Date('2024-03-01T12:00:00Z'))).toEqual(['2024-03-01', '2024-02-29', '2024-02-28', '2024-02-27'])
    expect(writingWindow('Asia/Seoul', new Date('2025-01-01T00:00:00Z'))).toEqual(['2025-01-01', '2024-12-31', '2024-12-30', '2024-12-29'])
  })

  it('rejects future dates and dates older than three days', () => {
    expect(isInWritingWindow('2025-03-03', 'Asia/Seoul', instant)).toBe(false)
    expect(isInWritingWindow('2025-02-26', 'Asia/Seoul', instant)).toBe(false)
    expect(isInWritingWindow('2025-02-26', 'America/New_York', instant)).toBe(true)
  })

  it('is not shifted by a DST change in the zone', () => {
    // US DST starts 2025-03-09 02:00 local.
    expect(writingWindow('America/New_York', new Date('2025-03-10T05:00:00Z'))).toEqual(['2025-03-10', '2025-03-09', '2025-03-08', '2025-03-07'])
  })

  it('does date arithmetic on calendar days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(daysBetween('2025-02-27', '2025-03-02')).toBe(3)
  })
})

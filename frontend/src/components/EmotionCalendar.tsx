import { useState } from 'react'
import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { get } from '../lib/api'
import { moodEmoji } from '../lib/constants'
import { daysInMonth, weekdayOf } from '../lib/dates'
import type { CalendarResponse } from '../lib/types'
import { ErrorState, Skeleton } from './ui'

export default function EmotionCalendar({ today }: { today: string }) {
  const { t, i18n } = useTranslation()
  const [ty, tm] = today.split('-').map(Number)
  const [ym, setYm] = useState({ year: ty, month: tm })
  const q = useQuery({
    queryKey: ['diaries', 'calendar', ym.year, ym.month],
    queryFn: () => get<CalendarResponse>('/diaries/calendar', { year: ym.year, month: ym.month }),
  })
  const shift = (d: number) => {
    const m0 = ym.year * 12 + (ym.month - 1) + d
    setYm({ year: Math.floor(m0 / 12), month: (m0 % 12) + 1 })
  }
  const isCurrent = ym.year === ty && ym.month === tm
  const first = `${ym.year}-${String(ym.month).padStart(2, '0')}-01`
  const lead = weekdayOf(first)
  const n = daysInMonth(ym.year, ym.month)
  const byDate = new Map((q.data?.items ?? []).map((i) => [i.diary_date, i]))
  const weekdays = t('calendar.weekdays').split(',')
  const title = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'ko-KR', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(ym.year, ym.month - 1, 1)),
  )

  return (
    <section className="card" aria-labelledby="cal-title">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="cal-title" className="font-bold">
          {t('home.calendar')} <span className="ml-1 font-medium text-ink-500">{title}</span>
        </h2>
        <div className="flex gap-1">
          <button className="btn-ghost btn-sm" onClick={() => shift(-1)} aria-label={t('calendar.prev')}>‹</button>
          <button className="btn-ghost btn-sm" onClick={() => shift(1)} disabled={isCurrent} aria-label={t('calendar.next')}>›</button>
        </div>
      </div>
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <div className="grid grid-cols-7 gap-1 text-center" role="grid" aria-label={title}>
          {weekdays.map((w, i) => (
            <div key={w} role="columnheader" className={`py-1 text-xs font-medium ${i === 0 ? 'text-red-400' : 'text-ink-500'}`}>{w}</div>
          ))}
          {Array.from({ length: lead }).map((_, i) => <div key={`e${i}`} />)}
          {Array.from({ length: n }).map((_, i) => {
            const day = i + 1
            const date = `${first.slice(0, 8)}${String(day).padStart(2, '0')}`
            const item = byDate.get(date)
            const isToday = date === today
            const inner = (
              <>
                <span className={`text-[11px] ${isToday ? 'font-bold text-brand-600' : 'text-ink-500'}`}>{day}</span>
                <span className="text-lg leading-6" aria-hidden>{q.isLoading ? '' : item ? moodEmoji(item.mood) || '📝' : ''}</span>
              </>
            )
            const cls = `flex aspect-square flex-col items-center justify-start rounded-xl pt-1 ${isToday ? 'ring-2 ring-brand-300' : ''} ${item ? 'bg-brand-50 hover:bg-brand-100' : ''}`
            return item ? (
              <Link key={date} to={`/diaries/${item.diary_id}`} className={cls} aria-label={`${date} ${item.mood ? t(`mood.${item.mood}`) : ''}`}>
                {inner}
              </Link>
            ) : (
              <div key={date} className={cls}>{inner}</div>
            )
          })}
        </div>
      )}
      {q.isLoading && <Skeleton className="mt-2 h-2" />}
    </section>
  )
}

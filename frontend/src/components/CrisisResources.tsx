import { useTranslation } from 'react-i18next'
import { CRISIS_RESOURCES } from '../lib/constants'

export function CrisisResources({ compact }: { compact?: boolean }) {
  const { t } = useTranslation()
  return (
    <section aria-label={t('crisis.title')} className={`rounded-2xl border border-amber-200 bg-amber-50 ${compact ? 'p-3' : 'p-5'} text-amber-900`}>
      <p className="font-semibold">💛 {t('crisis.title')}</p>
      <p className="mt-1 text-sm">{t('crisis.body')}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {CRISIS_RESOURCES.map((r) => (
          <li key={r.phone}>
            <a href={`tel:${r.phone}`} className="inline-flex items-center gap-1 rounded-full bg-white px-3 py-1.5 text-sm font-semibold ring-1 ring-amber-300 hover:bg-amber-100">
              {t(`crisis.${r.phone}`, { defaultValue: r.name })} <span className="tabular-nums">{r.phone}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

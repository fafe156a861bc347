import { useTranslation } from 'react-i18next'

export default function Pagination({ page, perPage, total, onPage }: { page: number; perPage: number; total: number; onPage: (p: number) => void }) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / perPage))
  if (pages <= 1) return null
  return (
    <nav aria-label={t('common.pagination')} className="mt-4 flex items-center justify-center gap-2">
      <button className="btn-ghost btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>← {t('common.prev')}</button>
      <span className="text-sm text-ink-500 tabular-nums" aria-current="page">{page} / {pages}</span>
      <button className="btn-ghost btn-sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>{t('common.next')} →</button>
    </nav>
  )
}

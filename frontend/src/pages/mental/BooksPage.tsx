import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { MentalNav } from './MentalPage'
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../components/ui'
import { ApiError, get } from '../../lib/api'
import type { MentalBooks } from '../../lib/types'

export default function BooksPage() {
  const { t } = useTranslation()
  const q = useQuery({
    queryKey: ['mental', 'books'],
    queryFn: () => get<MentalBooks>('/mental/book-recommendations'),
  })
  return (
    <div>
      <PageHeader title={t('books.title')} subtitle={q.data?.based_on_status ? t('books.basedOn', { status: t(`status.${q.data.based_on_status}`) }) : t('books.subtitle')} />
      <MentalNav />
      {q.isLoading ? (
        <div className="grid gap-3 sm:grid-cols-3">{[0, 1, 2].map((i) => <Skeleton key={i} className="h-56" />)}</div>
      ) : q.isError ? (
        q.error instanceof ApiError && q.error.status === 404 ? <EmptyState icon="📚" title={t('books.empty')} /> : <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data!.books.length === 0 ? (
        <EmptyState icon="📚" title={t('books.empty')} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-3">
          {q.data!.books.map((b) => (
            <li key={b.title} className="card flex flex-col">
              <div className="mb-3 flex h-24 items-center justify-center rounded-xl bg-gradient-to-br from-brand-100 to-amber-50 text-4xl" aria-hidden>📖</div>
              <span className="text-xs font-semibold text-brand-600">{b.category}</span>
              <h2 className="mt-0.5 font-bold">{b.title}</h2>
              <p className="text-xs text-ink-500">{b.author}</p>
              <p className="mt-2 text-sm text-ink-700">{b.description}</p>
              <p className="mt-auto pt-3 text-xs text-ink-500">💡 {b.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

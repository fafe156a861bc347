import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/ui'

export default function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <EmptyState icon="🧭" title={t('notFound.title')}>
      <Link to="/" className="btn-primary mt-3">{t('notFound.home')}</Link>
    </EmptyState>
  )
}

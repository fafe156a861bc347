import { useTranslation } from 'react-i18next'
import { Switch } from '../../components/ui'

/**
 * The persona's visibility to friends, said in words next to its switch: a new persona is visible to accepted
 * friends by default (issue 18), so the owner should see that right where the persona is made.
 */
export function PersonaVisibility({ isPublic, onChange, disabled }: { isPublic: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="space-y-2" data-testid="persona-visibility">
      <p role="note" className={`rounded-xl px-3 py-2 text-sm ${isPublic ? 'bg-brand-50 text-brand-800' : 'bg-black/5 text-ink-700'}`}>
        {isPublic ? `🤝 ${t('persona.friendsCanChat')}` : `🔒 ${t('persona.onlyYouCanChat')}`}
      </p>
      <Switch checked={isPublic} onChange={onChange} disabled={disabled} label={t('persona.public')} description={t('persona.publicHelp')} />
    </div>
  )
}

import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FieldError, FormError, Modal, Switch } from '../../components/ui'
import { put } from '../../lib/api'
import { TRAIT_CHOICES } from '../../lib/constants'
import type { Customization, Persona } from '../../lib/types'

const TONES = ['casual', 'formal', 'cute'] as const
const MAX_TRAITS = 10
const MAX_GREETING = 200

export default function CustomizeModal({ persona, open, onClose }: { persona: Persona; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const c = persona.customization ?? {}
  const [form, setForm] = useState<Customization>({
    tone: c.tone ?? 'casual',
    emoji: c.emoji ?? true,
    traits_override: c.traits_override ?? [],
    greeting: c.greeting ?? '',
  })
  const save = useMutation({
    mutationFn: () => put<Persona>('/personas/me/customize', form),
    onSuccess: (p) => {
      if (p && typeof p === 'object' && 'id' in p) qc.setQueryData(['persona', 'me'], p)
      qc.invalidateQueries({ queryKey: ['persona'] })
      onClose()
    },
  })
  const toggleTrait = (tr: string) => {
    const has = form.traits_override.includes(tr)
    if (!has && form.traits_override.length >= MAX_TRAITS) return
    setForm({ ...form, traits_override: has ? form.traits_override.filter((x) => x !== tr) : [...form.traits_override, tr] })
  }

  return (
    <Modal
      open={open}
      onClose={onClose}
      title={t('persona.customizeTitle')}
      footer={
        <>
          <button className="btn-ghost" onClick={onClose}>{t('common.cancel')}</button>
          <button className="btn-primary" onClick={() => save.mutate()} disabled={save.isPending || form.greeting.length > MAX_GREETING}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <div className="space-y-5">
        <fieldset>
          <legend className="label">{t('persona.tone')}</legend>
          <div role="radiogroup" aria-label={t('persona.tone')} className="grid grid-cols-3 gap-2">
            {TONES.map((tone) => (
              <label key={tone} className={`chip cursor-pointer justify-center ${form.tone === tone ? 'chip-on' : 'chip-off'}`}>
                <input type="radio" name="tone" value={tone} className="sr-only" checked={form.tone === tone} onChange={() => setForm({ ...form, tone })} />
                {t(`persona.tones.${tone}`)}
              </label>
            ))}
          </div>
          <FieldError error={save.error} field="tone" />
        </fieldset>
        <Switch checked={form.emoji ?? false} onChange={(emoji) => setForm({ ...form, emoji })} label={t('persona.emoji')} description={t('persona.emojiHelp')} />
        <fieldset>
          <legend className="label">
            {t('persona.traitsOverride')} <span className="text-xs text-ink-500">({form.traits_override.length}/{MAX_TRAITS})</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {TRAIT_CHOICES.map((tr) => {
              const on = form.traits_override.includes(tr)
              return (
                <button key={tr} type="button" aria-pressed={on} className={`chip ${on ? 'chip-on' : 'chip-off'}`} onClick={() => toggleTrait(tr)}
                  disabled={!on && form.traits_override.length >= MAX_TRAITS}>
                  {tr}
                </button>
              )
            })}
          </div>
          <FieldError error={save.error} field="traits_override" />
        </fieldset>
        <div>
          <label htmlFor="greeting" className="label">{t('persona.greeting')}</label>
          <textarea id="greeting" className="input min-h-20" maxLength={MAX_GREETING} value={form.greeting} onChange={(e) => setForm({ ...form, greeting: e.target.value })} placeholder={t('persona.greetingPlaceholder')} />
          <p className="mt-1 text-right text-xs text-ink-500 tabular-nums">{form.greeting.length}/{MAX_GREETING}</p>
          <FieldError error={save.error} field="greeting" />
        </div>
        <FormError error={save.error} />
      </div>
    </Modal>
  )
}

import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MOODS, WEATHERS } from '../lib/constants'

interface Option {
  key: string
  label: string
  emoji: string
}

/**
 * A single-choice chip group (WAI-ARIA radiogroup with roving tabindex). Arrow keys move and select,
 * Home/End jump, Space/Enter or a click on the selected chip clears it (mood and weather are optional).
 */
export function ChipGroup({
  options,
  value,
  onChange,
  label,
  i18nPrefix,
}: {
  options: readonly Option[]
  value: string | null
  onChange: (v: string | null) => void
  label: string
  i18nPrefix: 'mood' | 'weather'
}) {
  const { t } = useTranslation()
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const selectedIndex = options.findIndex((o) => o.key === value)
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0

  const move = (i: number) => {
    const n = (i + options.length) % options.length
    onChange(options[n].key)
    refs.current[n]?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        e.preventDefault()
        move(i + 1)
        break
      case 'ArrowLeft':
      case 'ArrowUp':
        e.preventDefault()
        move(i - 1)
        break
      case 'Home':
        e.preventDefault()
        move(0)
        break
      case 'End':
        e.preventDefault()
        move(options.length - 1)
        break
    }
  }

  return (
    <div role="radiogroup" aria-label={label} className="flex flex-wrap gap-2">
      {options.map((o, i) => {
        const on = o.key === value
        const text = t(`${i18nPrefix}.${o.key}`, { defaultValue: o.label })
        return (
          <button
            key={o.key}
            ref={(el) => {
              refs.current[i] = el
            }}
            type="button"
            role="radio"
            aria-checked={on}
            aria-label={text}
            tabIndex={i === focusIndex ? 0 : -1}
            className={`chip ${on ? 'chip-on' : 'chip-off'}`}
            onClick={() => onChange(on ? null : o.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span aria-hidden>{o.emoji}</span>
            <span>{text}</span>
          </button>
        )
      })}
    </div>
  )
}

export function MoodChips(props: { value: string | null; onChange: (v: string | null) => void; label?: string }) {
  const { t } = useTranslation()
  return <ChipGroup options={MOODS} i18nPrefix="mood" label={props.label ?? t('diary.mood')} {...props} />
}

export function WeatherChips(props: { value: string | null; onChange: (v: string | null) => void; label?: string }) {
  const { t } = useTranslation()
  return <ChipGroup options={WEATHERS} i18nPrefix="weather" label={props.label ?? t('diary.weather')} {...props} />
}

import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '../i18n'
import { MoodChips, WeatherChips } from './Chips'

function Harness({ kind, initial = null }: { kind: 'mood' | 'weather'; initial?: string | null }) {
  const [v, setV] = useState<string | null>(initial)
  const C = kind === 'mood' ? MoodChips : WeatherChips
  return (
    <>
      <C value={v} onChange={setV} />
      <output data-testid="value">{v ?? 'none'}</output>
    </>
  )
}

describe('mood and weather chips', () => {
  it('renders all ten moods with emoji and Korean label as radios', () => {
    render(<Harness kind="mood" />)
    const radios = screen.getAllByRole('radio')
    expect(radios).toHaveLength(10)
    expect(radios[0].textContent).toBe('😊행복')
    expect(screen.getByRole('radio', { name: '외로움' }).textContent).toContain('😔')
    expect(screen.getByRole('radiogroup', { name: '기분' })).toBeTruthy()
  })

  it('renders the seven weathers', () => {
    render(<Harness kind="weather" />)
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['맑음', '흐림', '비', '눈', '바람', '안개', '폭풍'])
  })

  it('selects on click and clears on a second click', async () => {
    const user = userEvent.setup()
    render(<Harness kind="mood" />)
    await user.click(screen.getByRole('radio', { name: '평온' }))
    expect(screen.getByTestId('value').textContent).toBe('calm')
    expect(screen.getByRole('radio', { name: '평온' }).getAttribute('aria-checked')).toBe('true')
    await user.click(screen.getByRole('radio', { name: '평온' }))
    expect(screen.getByTestId('value').textContent).toBe('none')
  })

  it('is keyboard usable: one tab stop, arrows move and select, wrapping, Space toggles', async () => {
    const user = userEvent.setup()
    render(<Harness kind="weather" />)
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1)
    await user.tab()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('맑음')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByTestId('value').textContent).toBe('cloudy')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('흐림')
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByTestId('value').textContent).toBe('stormy') // wrapped around
    await user.keyboard('{Home}')
    expect(screen.getByTestId('value').textContent).toBe('sunny')
    await user.keyboard(' ')
    expect(screen.getByTestId('value').textContent).toBe('none')
  })
})

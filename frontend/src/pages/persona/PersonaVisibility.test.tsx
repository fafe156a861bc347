import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '../../i18n'
import { PersonaVisibility } from './PersonaVisibility'

function Harness({ initial }: { initial: boolean }) {
  const [v, setV] = useState(initial)
  return <PersonaVisibility isPublic={v} onChange={setV} />
}

describe('persona visibility', () => {
  it('tells the owner in Korean that friends can chat with the persona, with the switch right there', async () => {
    render(<Harness initial={true} />)
    expect(screen.getByRole('note').textContent).toContain('친구들이 이 페르소나와 대화할 수 있어요')
    const sw = screen.getByRole('switch', { name: '친구에게 공개' })
    expect(sw.getAttribute('aria-checked')).toBe('true')
    await userEvent.click(sw)
    expect(sw.getAttribute('aria-checked')).toBe('false')
    expect(screen.getByRole('note').textContent).not.toContain('친구들이 이 페르소나와 대화할 수 있어요')
  })
})

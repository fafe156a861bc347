import { useQuery } from '@tanstack/react-query'
import { ApiError, get, post } from './api'
import type { Chat, Me, Page, Persona, PersonaStatus } from './types'

export const useMe = () => useQuery({ queryKey: ['me'], queryFn: () => get<Me>('/users/me'), staleTime: 60_000 })

export const usePersonaStatus = () =>
  useQuery({ queryKey: ['persona', 'status'], queryFn: () => get<PersonaStatus>('/personas/status') })

/** My persona, or null when none exists (asks /personas/me only when the status says one exists). */
export const useMyPersona = () => {
  const status = usePersonaStatus()
  const q = useQuery({
    queryKey: ['persona', 'me'],
    enabled: status.data?.has_persona === true,
    queryFn: async () => {
      try {
        return await get<Persona>('/personas/me')
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null
        throw e
      }
    },
  })
  if (status.data && !status.data.has_persona) return { ...q, data: null, isLoading: false, isError: false } as typeof q
  if (status.isError) return { ...q, isLoading: false, isError: true, error: status.error } as typeof q
  return { ...q, isLoading: q.isLoading || status.isLoading } as typeof q
}

/** Reuse the most recent chat with this persona, or create one. */
export async function openChatWith(personaId: number): Promise<Chat> {
  const list = await get<Page<Chat>>('/chats', { page: 1, per_page: 100 })
  const existing = list.items.find((c) => c.persona_id === personaId)
  if (existing) return existing
  return post<Chat>('/chats', { persona_id: personaId })
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

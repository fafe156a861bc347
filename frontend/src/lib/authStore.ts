import { create } from 'zustand'

export const REFRESH_KEY = 'dearme.refresh_token'

export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type?: string
  expires_in?: number
}

type Status = 'loading' | 'authed' | 'anon'

interface AuthState {
  /** Access token lives only in memory. */
  accessToken: string | null
  /** Refresh token is mirrored to localStorage so a reload stays logged in. */
  refreshToken: string | null
  status: Status
  setTokens: (t: TokenPair) => void
  clear: () => void
  setStatus: (s: Status) => void
}

function readRefresh(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY)
  } catch {
    return null
  }
}

export const useAuth = create<AuthState>((set) => ({
  accessToken: null,
  refreshToken: readRefresh(),
  status: readRefresh() ? 'loading' : 'anon',
  setTokens: (t) => {
    try {
      localStorage.setItem(REFRESH_KEY, t.refresh_token)
    } catch {
      /* storage unavailable: session lasts until reload */
    }
    set({ accessToken: t.access_token, refreshToken: t.refresh_token, status: 'authed' })
  },
  clear: () => {
    try {
      localStorage.removeItem(REFRESH_KEY)
    } catch {
      /* ignore */
    }
    set({ accessToken: null, refreshToken: null, status: 'anon' })
  },
  setStatus: (status) => set({ status }),
}))

import { create } from 'zustand'

/** Where an earlier version kept the refresh token; removed at start-up so no token lingers in storage. */
const LEGACY_REFRESH_KEY = 'dearme.refresh_token'

export interface TokenPair {
  access_token: string
  /** Only for non-browser clients; the web app's refresh token lives in an HttpOnly cookie it never reads. */
  refresh_token?: string | null
  token_type?: string
  expires_in?: number
}

type Status = 'loading' | 'authed' | 'anon'

interface AuthState {
  /** The access token lives only in memory; a reload gets a new one from the refresh cookie. */
  accessToken: string | null
  status: Status
  setTokens: (t: TokenPair) => void
  clear: () => void
  setStatus: (s: Status) => void
}

try {
  localStorage.removeItem(LEGACY_REFRESH_KEY)
} catch {
  /* storage unavailable */
}

export const useAuth = create<AuthState>((set) => ({
  accessToken: null,
  status: 'loading',
  setTokens: (t) => set({ accessToken: t.access_token, status: 'authed' }),
  clear: () => set({ accessToken: null, status: 'anon' }),
  setStatus: (status) => set({ status }),
}))

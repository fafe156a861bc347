import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import Layout from './components/Layout'
import { Loading } from './components/ui'
import { ApiError, bootstrapAuth, setLanguageProvider } from './lib/api'
import { useAuth } from './lib/authStore'

const pages = {
  Login: lazy(() => import('./pages/auth/LoginPage')),
  Register: lazy(() => import('./pages/auth/RegisterPage')),
  VerifyEmail: lazy(() => import('./pages/auth/VerifyEmailPage')),
  ForgotPassword: lazy(() => import('./pages/auth/ForgotPasswordPage')),
  ResetPassword: lazy(() => import('./pages/auth/ResetPasswordPage')),
  Home: lazy(() => import('./pages/HomePage')),
  DiaryList: lazy(() => import('./pages/diary/DiaryListPage')),
  DiaryNew: lazy(() => import('./pages/diary/DiaryNewPage')),
  DiaryDetail: lazy(() => import('./pages/diary/DiaryDetailPage')),
  DiaryStats: lazy(() => import('./pages/diary/DiaryStatsPage')),
  Persona: lazy(() => import('./pages/persona/PersonaPage')),
  Chat: lazy(() => import('./pages/persona/ChatPage')),
  Friends: lazy(() => import('./pages/FriendsPage')),
  Notifications: lazy(() => import('./pages/NotificationsPage')),
  Mental: lazy(() => import('./pages/mental/MentalPage')),
  MentalBooks: lazy(() => import('./pages/mental/BooksPage')),
  MentalReports: lazy(() => import('./pages/mental/ReportsPage')),
  Premium: lazy(() => import('./pages/PremiumPage')),
  Quiz: lazy(() => import('./pages/QuizPage')),
  Settings: lazy(() => import('./pages/SettingsPage')),
  AdminOps: lazy(() => import('./pages/AdminOpsPage')),
  Legal: lazy(() => import('./pages/LegalPage')),
  NotFound: lazy(() => import('./pages/NotFoundPage')),
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
})

function RequireAuth({ children }: { children: ReactNode }) {
  const status = useAuth((s) => s.status)
  const location = useLocation()
  if (status === 'loading') return <Loading />
  if (status !== 'authed') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  return <>{children}</>
}

function PublicOnly({ children }: { children: ReactNode }) {
  const status = useAuth((s) => s.status)
  if (status === 'loading') return <Loading />
  if (status === 'authed') return <Navigate to="/" replace />
  return <>{children}</>
}

export default function App() {
  const { i18n } = useTranslation()
  const status = useAuth((s) => s.status)
  useEffect(() => {
    setLanguageProvider(() => i18n.language)
  }, [i18n])
  useEffect(() => {
    bootstrapAuth()
  }, [])
  useEffect(() => {
    if (status === 'anon') queryClient.clear()
  }, [status])

  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/login" element={<PublicOnly><pages.Login /></PublicOnly>} />
            <Route path="/register" element={<PublicOnly><pages.Register /></PublicOnly>} />
            <Route path="/verify-email" element={<pages.VerifyEmail />} />
            <Route path="/forgot-password" element={<pages.ForgotPassword />} />
            <Route path="/reset-password" element={<pages.ResetPassword />} />
            <Route path="/privacy" element={<pages.Legal kind="privacy" />} />
            <Route path="/terms" element={<pages.Legal kind="terms" />} />
            <Route path="/payment-policy" element={<pages.Legal kind="payment" />} />
            <Route element={<RequireAuth><Layout /></RequireAuth>}>
              <Route index element={<pages.Home />} />
              <Route path="/diaries" element={<pages.DiaryList />} />
              <Route path="/diaries/new" element={<pages.DiaryNew />} />
              <Route path="/diaries/stats" element={<pages.DiaryStats />} />
              <Route path="/diaries/:id" element={<pages.DiaryDetail />} />
              <Route path="/persona" element={<pages.Persona />} />
              <Route path="/persona/chat/:id" element={<pages.Chat />} />
              <Route path="/friends" element={<pages.Friends />} />
              <Route path="/notifications" element={<pages.Notifications />} />
              <Route path="/mental" element={<pages.Mental />} />
              <Route path="/mental/books" element={<pages.MentalBooks />} />
              <Route path="/mental/reports" element={<pages.MentalReports />} />
              <Route path="/premium" element={<pages.Premium />} />
              <Route path="/quiz" element={<pages.Quiz />} />
              <Route path="/settings" element={<pages.Settings />} />
              <Route path="/admin/ops" element={<pages.AdminOps />} />
              <Route path="*" element={<pages.NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  )
}

// The web app's API types: aliases over the types generated from the server's OpenAPI document
// (src/lib/api.gen.ts, made by tools/openapi-gen from openapi.json, which OpenApiContractIT keeps equal to
// /v3/api-docs). Nothing here is written by hand except generic helpers over the generated shapes.
import type { components } from './api.gen'

type Schemas = components['schemas']

/** Every paged list has this envelope (SPEC §1); the item type is the caller's. */
export type Page<T> = Omit<Schemas['DiaryPage'], 'items'> & { items: T[] }

export type PersonaLevel = NonNullable<Schemas['PersonaView']['level']>
export type Me = Schemas['UserMe']
export type PublicProfile = Schemas['PublicProfile']
export type Diary = Schemas['Diary']
export type DiaryStats = Schemas['DiaryStats']
export type CalendarResponse = Schemas['DiaryCalendar']
export type WeeklyInsight = Schemas['DiaryWeeklyInsight']
export type Customization = Schemas['PersonaCustomization']
export type Persona = Schemas['PersonaView']
export type PersonaStatus = Schemas['PersonaStatus']
export type PersonaLevelInfo = Schemas['QuizLevel']
export type Chat = Schemas['ChatView']
export type Message = Schemas['ChatMessage']
export type AppNotification = Schemas['NotificationView']
export type FriendRequest = Schemas['FriendRequest']
export type Analysis = Schemas['MentalAnalysisItem']
export type Feedback = Schemas['Feedback']
export type Report = Schemas['ReportView']
export type Book = Schemas['MentalBook']
export type Plan = Schemas['SubscriptionPlan']
export type SubscriptionStatus = Schemas['SubscriptionStatus']
export type Usage = Schemas['SubscriptionUsage']
export type Session = Schemas['AuthSessionView']
export type Friend = Schemas['Friend']
export type FriendList = Schemas['FriendList']
export type MentalCurrent = Schemas['MentalCurrent']
export type MentalRadar = Schemas['MentalRadar']
export type MentalHistory = Schemas['MentalHistory']
export type MentalNegativeTrend = Schemas['MentalNegativeTrend']
export type MentalBooks = Schemas['MentalBooks']
export type NotificationPage = Schemas['NotificationPage']
export type UnreadCount = Schemas['NotificationUnreadCount']
export type Plans = Schemas['SubscriptionPlans']
export type SessionList = Schemas['AuthSessionList']
export type FriendRequestList = Schemas['FriendRequestList']
export type RecommendationList = Schemas['FriendRecommendationList']
export type ChatMessages = Schemas['ChatMessages']
export type Prompts = Schemas['DiaryPrompts']


// ---- ops page (GET /api/v1/admin/ops/overview | advice | history); null = not measured ----
// Still written by hand: these figures are null when not measured, and the OpenAPI document does not yet carry
// nullability, so the generated OpsOverview/OpsAdvice/OpsHistory would type them as always present.
export interface OpsAiTotals { calls: number; failures: number; tokens_in: number; tokens_out: number; cost_usd: number }
export interface OpsOverview {
  dau: number
  wau: number
  mau: number
  diaries_today: number
  ai: { today: OpsAiTotals; month_to_date: OpsAiTotals }
  http: { requests_per_second: number | null; p95_ms: number | null; error_rate: number | null; in_flight: number | null; window_seconds: number | null }
  db_pool: { name: string | null; active: number | null; idle: number | null; max: number | null; waiting: number | null }
  caches: Record<string, { hit_ratio: number | null; size: number | null; requests: number | null }>
  jobs: { queue_depth: number; running: number; failed_24h: number; done_24h: number }
  replica_lag_seconds: number | null
  instances: number | null
  generated_at: string
}
export type OpsCheckState = 'on' | 'off' | 'unknown'
export interface OpsChecklistItem { key: string; label: string; active: boolean; detail: string; state: OpsCheckState; evidence: string }
export interface OpsAdvice {
  phase: { current: number; name: string; dau: number; next_threshold: number | null; reason: string }
  checklist: OpsChecklistItem[]
  bottlenecks: { kind: string; component: string; metric: string; value: number; note: string; count: number; max_ms: number | null }[]
  cost: {
    measured: { ai_month_to_date_usd: number; days_elapsed: number; ai_projected_month_usd: number; dau: number; ai_usd_per_dau_month: number | null }
    phases: { phase: number; name: string; reference_dau: number; infrastructure_usd_per_month: number; ai_usd_per_month: number | null; total: number }[]
    assumptions: string
  }
  generated_at: string
}
export interface OpsPoint {
  at_ms: number
  requests_per_second: number | null
  p95_ms: number | null
  error_rate: number | null
  in_flight: number | null
  pool_active: number | null
  pool_idle: number | null
  pool_pending: number | null
  pool_max: number | null
  cache_hit_ratio: number | null
  cache_hits: number
  cache_requests: number
  job_queue_depth: number | null
  job_oldest_queued_age_seconds: number | null
  ai_calls: number
  ai_tokens: number
  ai_cost_usd: number
}
export interface OpsHistory { instance: string; interval_seconds: number; capacity: number; points: OpsPoint[] }

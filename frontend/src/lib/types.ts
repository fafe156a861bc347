export interface Page<T> {
  items: T[]
  total: number
  page: number
  per_page: number
}

export interface Me {
  id: number
  email: string
  username: string
  profile_image: string | null
  timezone: string
  rag_context_level: 'minimal' | 'standard' | 'detailed'
  locale: 'ko' | 'en'
  email_verified: boolean
  role: string
  created_at: string
  reminder_enabled?: boolean
  reminder_time?: string | null
}

export interface PublicProfile {
  id: number
  username: string
  profile_image: string | null
  has_public_persona: boolean
  persona_name?: string | null
}

export interface Diary {
  id: number
  title: string
  content: string
  mood: string | null
  weather: string | null
  diary_date: string
  is_private: boolean
  created_at: string
  updated_at: string
}

export interface DiaryStats {
  total_count: number
  current_streak: number
  longest_streak: number
  mood_distribution: Record<string, number>
  monthly_count: Record<string, number>
  weekly_average: number
}

export interface CalendarResponse {
  year: number
  month: number
  items: { diary_date: string; mood: string | null; diary_id: number }[]
}

export interface WeeklyInsight {
  diary_count: number
  positive_ratio: number | null
  positive_ratio_change: number | null
  current_streak: number
  summary: string | null
  last_diary_date: string | null
  dominant_mood: string | null
}

export interface Customization {
  tone: 'formal' | 'casual' | 'cute'
  emoji: boolean
  traits_override: string[]
  greeting: string
}

export type PersonaLevel = 'temporary' | 'basic' | 'complete'

export interface Persona {
  id: number
  user_id: number
  name: string
  personality: string
  traits: string[]
  interests: string[]
  speaking_style: string
  summary: string
  is_public: boolean
  customization: Partial<Customization> | null
  level: PersonaLevel
  generated_from?: { diary_count: number; until_date: string | null } | null
  created_at: string
  updated_at: string
}

export interface PersonaStatus {
  diary_count: number
  required_count: number
  can_generate: boolean
  has_persona: boolean
  level: PersonaLevel | null
  job: { id: number; status: string } | null
}

export interface PersonaLevelInfo {
  current_level: PersonaLevel | null
  level_name: string | null
  diary_count: number
  next_level: PersonaLevel | null
  diaries_needed: number
  progress_percent: number
}

export interface Chat {
  id: number
  persona_id: number
  persona_name: string
  is_own_persona: boolean
  title: string | null
  last_message_at: string | null
  created_at: string
}

export interface Message {
  id: number
  chat_id: number
  role: 'user' | 'persona'
  content: string
  created_at: string
}

export interface AppNotification {
  id: number
  type: string
  title: string
  content: string
  is_read: boolean
  related_type: string | null
  related_id: number | null
  created_at: string
}

export interface FriendRequest {
  id: number
  requester?: PublicProfile
  addressee?: PublicProfile
  requester_id?: number
  addressee_id?: number
  status: string
  created_at: string
}

export interface Analysis {
  id: number
  diary_id: number
  analysis_date: string
  emotional_stability: number
  vitality: number
  self_esteem: number
  positivity: number
  social_connection: number
  resilience: number
  overall_status: 'good' | 'neutral' | 'concerning' | 'critical'
  summary?: string
  created_at: string
}

export interface Feedback {
  status_label: string
  message: string
  encouragement: string
  suggestion?: string | null
  emoji: string
  resources?: { name: string; phone: string; description?: string }[]
}

export interface Report {
  id: number
  report_type: 'weekly' | 'monthly'
  period_start: string
  period_end: string
  averages: Record<string, number>
  trend: Record<string, number | string> | null
  insights: string[]
  recommendations: string[]
  daily_scores: ({ date?: string; analysis_date?: string } & Record<string, number | string>)[]
}

export interface Book {
  title: string
  author: string
  category: string
  description: string
  reason: string
}

export interface Plan {
  id: string
  name: string
  price: number
  currency: string
  period_days: number
  features: string[]
}

export interface SubscriptionStatus {
  is_premium: boolean
  plan: string
  status: string
  expires_at: string | null
  cancelled_at: string | null
  days_remaining: number | null
  in_grace_period: boolean
}

export interface Usage {
  is_premium: boolean
  plan: string
  daily_chat_messages: { used: number; limit: number | null; remaining: number | null }
  friends: { count: number; limit: number | null }
}

export interface Session {
  id: number
  created_at: string
  last_used_at: string | null
  user_agent: string | null
  ip: string | null
  current: boolean
}

// ---- ops page (GET /api/v1/admin/ops/overview | advice | history); null = not measured ----
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

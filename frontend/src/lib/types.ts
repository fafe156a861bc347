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
export type OpsAiTotals = Schemas['OpsAiTotals']
export type OpsOverview = Schemas['OpsOverview']
export type OpsChecklistItem = Schemas['OpsChecklistItem']
export type OpsCheckState = OpsChecklistItem['state']
export type OpsAdvice = Schemas['OpsAdvice']
export type OpsPoint = Schemas['OpsPoint']
export type OpsHistory = Schemas['OpsHistory']

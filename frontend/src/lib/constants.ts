// SPEC §15 constants. Keys are the API values; labels are Korean (English via i18n `mood.*`, `weather.*`).
export const MOODS = [
  { key: 'happy', label: '행복', emoji: '😊' },
  { key: 'sad', label: '슬픔', emoji: '😢' },
  { key: 'angry', label: '화남', emoji: '😠' },
  { key: 'anxious', label: '불안', emoji: '😰' },
  { key: 'calm', label: '평온', emoji: '😌' },
  { key: 'excited', label: '설렘', emoji: '🥰' },
  { key: 'tired', label: '피곤', emoji: '😫' },
  { key: 'grateful', label: '감사', emoji: '🙏' },
  { key: 'lonely', label: '외로움', emoji: '😔' },
  { key: 'hopeful', label: '희망', emoji: '✨' },
] as const

export const WEATHERS = [
  { key: 'sunny', label: '맑음', emoji: '☀️' },
  { key: 'cloudy', label: '흐림', emoji: '☁️' },
  { key: 'rainy', label: '비', emoji: '🌧️' },
  { key: 'snowy', label: '눈', emoji: '❄️' },
  { key: 'windy', label: '바람', emoji: '💨' },
  { key: 'foggy', label: '안개', emoji: '🌫️' },
  { key: 'stormy', label: '폭풍', emoji: '⛈️' },
] as const

export type Mood = (typeof MOODS)[number]['key']
export type Weather = (typeof WEATHERS)[number]['key']

export const moodEmoji = (m?: string | null) => MOODS.find((x) => x.key === m)?.emoji ?? ''
export const weatherEmoji = (w?: string | null) => WEATHERS.find((x) => x.key === w)?.emoji ?? ''

export const POSITIVE_MOODS: readonly string[] = ['happy', 'excited', 'grateful', 'hopeful', 'calm']

export const AXES = [
  { key: 'emotional_stability', label: '정서 안정성' },
  { key: 'vitality', label: '활력' },
  { key: 'self_esteem', label: '자존감' },
  { key: 'positivity', label: '긍정성' },
  { key: 'social_connection', label: '사회적 연결' },
  { key: 'resilience', label: '회복탄력성' },
] as const
export type Axis = (typeof AXES)[number]['key']

export const PERSONA_LEVELS = {
  temporary: '임시 페르소나',
  basic: '기본 페르소나',
  complete: '완전한 페르소나',
} as const

export const TRAIT_CHOICES = [
  '외향적', '내향적', '감성적', '이성적', '유머러스', '진지함',
  '따뜻함', '차가움', '낙관적', '현실적', '모험적', '신중함',
] as const

export const CRISIS_RESOURCES = [
  { name: '자살예방상담전화', phone: '109' },
  { name: '정신건강위기상담', phone: '1577-0199' },
  { name: '응급', phone: '119' },
] as const

export const MAX_DIARY_CONTENT = 20000
export const MAX_TITLE = 200

export const TIMEZONES = [
  'Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Bangkok', 'Asia/Kolkata',
  'Asia/Dubai', 'Australia/Sydney', 'Pacific/Auckland', 'Europe/London', 'Europe/Paris',
  'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
  'America/Vancouver', 'America/Sao_Paulo', 'Pacific/Honolulu', 'UTC',
]

/** Chart animations off when the user prefers reduced motion. */
export const chartAnimation =
  typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches

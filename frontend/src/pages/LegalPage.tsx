import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Logo, LangSwitch } from '../components/Layout'

type Kind = 'privacy' | 'terms' | 'payment'
type Doc = { title: string; sections: [string, string][] }

const KO: Record<Kind, Doc> = {
  privacy: {
    title: '개인정보 처리방침',
    sections: [
      ['1. 수집하는 정보', '이메일, 사용자 이름, 비밀번호(암호화 저장), 작성한 일기와 대화, 시간대·언어 설정, 접속 기록(IP, 기기 정보)을 수집합니다.'],
      ['2. 이용 목적', '일기 서비스 제공, 페르소나 생성과 대화, 마음 상태 분석과 리포트, 알림 발송, 부정 이용 방지에 사용합니다. 광고 목적으로 사용하거나 판매하지 않습니다.'],
      ['3. 비공개 일기', '비공개로 표시한 일기는 본인의 통계와 마음 분석에만 쓰이며, 페르소나 생성이나 다른 사람이 볼 수 있는 어떤 기능에도 사용되지 않습니다. 친구는 서로의 일기를 읽을 수 없습니다.'],
      ['4. 보관과 파기', '회원 탈퇴 시 일기, 페르소나, 대화, 분석, 친구 관계, 알림, 세션이 즉시 삭제됩니다. 법령상 보관 의무가 있는 결제 기록은 해당 기간 동안만 보관합니다.'],
      ['5. 이용자의 권리', '설정 화면에서 언제든 내 데이터를 JSON 또는 Markdown으로 내려받고, 정보를 수정하거나 계정을 삭제할 수 있습니다.'],
      ['6. 문의', '개인정보 관련 문의는 서비스 내 고객센터로 보내주세요.'],
    ],
  },
  terms: {
    title: '이용약관',
    sections: [
      ['1. 서비스', '디어미는 일기를 쓰고, 일기를 바탕으로 나를 닮은 AI 페르소나와 대화하며, 마음 상태를 돌아볼 수 있는 서비스입니다.'],
      ['2. AI 페르소나', '페르소나는 AI가 만든 캐릭터이며 실제 사람이나 상담사가 아닙니다. 페르소나의 답변은 의료·법률·심리 상담을 대신하지 않습니다. 위기 상황에서는 자살예방상담전화 109, 정신건강위기상담 1577-0199, 응급 119에 연락하세요.'],
      ['3. 계정', '이용자는 자신의 계정 정보를 안전하게 관리해야 하며, 타인의 계정을 사용해서는 안 됩니다.'],
      ['4. 이용자 콘텐츠', '작성한 일기의 권리는 이용자에게 있습니다. 서비스는 기능 제공에 필요한 범위에서만 콘텐츠를 처리합니다.'],
      ['5. 금지 행위', '타인을 괴롭히거나 불법적인 내용을 게시하는 행위, 서비스를 방해하는 행위를 금지합니다.'],
      ['6. 변경', '약관이 바뀌면 시행 7일 전에 서비스 안에서 알려드립니다.'],
    ],
  },
  payment: {
    title: '결제 및 환불 정책',
    sections: [
      ['1. 요금제', '무료: 하루 5회 페르소나 대화, 친구 3명. 프리미엄 월간 ₩4,900(30일), 연간 ₩39,900(365일): 대화와 친구 수 제한이 없습니다.'],
      ['2. 연장', '프리미엄 이용 중 다시 결제하면 남은 기간 뒤에 이어서 연장되며, 기간이 줄어들지 않습니다.'],
      ['3. 해지', '해지하더라도 이미 결제한 기간이 끝날 때까지 프리미엄을 이용할 수 있으며, 다음 결제는 이루어지지 않습니다.'],
      ['4. 환불', '결제 후 7일 이내이고 프리미엄 기능을 사용하지 않았다면 전액 환불됩니다. 그 밖의 경우 관련 법령에 따라 남은 기간만큼 환불합니다.'],
      ['5. 테스트 모드', '현재는 테스트 모드로 운영되어 실제 결제 없이 프리미엄이 바로 적용됩니다.'],
    ],
  },
}

const EN: Record<Kind, Doc> = {
  privacy: {
    title: 'Privacy policy',
    sections: [
      ['1. What we collect', 'E-mail, username, password (stored hashed), your diaries and chats, time zone and language settings, access logs (IP, device).'],
      ['2. Why', 'To run the diary, build your persona and chat with it, analyse mood and write reports, send notifications, and prevent abuse. We never sell your data or use it for ads.'],
      ['3. Private diaries', 'Private diaries are used only for your own stats and mood analysis — never for your persona or anything others can see. Friends never read each other’s diaries.'],
      ['4. Retention', 'Deleting your account removes diaries, persona, chats, analyses, friendships, notifications and sessions at once.'],
      ['5. Your rights', 'Export your data as JSON or Markdown, edit it, or delete your account at any time in Settings.'],
    ],
  },
  terms: {
    title: 'Terms of service',
    sections: [
      ['1. Service', 'DearMe lets you keep a diary, chat with an AI persona built from it, and reflect on your wellbeing.'],
      ['2. AI persona', 'The persona is an AI character, not a person or a counsellor, and does not replace professional help. In a crisis call 109, 1577-0199 or 119 (Korea).'],
      ['3. Your content', 'You own your diaries. We process them only to provide the features.'],
      ['4. Conduct', 'No harassment, illegal content or disruption of the service.'],
    ],
  },
  payment: {
    title: 'Payment & refund policy',
    sections: [
      ['1. Plans', 'Free: 5 persona messages a day, 3 friends. Premium monthly ₩4,900 (30 days), yearly ₩39,900 (365 days): unlimited.'],
      ['2. Extension', 'Buying again while premium extends after the current period; it is never shortened.'],
      ['3. Cancel', 'After cancelling, premium stays until the paid period ends.'],
      ['4. Refunds', 'Full refund within 7 days if premium features were not used; otherwise pro rata as the law requires.'],
      ['5. Test mode', 'Currently in test mode: premium is granted at once without payment.'],
    ],
  },
}

export default function LegalPage({ kind }: { kind: Kind }) {
  const { i18n, t } = useTranslation()
  const doc = (i18n.language === 'en' ? EN : KO)[kind]
  return (
    <div className="min-h-dvh">
      <header className="border-b border-black/5 bg-white">
        <div className="mx-auto flex h-16 max-w-3xl items-center justify-between px-4">
          <Logo />
          <LangSwitch />
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-8">
        <article className="card p-6 sm:p-8">
          <h1 className="page-title">{doc.title}</h1>
          <p className="mt-1 text-xs text-ink-500">{t('legal.effective')}</p>
          {doc.sections.map(([h, body]) => (
            <section key={h} className="mt-6">
              <h2 className="font-bold">{h}</h2>
              <p className="mt-1 leading-relaxed text-ink-700">{body}</p>
            </section>
          ))}
        </article>
        <nav aria-label={t('nav.legal')} className="mt-6 flex gap-4 text-sm text-ink-500">
          <Link to="/privacy">{t('legal.privacy')}</Link>
          <Link to="/terms">{t('legal.terms')}</Link>
          <Link to="/payment-policy">{t('legal.payment')}</Link>
          <Link to="/" className="ml-auto">{t('notFound.home')}</Link>
        </nav>
      </main>
    </div>
  )
}

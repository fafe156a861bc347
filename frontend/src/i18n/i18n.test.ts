import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import i18n from './index'
import ko from './ko'
import en from './en'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}
const base = (k: string) => k.replace(/_(one|other|zero|two|few|many)$/, '')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : []
  })
}

describe('i18n', () => {
  it('defaults to Korean', () => {
    expect(i18n.language).toBe('ko')
    expect(i18n.t('nav.home')).toBe('홈')
    expect(i18n.t('mood.happy')).toBe('행복')
  })

  it('switches to English and back', async () => {
    await i18n.changeLanguage('en')
    expect(i18n.t('nav.home')).toBe('Home')
    expect(i18n.t('diary.totalCount', { count: 1 })).toBe('1 entry')
    expect(i18n.t('diary.totalCount', { count: 3 })).toBe('3 entries')
    await i18n.changeLanguage('ko')
    expect(i18n.t('diary.totalCount', { count: 3 })).toBe('모두 3편')
  })

  it('has the same keys in ko and en', () => {
    const k = new Set(keys(ko).map(base))
    const e = new Set(keys(en).map(base))
    expect([...k].filter((x) => !e.has(x))).toEqual([])
    expect([...e].filter((x) => !k.has(x))).toEqual([])
  })

  it('defines every static key used in the source', () => {
    const defined = new Set(keys(ko).map(base))
    const used = new Set<string>()
    for (const f of sourceFiles(join(__dirname, '..'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(100)
    expect([...used].filter((k) => !defined.has(k))).toEqual([])
  })
})

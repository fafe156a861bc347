import { api, toApiError } from './api'

function filenameFrom(res: Response, fallback: string): string {
  const cd = res.headers.get('Content-Disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(cd)
  return plain ? plain[1] : fallback
}

/** Download an authorized resource via fetch + Blob (the token stays in the header, not the URL). */
export async function downloadAuthed(path: string, fallbackName: string): Promise<string> {
  const res = await api.fetchAuthed(path)
  if (!res.ok) throw await toApiError(res)
  const blob = await res.blob()
  const name = filenameFrom(res, fallbackName)
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return name
}

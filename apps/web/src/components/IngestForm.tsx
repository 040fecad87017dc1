'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

/**
 * Paste a text or upload a file, with optional title, date and source. The server answers with
 * the article's id (new or already stored) and the page opens it; errors are shown as sent.
 */
export function IngestForm({ needsToken, maxBytesLabel }: { needsToken: boolean; maxBytesLabel: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const token = String(form.get('token') ?? '').trim()
    form.delete('token')
    const file = form.get('file')
    if (file instanceof File && file.size === 0) form.delete('file')
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      const res = await fetch('/api/articles', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} })
      const body = (await res.json().catch(() => ({}))) as { status?: string; id?: number; url?: string; error?: string }
      if (!res.ok || !body.url) {
        setError(body.error ?? `the server answered ${res.status}`)
        return
      }
      if (body.status === 'duplicate') setNotice('This text is already stored: opening the existing article.')
      router.push(body.url)
    } catch {
      setError('the server could not be reached')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label="Ingest an article" method="post" action="/api/articles" encType="multipart/form-data">
      <div className="form-grid">
        <label>
          Title (optional)
          <input name="title" maxLength={1000} placeholder="taken from the file when empty" />
        </label>
        <label>
          Publication date (optional)
          <input name="publishedAt" type="date" />
        </label>
        <label>
          Source (optional)
          <input name="source" maxLength={500} placeholder="e.g. Le Monde" />
        </label>
        <label>
          URL (optional)
          <input name="url" type="url" maxLength={2048} placeholder="https://…" />
        </label>
        <label>
          Language
          <select name="lang" defaultValue="">
            <option value="">detect</option>
            <option value="fr">French</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div className="field section-gap">
        <label htmlFor="ingest-text">Text</label>
        <textarea id="ingest-text" name="text" placeholder="Paste the article here…" />
      </div>
      <div className="form-grid section-gap">
        <label>
          …or upload a file (.txt, .html; up to {maxBytesLabel})
          <input name="file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" />
        </label>
        {needsToken ? (
          <label>
            Access token (NEWSLENS_TOKEN)
            <input name="token" type="password" autoComplete="off" required />
          </label>
        ) : null}
      </div>
      <p>
        <button type="submit" disabled={busy}>
          {busy ? 'Analysing…' : 'Analyse and save'}
        </button>
      </p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="ok" role="status">
          {notice}
        </p>
      ) : null}
    </form>
  )
}

'use client'
import { useState } from 'react'

/** Deletes the article after confirmation; asks for the server token when the server wants one. */
export function DeleteArticleButton({ id }: { id: number }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function onClick() {
    if (!window.confirm('Delete this article and its analysis?')) return
    setBusy(true)
    setError(null)
    try {
      let res = await fetch(`/api/articles/${id}`, { method: 'DELETE', headers: tokenHeader(sessionStorage.getItem('newslens-token')) })
      if (res.status === 401) {
        const token = window.prompt('This server needs its access token (NEWSLENS_TOKEN) to delete:')
        if (!token) return
        sessionStorage.setItem('newslens-token', token)
        res = await fetch(`/api/articles/${id}`, { method: 'DELETE', headers: tokenHeader(token) })
      }
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string }
        setError(body.error ?? `delete failed (${res.status})`)
        return
      }
      window.location.assign('/articles')
    } catch {
      setError('the server could not be reached')
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="danger" onClick={onClick} disabled={busy}>
        {busy ? 'Deleting…' : 'Delete'}
      </button>
      {error ? <span role="alert" className="sent neg">{error}</span> : null}
    </>
  )
}

function tokenHeader(token: string | null): HeadersInit {
  return token ? { authorization: `Bearer ${token}` } : {}
}

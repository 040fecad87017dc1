'use client'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div data-error-page="">
      <h1>Something went wrong</h1>
      <p className="alert" role="alert">
        The page could not be built{error.digest ? ` (error ${error.digest}, see the server log)` : ''}.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}

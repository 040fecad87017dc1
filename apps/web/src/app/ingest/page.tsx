import type { Metadata } from 'next'
import { connection } from 'next/server'
import { IngestForm } from '@/components/IngestForm'
import { accessConfig, tokenRequired } from '@/lib/access'
import { describeLimit } from '@/lib/ingest-request'

export const metadata: Metadata = { title: 'Ingest' }

export default async function IngestPage() {
  await connection() // the token requirement and size limit are read at request time
  return (
    <>
      <h1>Ingest an article</h1>
      <p className="lead">
        The text is analysed (language, entities, themes, sentiment, terms) and stored; the article page opens when it is done. The same text
        ingested twice is kept once.
      </p>
      <section className="card" aria-label="Ingest form">
        <IngestForm needsToken={tokenRequired(accessConfig())} maxBytesLabel={describeLimit()} />
      </section>
    </>
  )
}

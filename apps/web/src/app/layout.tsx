import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { NavLinks } from '@/components/NavLinks'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'NewsLens', template: '%s · NewsLens' },
  description: 'News articles as terms, entities, sentiment and themes.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <a className="brand" href="/">
              NewsLens
            </a>
            <NavLinks />
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}

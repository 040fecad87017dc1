'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

const LINKS = [
  { href: '/', label: 'Overview' },
  { href: '/articles', label: 'Articles' },
  { href: '/entities', label: 'Entities' },
  { href: '/ingest', label: 'Ingest' },
] as const

export function NavLinks() {
  const path = usePathname()
  return (
    <>
      {LINKS.map((l) => {
        const active = l.href === '/' ? path === '/' : path.startsWith(l.href)
        return (
          <Link key={l.href} href={l.href} aria-current={active ? 'page' : undefined}>
            {l.label}
          </Link>
        )
      })}
    </>
  )
}

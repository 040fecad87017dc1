import { NextResponse, type NextRequest } from 'next/server'

/**
 * A path with a broken percent-encoding (`/terms/%E0%A4%A`) cannot name anything: answer 400
 * instead of letting the router fail on it with a 500.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address has a malformed percent-encoding.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return undefined
}

export const config = {
  matcher: ['/terms/:path*', '/articles/:path*', '/entities/:path*', '/api/:path*', '/export/:path*'],
}

import type { NextConfig } from 'next'

const config: NextConfig = {
  // workspace packages ship TypeScript source: they are compiled into the server bundle
  transpilePackages: ['@newslens/analysis', '@newslens/ingest', '@newslens/store'],
  // Node-only libraries with native bindings or dynamic requires stay plain Node modules
  serverExternalPackages: ['@libsql/client', 'libsql', 'pg', 'drizzle-orm', 'linkedom', '@mozilla/readability'],
  poweredByHeader: false,
  reactStrictMode: true,
  // type checking is its own task (pnpm typecheck, run by CI), so builds and the quick start skip a second pass
  typescript: { ignoreBuildErrors: true },
  async headers() {
    // defence in depth against stored markup: no inline script from content can run, no framing
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ]
  },
}

export default config

/**
 * Last line of defence for the access rule: however it was launched, a production server that
 * listens beyond loopback without NEWSLENS_TOKEN stops before serving a request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseUnsafeListen } = await import('./lib/startup-guard')
    refuseUnsafeListen()
  }
}

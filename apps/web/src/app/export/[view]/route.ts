import { toCsv } from '@/lib/csv'
import { buildExport, isExportView } from '@/lib/exports'
import { jsonError } from '@/lib/http-body'
import type { SearchParams } from '@/lib/params'
import { getStore } from '@/lib/store'

/** GET /export/<view>?<the page's parameters>: the CSV of what that chart or table shows */
export async function GET(request: Request, ctx: RouteContext<'/export/[view]'>): Promise<Response> {
  const { view } = await ctx.params
  if (!isExportView(view)) return jsonError(404, `no export named "${String(view).slice(0, 40)}"`)
  const sp: SearchParams = Object.fromEntries(new URL(request.url).searchParams)
  const table = await buildExport(view, await getStore(), sp)
  if (!table) return jsonError(404, 'nothing to export for these parameters')
  return new Response('\uFEFF' + toCsv(table.header, table.rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${table.filename.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  })
}

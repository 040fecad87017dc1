import type { ReactNode } from 'react'
import { InfoTip } from './InfoTip'

export function Tile({ label, value, how }: { label: string; value: ReactNode; how: string }) {
  return (
    <div className="tile">
      <div className="label">
        {label} <InfoTip text={how} />
      </div>
      <div className="value">{value}</div>
    </div>
  )
}

/** A focusable "i" whose tooltip says how a metric is computed (CSS only, no script). */
export function InfoTip({ text, align }: { text: string; align?: 'left' }) {
  return (
    <span className={`info${align === 'left' ? ' tip-left' : ''}`} tabIndex={0} role="note" aria-label={`How it is computed: ${text}`}>
      i<span className="tip" aria-hidden="true">{text}</span>
    </span>
  )
}

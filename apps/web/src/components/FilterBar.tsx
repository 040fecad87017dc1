import type { CorpusFilter } from '@newslens/store'
import { LANG_NAMES } from '@/lib/format'

/** Corpus filters as a plain GET form: the URL holds them, every chart reads them. */
export function FilterBar({ filter, themes, action, showSearch = true }: { filter: CorpusFilter; themes: string[]; action: string; showSearch?: boolean }) {
  return (
    <form className="filters" method="get" action={action} role="search" aria-label="Filters">
      <label>
        Language
        <select name="lang" defaultValue={filter.lang ?? ''}>
          <option value="">all</option>
          {Object.entries(LANG_NAMES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Theme
        <select name="theme" defaultValue={filter.theme ?? ''}>
          <option value="">all</option>
          {themes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={filter.from ?? ''} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={filter.to ?? ''} />
      </label>
      {showSearch ? (
        <label className="grow">
          Search title and text
          <input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={200} placeholder="e.g. Moscou" />
        </label>
      ) : null}
      <button type="submit">Apply</button>
      <a className="button secondary" href={action}>
        Reset
      </a>
    </form>
  )
}

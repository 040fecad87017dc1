/**
 * From scored mentions to entities: mentions of the same form (or of the same gazetteer group, or
 * an acronym and its expansion) form one cluster; clusters sum their evidence to settle a type;
 * short forms of a person's name ("Assad", "Poutine") join the full name; the name is the fullest
 * form as first written, the other forms become aliases.
 */
import type { EntityType, Span } from '../types'
import { type ExtractionContext, isCommonWord, isFirstName, seenInLowerCase } from './context'
import type { Evidence, ScoredMention } from './evidence'
import { NAME_PARTICLE, TRAILING_LOWERCASE_HEAD } from './words'

export interface MergedEntity {
  name: string
  type: EntityType
  aliases: string[]
  roles: string[]
  count: number
  mentions: Span[]
}

interface Cluster {
  id: number
  mentions: ScoredMention[]
  evidence: Evidence
  type: EntityType | null
  /** parent after merging (union-find) */
  parent: number
}

const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar|ben|bin|ibn)-/u

function surfaceOf(ctx: ExtractionContext, m: ScoredMention): string {
  return ctx.text.slice(ctx.view.start(m.candidate.s), ctx.view.end(m.candidate.e - 1))
}

/** Lower-case name words without particles: "Bachar al-Assad" -> ["bachar", "assad"]. */
function nameWords(ctx: ExtractionContext, m: ScoredMention): string[] {
  const words: string[] = []
  for (let k = m.candidate.s; k < m.candidate.e; k++) {
    if (!ctx.view.isWord(k)) continue
    if ((ctx.view.is(k) & NAME_PARTICLE) !== 0) continue
    // "al-Assad" -> "assad": a particle is two or three letters before the hyphen
    const f = ctx.view.form(k)
    words.push(f.charCodeAt(2) === 45 || f.charCodeAt(3) === 45 ? f.replace(PARTICLE_PREFIX, '') : f)
  }
  return words
}

/** One mention per distinct written form: the alias and acronym rules need no more. */
function distinctForms(ctx: ExtractionContext, c: Cluster): ScoredMention[] {
  if (c.mentions.length === 1) return c.mentions
  const seen = new Set<string>()
  const out: ScoredMention[] = []
  for (const m of c.mentions) {
    const key = formsKey(ctx, m.candidate.s, m.candidate.e)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(m)
    }
  }
  return out
}

/** The forms of tokens [s, e) joined by spaces: the key of a written name. */
function formsKey(ctx: ExtractionContext, s: number, e: number): string {
  let key = ctx.forms[s]!
  for (let k = s + 1; k < e; k++) key += ' ' + ctx.forms[k]!
  return key
}

function addEvidence(to: Evidence, from: Evidence): void {
  to.person += from.person
  to.organization += from.organization
  to.location += from.location
}

function decide(ev: Evidence, minimum: number): EntityType | null {
  let best: EntityType | null = null
  let score = 0
  for (const type of ['location', 'organization', 'person'] as const) {
    if (ev[type] > score) {
      best = type
      score = ev[type]
    }
  }
  return score >= minimum ? best : null
}

/** The root of a cluster (union-find). */
function find(clusters: readonly Cluster[], id: number): number {
  let c = clusters[id]!
  while (c.parent !== c.id) c = clusters[c.parent]!
  return c.id
}

/** Merges two clusters into the older one, which it returns. */
function union(clusters: readonly Cluster[], a: number, b: number): number {
  const ra = find(clusters, a)
  const rb = find(clusters, b)
  if (ra === rb) return ra
  const keep = ra < rb ? ra : rb
  const drop = ra < rb ? rb : ra
  clusters[drop]!.parent = keep
  const k = clusters[keep]!
  const d = clusters[drop]!
  for (const m of d.mentions) k.mentions.push(m)
  addEvidence(k.evidence, d.evidence)
  d.mentions = []
  return keep
}

export function mergeMentions(ctx: ExtractionContext, mentions: ScoredMention[]): MergedEntity[] {
  const clusters: Cluster[] = []
  const byKey = new Map<string, number>()
  const byLink = new Map<number, number>()

  for (let index = 0; index < mentions.length; index++) {
    const m = mentions[index]!
    const c = m.candidate
    // the same words named a scheme or an event elsewhere in the text
    if (!c.gaz && ctx.nonNames.size > 0 && ctx.nonNames.has(formsKey(ctx, c.s, c.e))) continue
    // accents folded: "Patrice Émery Lumumba" and "Patrice Emery Lumumba" are one form
    const key = c.gaz ? c.gaz.group : foldAccents(formsKey(ctx, c.s, c.e))
    let id = byKey.get(key)
    if (id === undefined) {
      id = clusters.length
      clusters.push({ id, mentions: [], evidence: { person: 0, organization: 0, location: 0 }, type: null, parent: id })
      byKey.set(key, id)
    }
    id = find(clusters, id)
    const cl = clusters[id]!
    cl.mentions.push(m)
    addEvidence(cl.evidence, m.evidence)
    if (c.link > 0) {
      const other = byLink.get(c.link)
      if (other === undefined) byLink.set(c.link, id)
      else union(clusters, other, id)
    }
  }

  let roots = clusters.filter((c) => c.parent === c.id && c.mentions.length > 0)
  for (const c of roots) c.type = decide(expansionEvidence(c) ?? c.evidence, 1)

  // short forms of a person's name join the full name ("Assad" -> "Bachar al-Assad")
  const persons = roots.filter((c) => c.type === 'person')
  const suffixOwner = new Map<string, number>()
  const firstNameOwner = new Map<string, number>()
  for (const p of persons) {
    for (const m of distinctForms(ctx, p)) {
      const words = nameWords(ctx, m)
      if (words.length < 2) continue
      for (let k = 1; k < words.length; k++) {
        const key = words.slice(k).join(' ')
        if (!suffixOwner.has(key)) suffixOwner.set(key, p.id)
      }
      // a first name alone refers to the one person of the text bearing it ("Christine")
      const first = words[0]!
      const owner = firstNameOwner.get(first)
      if (owner === undefined) firstNameOwner.set(first, p.id)
      else if (owner !== p.id) firstNameOwner.set(first, -1)
    }
  }
  for (const [first, owner] of firstNameOwner) if (owner >= 0 && !suffixOwner.has(first)) suffixOwner.set(first, owner)
  for (const c of roots) {
    if (c.parent !== c.id) continue
    const strongPlaceOrOrg = c.type !== 'person' && c.mentions.some((m) => m.candidate.gaz !== null || m.candidate.forced !== null)
    if (strongPlaceOrOrg) continue
    for (const m of distinctForms(ctx, c)) {
      const key = nameWords(ctx, m).join(' ')
      const owner = suffixOwner.get(key)
      if (owner !== undefined && find(clusters, owner) !== find(clusters, c.id)) {
        const keep = union(clusters, owner, c.id)
        clusters[keep]!.type = 'person'
        break
      }
    }
  }

  // the first words of a body's name refer to it ("Ferguson Marine" for "Ferguson Marine Engineering Ltd")
  // (a union only ever turns a root into a member: the roots left are among the last ones)
  roots = roots.filter((c) => c.parent === c.id)
  const prefixOwner = new Map<string, number>()
  for (const c of roots) {
    if (c.type !== 'organization') continue
    for (const m of distinctForms(ctx, c)) {
      const words = nameWords(ctx, m)
      // "Conservative" for "Conservative party": the name without its lower-case head
      const last = m.candidate.e - 1
      // "Real" for "Real Madrid", "Mitsubishi" for "Mitsubishi Motors": a first word of its own (no everyday
      // word, first name, possessive) alone refers to the body too
      const minimum = (!ctx.view.capLike(last) && (ctx.view.is(last) & TRAILING_LOWERCASE_HEAD) !== 0) || ownsFirstWord(ctx, m) ? 1 : 2
      for (let k = minimum; k < words.length; k++) {
        const key = words.slice(0, k).join(' ')
        if (!prefixOwner.has(key)) prefixOwner.set(key, c.id)
      }
    }
  }
  // longest names first, so a chain joins its longest owner: "Chesterfield" and "Chesterfield Royal Hospital" the Trust's name
  const joining = prefixOwner.size === 0 ? [] : roots.filter((c) => c.type !== 'location' && c.mentions.every((m) => m.candidate.gaz === null && m.candidate.forced === null))
  const byLength = joining.map((c) => ({ c, words: nameWords(ctx, c.mentions[0]!) })).sort((a, b) => b.words.length - a.words.length)
  for (const { c, words } of byLength) {
    if (c.parent !== c.id) continue
    // (one word taken for a person stays one: "Bush" is no part of "Bush Presidency")
    if (words.length === 1 && c.type === 'person') continue
    const owner = prefixOwner.get(words.join(' '))
    if (owner !== undefined && find(clusters, owner) !== find(clusters, c.id)) {
      const keep = union(clusters, owner, c.id)
      clusters[keep]!.type = 'organization'
    }
  }

  // an acronym of a multi-word name in the text joins it, parentheses or not
  roots = roots.filter((c) => c.parent === c.id)
  const initialsOwner = new Map<string, number>()
  for (const c of roots) {
    if (c.type !== 'organization' && c.type !== 'location') continue
    for (const m of distinctForms(ctx, c)) {
      const initials = nameInitials(ctx, m)
      if (initials.length >= 2 && !initialsOwner.has(initials)) initialsOwner.set(initials, c.id)
    }
  }
  for (const c of roots) {
    if (c.parent !== c.id) continue
    const m = c.mentions[0]!
    const acronym = m.candidate.s
    if (m.candidate.e - m.candidate.s !== 1 || !ctx.view.allCaps(acronym) || c.mentions.some((x) => x.candidate.gaz !== null)) continue
    const owner = initialsOwner.get(ctx.view.text(acronym).replace(/[^\p{L}]/gu, ''))
    if (owner !== undefined && find(clusters, owner) !== c.id) union(clusters, owner, c.id)
  }

  // an acronym in parentheses right after a body's name is its acronym, even in another language:
  // "Banque centrale du Nigeria (CBN)"
  const orgEndingAt = new Map<number, number>()
  for (const c of roots) if (c.parent === c.id && c.type === 'organization') for (const m of c.mentions) orgEndingAt.set(m.candidate.e, c.id)
  for (const c of roots) {
    if (c.parent !== c.id || c.mentions.some((x) => x.candidate.gaz !== null)) continue
    for (const m of c.mentions) {
      const { s, e } = m.candidate
      if (e - s !== 1 || !ctx.view.allCaps(s) || ctx.view.text(s - 1) !== '(' || ctx.view.text(e) !== ')') continue
      const owner = orgEndingAt.get(s - 1)
      if (owner !== undefined && find(clusters, owner) !== find(clusters, c.id)) {
        const keep = union(clusters, owner, c.id)
        clusters[keep]!.type = 'organization'
        break
      }
    }
  }

  roots = roots.filter((c) => c.parent === c.id)
  adoptCoordinatedTypes(ctx, roots)
  const out: MergedEntity[] = []
  for (const c of roots) {
    const type = c.type ?? decide(c.evidence, 1)
    if (!type) continue
    if (!accept(c)) continue
    out.push(toEntity(ctx, c, type))
  }
  out.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start)
  return out
}

/** The first word of a body's name can stand for it alone: a name word, not an everyday word, a first name or an owner ("Hollywood's Kodak Theatre"). */
function ownsFirstWord(ctx: ExtractionContext, m: ScoredMention): boolean {
  const { s, e } = m.candidate
  if (e - s < 2 || !ctx.view.capLike(s) || ctx.view.initial(s) || isCommonWord(ctx, s) || seenInLowerCase(ctx, s) || isFirstName(ctx, s)) return false
  for (let k = s + 1; k < e; k++) if (ctx.forms[k] === "'s") return false
  return true
}

/**
 * An acronym takes the type of the name it shortens: its capitals say only that it is an acronym
 * ("Tarbel National Stadium (TNS)" is a place however often "TNS" comes back), so a cluster
 * whose expansion's words say a place is typed by its multi-word mentions alone. Only places: the
 * capitals lean to bodies, rightly so against a first name inside ("Christian Medical Fellowship (CMF)").
 */
function expansionEvidence(c: Cluster): Evidence | null {
  let hasExpansion = false
  for (const m of c.mentions) {
    // the gazetteer knows the acronym better than the words do ("Médecins sans frontières (MSF)")
    if (m.candidate.gaz !== null || m.candidate.forced !== null) return null
    if (m.candidate.source === 'expansion') hasExpansion = true
  }
  if (!hasExpansion) return null
  const ev: Evidence = { person: 0, organization: 0, location: 0 }
  for (const m of c.mentions) if (m.candidate.e - m.candidate.s > 1) addEvidence(ev, m.evidence)
  return decide(ev, 1) === 'location' ? ev : null
}

function foldAccents(form: string): string {
  return /[^\u0000-\u007f]/.test(form) ? form.normalize('NFD').replace(/\p{M}/gu, '') : form
}

const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'nor', 'ni'])
const LINKS = new Set(["d'", 'de', 'à', 'en', 'au', 'in', 'to', 'of'])

/** A bare name listed with typed ones takes their type: "Xiaomi and Oppo", "Tartous et Hmeimim". */
function adoptCoordinatedTypes(ctx: ExtractionContext, roots: Cluster[]): void {
  let around: MentionsAround | null = null
  for (const c of roots) {
    const weak = c.mentions.every((m) => m.candidate.gaz === null && m.candidate.forced === null) && Math.max(c.evidence.person, c.evidence.organization, c.evidence.location) <= 2
    if (!weak && (c.type !== null || !c.mentions.every((m) => m.bare))) continue
    // most texts have no such cluster: the mentions are indexed by position only when one needs them
    around ??= mentionsAround(roots)
    for (const m of c.mentions) {
      const { s, e } = m.candidate
      const after = COORDINATORS.has(ctx.forms[e] ?? '') ? typeOf(around, around.startAt.get(e + 1)) : null
      // "Kandahar et d'Herat": a preposition may repeat after the coordinator
      const link = LINKS.has(ctx.forms[s - 1] ?? '') ? s - 1 : s
      const before = COORDINATORS.has(ctx.forms[link - 1] ?? '') ? typeOf(around, around.endAt.get(link - 1) ?? around.endAt.get(link - 2)) : null
      const type = after ?? before
      if (type) {
        c.type = type
        c.evidence[type] += 2
        for (const x of c.mentions) x.bare = false
        break
      }
    }
  }
}

/** The last mention starting and ending at each token position (an index of `mentions`), with its cluster. */
interface MentionsAround {
  startAt: Map<number, number>
  endAt: Map<number, number>
  mentions: ScoredMention[]
  clusters: Cluster[]
}

function mentionsAround(roots: Cluster[]): MentionsAround {
  const around: MentionsAround = { startAt: new Map(), endAt: new Map(), mentions: [], clusters: [] }
  for (const c of roots) {
    for (const m of c.mentions) {
      const index = around.mentions.length
      around.mentions.push(m)
      around.clusters.push(c)
      around.startAt.set(m.candidate.s, index)
      around.endAt.set(m.candidate.e, index)
    }
  }
  return around
}

/** The type of the cluster holding a mention that is not bare. */
function typeOf(around: MentionsAround, index: number | undefined): EntityType | null {
  if (index === undefined || around.mentions[index]!.bare) return null
  return around.clusters[index]!.type
}

const SKIP_INITIAL = new Set(['de', 'des', 'du', 'la', 'le', 'les', "l'", "d'", 'et', 'of', 'the', 'and', 'for', 'pour', 'on', 'à', 'au', 'aux', 'en'])

function nameInitials(ctx: ExtractionContext, m: ScoredMention): string {
  let out = ''
  for (let k = m.candidate.s; k < m.candidate.e; k++) {
    if (!ctx.view.isWord(k) || SKIP_INITIAL.has(ctx.view.form(k))) continue
    out += ctx.view.text(k).charAt(0).toUpperCase()
  }
  return out
}

/** A cluster of bare capitalised words, or one seen only in a headline, needs more to be kept. */
function accept(c: Cluster): boolean {
  const ms = c.mentions
  if (ms.every((m) => m.headline)) return c.evidence.person >= 3 || c.evidence.organization >= 3 || c.evidence.location >= 3
  const body = ms.filter((m) => !m.headline)
  if (body.every((m) => m.bare)) {
    // a word capitalised mid-sentence several times is a name even without cues
    const midSentence = body.filter((m) => !m.initial).length
    return midSentence >= 2
  }
  return true
}

function toEntity(ctx: ExtractionContext, c: Cluster, type: EntityType): MergedEntity {
  const ms = [...c.mentions].sort((a, b) => a.candidate.s - b.candidate.s)
  const mentions: Span[] = ms.map((m) => ({ start: ctx.view.start(m.candidate.s), end: ctx.view.end(m.candidate.e - 1) }))
  const forms: string[] = []
  const seen = new Set<string>()
  for (const m of ms) {
    const s = surfaceOf(ctx, m)
    const k = s.toLowerCase()
    if (!seen.has(k)) {
      seen.add(k)
      forms.push(s)
    }
  }
  // the fullest form as first written: most words, then longest, then first
  let name = forms[0]!
  let nameWordCount = name.split(/\s+/).length
  for (let k = 1; k < forms.length; k++) {
    const f = forms[k]!
    const words = f.split(/\s+/).length
    if (words > nameWordCount || (words === nameWordCount && f.length > name.length)) {
      name = f
      nameWordCount = words
    }
  }
  const roles: string[] = []
  const seenRoles = new Set<string>()
  if (type === 'person') {
    for (const m of ms) {
      for (const r of m.roles) {
        const k = r.toLowerCase()
        if (r && !seenRoles.has(k)) {
          seenRoles.add(k)
          roles.push(r)
        }
      }
    }
  }
  return { name, type, aliases: forms.filter((f) => f !== name), roles, count: mentions.length, mentions }
}

/** The methodology page as data, so the three languages share one renderer and one structure. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'formula'; text: string }
  | { kind: 'h3'; text: string }
  /** The status table (status words come from the UI messages). */
  | { kind: 'statusRules'; rule: string; score: string; rows: { status: StatusRow; rule: string; score: string }[] }

export type StatusRow = 'achieved' | 'on_track' | 'moderate' | 'off_track' | 'regressing' | 'insufficient_data' | 'no_target'

export interface Section {
  id: string
  heading: string
  blocks: Block[]
}

export interface MethodologyContent {
  title: string
  intro: string[]
  sections: Section[]
}

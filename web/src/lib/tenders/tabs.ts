import { m } from '#lib/paraglide/messages.js';

// The tabs of a tender's workspace, in the order the work is done: each a page of its own with
// its own address (base-language paths; the layout localises them).

export type TenderTab =
  | 'overview'
  | 'procedure'
  | 'lots'
  | 'deadlines'
  | 'team'
  | 'scheme'
  | 'publication'
  | 'questions'
  | 'versions'
  | 'record'
  | 'opening-key'
  | 'bids'
  | 'opening'
  | 'evaluation'
  | 'scoring'
  | 'result';

/** The states in which the tender's bids are opened and evaluated. */
const evaluationStates: readonly string[] = ['opened', 'evaluated', 'awarded'];

export interface TenderTabLink {
  tab: TenderTab;
  path: string;
  label: () => string;
  /** Only the address itself is the tab (the overview), not the pages below it. */
  exact: boolean;
}

export function tenderTabs(
  tenderId: string,
  bidIntake?: 'platform' | 'vault',
  state?: string,
): TenderTabLink[] {
  const base = `/tenders/${tenderId}`;
  const tab = (name: Exclude<TenderTab, 'overview'>, label: () => string): TenderTabLink => ({
    tab: name,
    path: `${base}/${name}`,
    label,
    exact: false,
  });
  return [
    { tab: 'overview', path: base, label: m.tenders_tab_overview, exact: true },
    tab('procedure', m.tenders_tab_procedure),
    tab('lots', m.tenders_tab_lots),
    tab('deadlines', m.tenders_tab_deadlines),
    tab('team', m.tenders_tab_team),
    tab('scheme', m.tenders_tab_scheme),
    tab('publication', m.tenders_tab_publication),
    tab('questions', m.tenders_tab_questions),
    tab('versions', m.tenders_tab_versions),
    tab('record', m.tenders_tab_record),
    // The bids (§ 55 VgV); the vault's keys and its opening only where bids come to the vault.
    ...(bidIntake === 'vault' ? [tab('opening-key', m.bid_opening_tab_opening_key)] : []),
    ...(bidIntake === undefined ? [] : [tab('bids', m.bid_opening_tab_bids)]),
    ...(bidIntake === 'vault' ? [tab('opening', m.bid_opening_tab_opening)] : []),
    // After the opening: the stages of each bid, the panel's blind scoring per lot, and the
    // official result of each lot with the award decision.
    ...(state !== undefined && evaluationStates.includes(state)
      ? [
          tab('evaluation', m.evaluation_stages_tab),
          tab('scoring', m.scoring_tab),
          tab('result', m.result_tab),
        ]
      : []),
  ];
}

/** The path of one tab of a tender, to link to from elsewhere (the readiness list). */
export function tenderTabPath(tenderId: string, tab: TenderTab): string {
  return tab === 'overview' ? `/tenders/${tenderId}` : `/tenders/${tenderId}/${tab}`;
}

import type { ContractKind, ThresholdConsequence, ThresholdRegime } from '@tenderwise/schema';

/**
 * What follows from reaching a threshold or staying below it, per regime and kind of contract.
 * Above: Part 4 of the GWB with the regime's ordinance and its procedures, and review by the
 * public procurement chambers (§§ 155 ff. GWB). Below: no Part 4; the budget law of the Federation
 * (§ 55 BHO) or the Land and, where the budget law puts it into force, the UVgO for supplies and
 * services or Section 1 of the VOB/A for works, plus the Land's own procurement act.
 */
export function thresholdConsequence(
  regime: ThresholdRegime,
  contractKind: ContractKind,
  reached: boolean,
): ThresholdConsequence {
  return reached ? above(regime, contractKind) : below(regime, contractKind);
}

function above(regime: ThresholdRegime, contractKind: ContractKind): ThresholdConsequence {
  const review = '§§ 155 ff. GWB';
  switch (regime) {
    case 'VgV':
      if (contractKind === 'works') {
        return {
          law: 'eu',
          regime: 'VgV',
          summary: {
            de: 'EU-Vergabe nach Teil 4 des GWB; Bauaufträge nach Abschnitt 2 der VOB/A (VOB/A EU), auf den § 2 VgV verweist; Nachprüfung durch die Vergabekammer.',
            en: 'EU procurement under Part 4 of the GWB; works under Section 2 of the VOB/A (VOB/A EU), to which § 2 VgV refers; review by the public procurement chamber.',
          },
          provisions: ['§ 106 GWB', '§ 119 GWB', '§ 2 VgV', 'VOB/A Abschnitt 2', review],
        };
      }
      return {
        law: 'eu',
        regime: 'VgV',
        summary: {
          de: 'EU-Vergabe nach Teil 4 des GWB und der VgV, mit deren Verfahrensarten (§ 119 GWB, § 14 VgV) und Nachprüfung durch die Vergabekammer.',
          en: 'EU procurement under Part 4 of the GWB and the VgV, with their procedures (§ 119 GWB, § 14 VgV) and review by the public procurement chamber.',
        },
        provisions: [
          '§ 106 GWB',
          '§ 119 GWB',
          '§ 14 VgV',
          ...(contractKind === 'socialServices' ? ['§ 130 GWB', '§§ 64–66 VgV'] : []),
          ...(contractKind === 'designContest' ? ['§§ 69–80 VgV'] : []),
          review,
        ],
      };
    case 'SektVO':
      return {
        law: 'eu',
        regime: 'SektVO',
        summary: {
          de: 'EU-Vergabe nach Teil 4 des GWB und der SektVO, mit deren Verfahrensarten (§ 141 GWB, § 13 SektVO) und Nachprüfung durch die Vergabekammer.',
          en: 'EU procurement under Part 4 of the GWB and the SektVO, with their procedures (§ 141 GWB, § 13 SektVO) and review by the public procurement chamber.',
        },
        provisions: ['§ 106 GWB', '§ 141 GWB', '§ 13 SektVO', review],
      };
    case 'VSVgV':
      return {
        law: 'eu',
        regime: 'VSVgV',
        summary: {
          de:
            contractKind === 'works'
              ? 'EU-Vergabe nach Teil 4 des GWB und der VSVgV; Bauaufträge nach Abschnitt 3 der VOB/A (VOB/A VS), auf den § 2 VSVgV verweist; Nachprüfung durch die Vergabekammer.'
              : 'EU-Vergabe nach Teil 4 des GWB und der VSVgV, mit deren Verfahrensarten (§ 146 GWB, § 11 VSVgV) und Nachprüfung durch die Vergabekammer.',
          en:
            contractKind === 'works'
              ? 'EU procurement under Part 4 of the GWB and the VSVgV; works under Section 3 of the VOB/A (VOB/A VS), to which § 2 VSVgV refers; review by the public procurement chamber.'
              : 'EU procurement under Part 4 of the GWB and the VSVgV, with their procedures (§ 146 GWB, § 11 VSVgV) and review by the public procurement chamber.',
        },
        provisions:
          contractKind === 'works'
            ? ['§ 106 GWB', '§ 146 GWB', '§ 2 VSVgV', 'VOB/A Abschnitt 3', review]
            : ['§ 106 GWB', '§ 146 GWB', '§ 11 VSVgV', review],
      };
  }
}

function below(regime: ThresholdRegime, contractKind: ContractKind): ThresholdConsequence {
  if (regime === 'SektVO') {
    return {
      law: 'national',
      regime: null,
      summary: {
        de: 'Unterhalb des Schwellenwerts gilt für Sektorenauftraggeber kein Vergaberecht des GWB; Haushaltsrecht und das Vergabegesetz des Landes gelten nur, soweit der Auftraggeber ihnen unterliegt (etwa als öffentliche Stelle oder als Zuwendungsempfänger).',
        en: 'Below the threshold, no GWB procurement law applies to sector entities; budget law and the Land’s procurement act apply only where the entity is bound by them (as a public body, or as a recipient of grants).',
      },
      provisions: ['§ 106 GWB'],
    };
  }
  if (contractKind === 'designContest') {
    return {
      law: 'national',
      regime: null,
      summary: {
        de: 'Nationaler Wettbewerb nach Haushaltsrecht (§ 55 BHO oder die Landeshaushaltsordnung) und den Wettbewerbsregeln, die Bund oder Land eingeführt haben; keine Nachprüfung durch die Vergabekammer.',
        en: 'A national contest under budget law (§ 55 BHO or the Land’s budget code) and the contest rules the Federation or the Land has introduced; no review by the public procurement chamber.',
      },
      provisions: ['§ 55 BHO / Landeshaushaltsordnung'],
    };
  }
  if (contractKind === 'works') {
    return {
      law: 'national',
      regime: null,
      summary: {
        de: 'Nationale Vergabe nach Haushaltsrecht (§ 55 BHO oder die Landeshaushaltsordnung): Bauaufträge nach Abschnitt 1 der VOB/A, dazu das Vergabegesetz des Landes; keine Nachprüfung durch die Vergabekammer.',
        en: 'National procurement under budget law (§ 55 BHO or the Land’s budget code): works under Section 1 of the VOB/A, with the Land’s procurement act; no review by the public procurement chamber.',
      },
      provisions: ['§ 55 BHO / Landeshaushaltsordnung', 'VOB/A Abschnitt 1'],
    };
  }
  return {
    law: 'national',
    regime: 'UVgO',
    summary: {
      de: 'Nationale Vergabe nach Haushaltsrecht (§ 55 BHO oder die Landeshaushaltsordnung) und der UVgO, soweit Bund oder Land sie in Kraft gesetzt haben, dazu das Vergabegesetz des Landes; keine Nachprüfung durch die Vergabekammer.',
      en: 'National procurement under budget law (§ 55 BHO or the Land’s budget code) and the UVgO where the Federation or the Land has put it into force, with the Land’s procurement act; no review by the public procurement chamber.',
    },
    provisions: ['§ 55 BHO / Landeshaushaltsordnung', 'UVgO'],
  };
}

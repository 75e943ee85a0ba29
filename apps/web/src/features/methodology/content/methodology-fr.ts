import type { MethodologyContent } from './types.ts'

/** METHODOLOGY.md en français. */
export const methodologyFr: MethodologyContent = {
  title: 'Méthodologie : comment un statut est calculé',
  intro: [
    'Voici comment le Moniteur des objectifs répond à la question « cet indicateur est-il en voie d’atteindre sa cible de 2050? ». Il suit la famille de méthodes des moniteurs les plus connus, adaptée à un horizon 2050 :',
    'Le suivi des ODD d’Eurostat et la mesure des progrès de Statistique Canada (telle que l’implémentent les outils Open SDG) comparent le taux de croissance observé à celui qu’exige la cible, avec des seuils de 95 % / 60 % / 0, et un score de −5 à +5 pour agréger les indicateurs en objectifs. La Division de statistique de l’ONU et la CESAP projettent le rythme actuel jusqu’à l’année cible. México, ¿cómo vamos? utilise des « feux de circulation » à bandes fixes pour les indicateurs qui sont eux-mêmes des taux (de croissance).',
    'Le moteur est une fonction pure (sans entrée ni sortie, sans horloge : « maintenant » est un argument) partagée par l’API et ce tableau de bord, et chaque nombre qu’il utilise est renvoyé avec le statut, afin que chaque page puisse l’expliquer.',
  ],
  sections: [
    {
      id: 'notation',
      heading: 'Notation',
      blocks: [
        {
          kind: 'list',
          items: [
            'Série v_y : valeurs annuelles. Les séries trimestrielles et mensuelles sont d’abord converties en valeurs annuelles : la moyenne pour les taux et les niveaux, la somme pour les flux (l’indicateur précise lequel).',
            'Sens d : +1 quand plus haut est mieux, −1 quand plus bas est mieux.',
            'Cible T pour l’année cible Y (2050, sauf indication contraire), avec des jalons facultatifs (par exemple 2040).',
            'Année de référence b (tirée de la cible) : le point de départ de la trajectoire nécessaire tracée sur les graphiques.',
            'Dernière année t : la dernière année ayant une valeur. Fenêtre de W ans (10 par défaut; un indicateur peut en fixer une autre).',
            'Début de la fenêtre s : la première année ayant une valeur qui soit ≥ t − W.',
            'CAGR(x1, x0, n) = (x1 / x0)^(1/n) − 1, le taux de croissance annuel composé.',
          ],
        },
      ],
    },
    {
      id: 'methods',
      heading: 'Méthodes',
      blocks: [
        { kind: 'h3', text: '1. Rythme (la méthode par défaut, pour les quantités positives)' },
        {
          kind: 'formula',
          text: [
            'cible atteinte  si (d = +1 et v_t ≥ T) ou (d = −1 et v_t ≤ T)',
            'r_act = CAGR(v_t, v_s, t − s)          rythme observé sur la fenêtre',
            'r_req = CAGR(T, v_t, Y − t)            rythme nécessaire dès maintenant pour atteindre T en Y',
            'R     = r_act / r_req                  ratio de rythme (mêmes signes quand on progresse)',
            'projeté_Y      = v_t · (1 + r_act)^(Y − t)',
            'année_atteinte = t + ln(T / v_t) / ln(1 + r_act)     seulement si R > 0',
            'path(y)        = v_b · (T / v_b)^((y − b) / (Y − b))  trajectoire nécessaire depuis la référence',
            'écart          = (v_t − path(t)) / |path(t)|          en avance (+) ou en retard (−) aujourd’hui',
          ].join('\n'),
        },
        { kind: 'p', text: 'Si v_s, v_t ou T vaut 0 ou moins, les taux de croissance ne sont pas définis et la méthode linéaire est utilisée.' },
        { kind: 'h3', text: '2. Linéaire (pour les indices, les rangs et les soldes qui peuvent être négatifs)' },
        {
          kind: 'p',
          text: 'Comme la méthode du rythme, avec des différences au lieu des taux de croissance : r_act = (v_t − v_s) / (t − s), r_req = (T − v_t) / (Y − t), projeté_Y = v_t + r_act · (Y − t), année_atteinte = t + (T − v_t) / r_act, path(y) = v_b + (T − v_b) · (y − b) / (Y − b).',
        },
        { kind: 'h3', text: '3. Seuil (pour les indicateurs qui sont eux-mêmes des taux : croissance, écarts de croissance, IDE en pourcentage du PIB)' },
        {
          kind: 'p',
          text: 'On ne calcule pas le taux de croissance d’un taux de croissance. On prend la moyenne m des valeurs des 5 dernières années (y > t − 5) et on la compare aux bornes des bandes de l’indicateur (a, b, c) : en bonne voie si m ≥ a, progrès (doit accélérer) si m ≥ b, hors trajectoire si m ≥ c, sinon en recul. Quand plus bas est mieux, on compare −m à (−a, −b, −c).',
        },
      ],
    },
    {
      id: 'status',
      heading: 'Statut selon le ratio de rythme (méthodes 1 et 2)',
      blocks: [
        {
          kind: 'statusRules',
          rule: 'Règle',
          score: 'Score',
          rows: [
            { status: 'achieved', rule: 'Cible atteinte la dernière année t', score: '5' },
            { status: 'on_track', rule: 'R ≥ 0,95', score: '2,5 à 5' },
            { status: 'moderate', rule: '0,60 ≤ R < 0,95', score: '0 à 2,5' },
            { status: 'off_track', rule: '0 ≤ R < 0,60', score: '−2,5 à 0' },
            { status: 'regressing', rule: 'R < 0 : on s’éloigne de la cible', score: '−5 à −2,5' },
            { status: 'insufficient_data', rule: 'Moins de 2 valeurs, ou t − s < 2', score: 'aucun' },
            { status: 'no_target', rule: 'Aucune cible : seule la tendance est montrée', score: 'aucun' },
          ],
        },
        {
          kind: 'p',
          text: 'Score des méthodes 1 et 2 : si R ≥ 0,6, min(7,1429 · R − 4,2857; 5); si R < 0,6, max(4,1667 · R − 2,5; −5). Ainsi R = 0,95 donne 2,5, R = 0,6 donne 0 et R = 0 donne −2,5. Score de la méthode 3 : en bonne voie 3,75, progrès 1,25, hors trajectoire −1,25, en recul −3,75.',
        },
      ],
    },
    {
      id: 'roll-up',
      heading: 'Agrégation par objectif et par pays',
      blocks: [
        {
          kind: 'p',
          text: 'Pour chaque objectif et chaque pays, et pour chaque pays sur l’ensemble des objectifs, le score est la moyenne des scores des indicateurs qui en ont un. Il est classé en bonne voie [2,5; 5], progrès [0; 2,5), hors trajectoire [−2,5; 0) et en recul [−5; −2,5); « cible atteinte » seulement si tous les indicateurs le sont. La couverture est aussi indiquée : combien d’indicateurs de l’objectif ont pu être évalués (« 5 sur 7 évalués »).',
        },
      ],
    },
    {
      id: 'trend',
      heading: 'Tendance à court terme',
      blocks: [
        {
          kind: 'p',
          text: 'Le même rythme sur les 5 dernières années est affiché à côté du statut sous forme de flèche : s’améliore, stable ou se détériore (le signe de d · r_act; « stable » à ±0,1 % par an près, ou ±0,1 % de la dernière valeur par an pour la méthode linéaire). Elle montre un retournement récent sans changer le statut, qui repose sur la fenêtre plus longue.',
        },
      ],
    },
    {
      id: 'north-america',
      heading: 'Amérique du Nord (NAM)',
      blocks: [
        {
          kind: 'p',
          text: 'La valeur régionale est formée selon la règle de l’indicateur, année par année, seulement pour les années où chaque pays a une valeur : une somme (niveaux : PIB, commerce, emplois), une moyenne pondérée par un autre indicateur de la même année (par exemple le chômage pondéré par la population active; les valeurs par habitant comme total sur la population totale), ou une valeur donnée directement (indicateurs régionaux tirés des objectifs du projet). Le taux de croissance régional est la moyenne des taux de croissance réels des pays, pondérée par le PIB de l’année précédente en dollars américains courants.',
        },
      ],
    },
    {
      id: 'targets',
      heading: 'D’où viennent les cibles',
      blocks: [
        {
          kind: 'list',
          items: [
            'NAP : les objectifs 2040 et 2050 du projet lui-même (thenorthamericanproject.com, « Goals »).',
            'MCV : les cibles des feux de circulation de México, ¿cómo vamos?',
            'Proposée : fixée par la rédaction du tableau de bord, avec la justification affichée dans l’onglet « À propos » de chaque indicateur.',
          ],
        },
      ],
    },
    {
      id: 'examples',
      heading: 'Exemples détaillés (données réelles)',
      blocks: [
        {
          kind: 'p',
          text: 'A. PIB par habitant, PPA, Mexique (rythme, plus haut est mieux, cible 1,25 × la valeur de 2023, Y = 2050, b = 2023, W = 10). v_2014 = 21 070, v_2023 = 21 917, v_2024 = 22 040, donc T = 27 397. r_act = 0,451 % par an, r_req = 0,840 % par an, R = 0,5367 : hors trajectoire, score −0,26. À ce rythme, 24 775 en 2050 et cible atteinte vers 2072; path(2024) = 22 099, écart à la trajectoire −0,27 %.',
        },
        {
          kind: 'p',
          text: 'B. Taux de chômage, Canada (rythme, plus bas est mieux, T = 5,0 % en 2050). v_2015 = 6,945, v_2025 = 6,907. r_act = −0,055 % par an, r_req = −1,284 % par an, R = 0,0427 : hors trajectoire, score −2,32. Avec une fenêtre de 5 ans, le début tomberait sur le pic de 2020 (9,657) et les mêmes données se liraient « en bonne voie » : c’est pourquoi la fenêtre par défaut est de 10 ans et la tendance sur 5 ans est montrée à part.',
        },
        {
          kind: 'p',
          text: 'C. Commerce de biens intra-nord-américain (rythme, cible du projet de 14 billions de dollars US en 2050, b = 2022). Valeurs 2022 : 1,5, 2025 : 1,6. r_act = 2,17 % par an, r_req = 9,06 % par an, R = 0,2399 : hors trajectoire, score −1,50; path(2025) = 1,906, écart à la trajectoire −16,0 %.',
        },
        {
          kind: 'p',
          text: 'D. Croissance réelle du PIB de l’Amérique du Nord moins la croissance mondiale (seuil, bandes 1,0 / 0,5 / 0,0 point de pourcentage : l’objectif du projet de croître d’un point de plus que le monde chaque année). Valeurs de 2021 à 2025 : −0,35, −0,70, 0,01, −0,24, −0,88, donc m = −0,43 : en recul, score −3,75.',
        },
      ],
    },
  ],
}

import type { MethodologyContent } from './types.ts'

/** METHODOLOGY.md in English. */
export const methodologyEn: MethodologyContent = {
  title: 'Methodology: how a status is computed',
  intro: [
    'This is how the Goal Monitor answers "is this indicator on track to its 2050 target?". It follows the family of methods used by the best-known monitors, adapted to a 2050 horizon:',
    "Eurostat's SDG monitoring and Statistics Canada's progress measure (as implemented in the Open SDG build tools) compare the observed growth rate with the growth rate the target requires, with bands at 95 % / 60 % / 0, and a −5 to +5 score for rolling indicators up into goals. The UN Statistics Division and UN ESCAP project the current pace to the target year. México, ¿cómo vamos? uses fixed “traffic-light” bands for indicators that are themselves rates (growth).",
    'The engine is a pure function (no input or output, no clock: "now" is an argument) shared by the API and this dashboard, and every number it uses is returned with the status, so each page can explain it.',
  ],
  sections: [
    {
      id: 'notation',
      heading: 'Notation',
      blocks: [
        {
          kind: 'list',
          items: [
            'Series v_y: annual values. Quarterly and monthly series are first turned into annual values: the mean for rates and levels, the sum for flows (the indicator says which).',
            'Direction d: +1 when higher is better, −1 when lower is better.',
            'Target T in target year Y (2050 unless the target says otherwise), with optional milestones (for example 2040).',
            'Baseline year b (from the target record): where the required path drawn on the charts starts.',
            'Latest year t: the last year with a value. Window W years (10 by default; an indicator may set another).',
            'Window start s: the earliest year with a value that is ≥ t − W.',
            'CAGR(x1, x0, n) = (x1 / x0)^(1/n) − 1, the compound annual growth rate.',
          ],
        },
      ],
    },
    {
      id: 'methods',
      heading: 'Methods',
      blocks: [
        { kind: 'h3', text: '1. Pace (the default, for positive quantities)' },
        {
          kind: 'formula',
          text: [
            'achieved      if (d = +1 and v_t ≥ T) or (d = −1 and v_t ≤ T)',
            'r_act = CAGR(v_t, v_s, t − s)          actual pace over the window',
            'r_req = CAGR(T, v_t, Y − t)            pace needed from now on to reach T in Y',
            'R     = r_act / r_req                  pace ratio (both signs agree when improving)',
            'projected_Y  = v_t · (1 + r_act)^(Y − t)',
            'year_reached = t + ln(T / v_t) / ln(1 + r_act)     only when R > 0',
            'path(y)      = v_b · (T / v_b)^((y − b) / (Y − b))  the required path from the baseline',
            'gap_to_path  = (v_t − path(t)) / |path(t)|          ahead (+) or behind (−) the path now',
          ].join('\n'),
        },
        { kind: 'p', text: 'If v_s, v_t or T is 0 or less, growth rates are undefined and the linear method is used instead.' },
        { kind: 'h3', text: '2. Linear (for indices, ranks and balances that can be negative)' },
        {
          kind: 'p',
          text: 'The same as pace, with differences instead of growth rates: r_act = (v_t − v_s) / (t − s), r_req = (T − v_t) / (Y − t), projected_Y = v_t + r_act · (Y − t), year_reached = t + (T − v_t) / r_act, path(y) = v_b + (T − v_b) · (y − b) / (Y − b).',
        },
        { kind: 'h3', text: '3. Threshold (for indicators that are themselves rates: growth, growth gaps, FDI as a share of GDP)' },
        {
          kind: 'p',
          text: 'There is no growth rate of a growth rate. Take the mean m of the values of the last 5 years (y > t − 5) and compare it with the indicator’s band edges (a, b, c): on track if m ≥ a, progress (must accelerate) if m ≥ b, off track if m ≥ c, otherwise moving away. When lower is better, −m is compared with (−a, −b, −c).',
        },
      ],
    },
    {
      id: 'status',
      heading: 'Status from the pace ratio (methods 1 and 2)',
      blocks: [
        {
          kind: 'statusRules',
          rule: 'Rule',
          score: 'Score',
          rows: [
            { status: 'achieved', rule: 'Target met in the latest year t', score: '5' },
            { status: 'on_track', rule: 'R ≥ 0.95', score: '2.5 to 5' },
            { status: 'moderate', rule: '0.60 ≤ R < 0.95', score: '0 to 2.5' },
            { status: 'off_track', rule: '0 ≤ R < 0.60', score: '−2.5 to 0' },
            { status: 'regressing', rule: 'R < 0: moving away from the target', score: '−5 to −2.5' },
            { status: 'insufficient_data', rule: 'Fewer than 2 values, or t − s < 2', score: 'none' },
            { status: 'no_target', rule: 'No target set: only the trend is shown', score: 'none' },
          ],
        },
        {
          kind: 'p',
          text: 'Score for methods 1 and 2: when R ≥ 0.6, min(7.1429 · R − 4.2857, 5); when R < 0.6, max(4.1667 · R − 2.5, −5). So R = 0.95 gives 2.5, R = 0.6 gives 0 and R = 0 gives −2.5. Score for method 3: on track 3.75, progress 1.25, off track −1.25, moving away −3.75.',
        },
      ],
    },
    {
      id: 'roll-up',
      heading: 'Goal and country roll-up',
      blocks: [
        {
          kind: 'p',
          text: 'For each goal and country, and for each country over all goals, the score is the mean of the scores of the indicators that have one. It is banded as on track [2.5, 5], progress [0, 2.5), off track [−2.5, 0) and moving away [−5, −2.5); “achieved” only if every indicator is achieved. Coverage is reported too: how many of the goal’s indicators could be assessed (“5 of 7 assessed”).',
        },
      ],
    },
    {
      id: 'trend',
      heading: 'Short-term trend',
      blocks: [
        {
          kind: 'p',
          text: 'The same pace over the last 5 years is shown beside the status as an arrow: improving, stable or worsening (the sign of d · r_act; “stable” within ±0.1 % a year, or ±0.1 % of the latest value a year for the linear method). It tells whether things have recently turned, without changing the status, which uses the longer window.',
        },
      ],
    },
    {
      id: 'north-america',
      heading: 'North America (NAM)',
      blocks: [
        {
          kind: 'p',
          text: 'A regional value is formed with the indicator’s rule, year by year, only for years where every country has a value: a sum (levels: GDP, trade, jobs), a mean weighted by another indicator of the same year (for example unemployment weighted by the labour force; per-person figures as a total over the total population), or given directly (regional-only indicators from the project’s goals). The regional growth rate is the mean of the countries’ real growth rates weighted by the previous year’s GDP in current US dollars.',
        },
      ],
    },
    {
      id: 'targets',
      heading: 'Where the targets come from',
      blocks: [
        {
          kind: 'list',
          items: [
            'NAP: the project’s own 2040 and 2050 goals (thenorthamericanproject.com, “Goals”).',
            'MCV: the targets of México, ¿cómo vamos? traffic lights.',
            'Proposed: set by the dashboard’s editors, with the rationale shown on each indicator’s About tab.',
          ],
        },
      ],
    },
    {
      id: 'examples',
      heading: 'Worked examples (real data)',
      blocks: [
        {
          kind: 'p',
          text: 'A. GDP per capita, PPP, Mexico (pace, higher is better, target 1.25 × the 2023 value, Y = 2050, b = 2023, W = 10). v_2014 = 21,070, v_2023 = 21,917, v_2024 = 22,040, so T = 27,397. r_act = 0.451 % a year, r_req = 0.840 % a year, R = 0.5367: off track, score −0.26. At this pace 24,775 in 2050, target reached around 2072; path(2024) = 22,099, gap to path −0.27 %.',
        },
        {
          kind: 'p',
          text: 'B. Unemployment rate, Canada (pace, lower is better, T = 5.0 % in 2050). v_2015 = 6.945, v_2025 = 6.907. r_act = −0.055 % a year, r_req = −1.284 % a year, R = 0.0427: off track, score −2.32. With a 5-year window the start would fall in the 2020 spike (9.657) and the same data would read “on track”: this is why the default window is 10 years, and why the 5-year trend is shown separately.',
        },
        {
          kind: 'p',
          text: 'C. Intra-North American goods trade (pace, project target 14 trillion US$ in 2050, b = 2022). Values 2022: 1.5, 2025: 1.6. r_act = 2.17 % a year, r_req = 9.06 % a year, R = 0.2399: off track, score −1.50; path(2025) = 1.906, gap to path −16.0 %.',
        },
        {
          kind: 'p',
          text: 'D. North America’s real GDP growth minus world growth (threshold, bands 1.0 / 0.5 / 0.0 percentage points: the project’s goal of one point above world growth every year). Values 2021 to 2025: −0.35, −0.70, 0.01, −0.24, −0.88, so m = −0.43: moving away, score −3.75.',
        },
      ],
    },
  ],
}

import type { MethodologyContent } from './types.ts'

/** METHODOLOGY.md en español. */
export const methodologyEs: MethodologyContent = {
  title: 'Metodología: cómo se calcula un estado',
  intro: [
    'Así responde el Monitor de Metas a la pregunta “¿va este indicador por buen camino hacia su meta de 2050?”. Sigue la familia de métodos de los monitores más conocidos, adaptada a un horizonte de 2050:',
    'El seguimiento de los ODS de Eurostat y la medida de avance de Statistics Canada (tal como la implementan las herramientas de Open SDG) comparan la tasa de crecimiento observada con la que exige la meta, con umbrales de 95 % / 60 % / 0, y un puntaje de −5 a +5 para agregar los indicadores en metas. La División de Estadística de la ONU y la CESPAP proyectan el ritmo actual al año meta. México, ¿cómo vamos? usa “semáforos” con bandas fijas para los indicadores que son en sí mismos tasas (de crecimiento).',
    'El motor es una función pura (sin entradas ni salidas, sin reloj: “hoy” es un argumento) compartida por la API y este tablero, y cada número que usa se devuelve junto con el estado, de modo que cada página pueda explicarlo.',
  ],
  sections: [
    {
      id: 'notation',
      heading: 'Notación',
      blocks: [
        {
          kind: 'list',
          items: [
            'Serie v_y: valores anuales. Las series trimestrales y mensuales se convierten antes en valores anuales: el promedio para tasas y niveles, la suma para flujos (el indicador indica cuál).',
            'Dirección d: +1 cuando más alto es mejor, −1 cuando más bajo es mejor.',
            'Meta T en el año meta Y (2050, salvo que la meta diga otra cosa), con hitos opcionales (por ejemplo, 2040).',
            'Año base b (del registro de la meta): donde empieza la trayectoria necesaria que se dibuja en las gráficas.',
            'Último año t: el último año con un valor. Ventana de W años (10 por omisión; un indicador puede fijar otra).',
            'Inicio de la ventana s: el primer año con un valor que sea ≥ t − W.',
            'CAGR(x1, x0, n) = (x1 / x0)^(1/n) − 1, la tasa de crecimiento anual compuesta.',
          ],
        },
      ],
    },
    {
      id: 'methods',
      heading: 'Métodos',
      blocks: [
        { kind: 'h3', text: '1. Ritmo (el método por omisión, para cantidades positivas)' },
        {
          kind: 'formula',
          text: [
            'meta alcanzada  si (d = +1 y v_t ≥ T) o (d = −1 y v_t ≤ T)',
            'r_act = CAGR(v_t, v_s, t − s)          ritmo observado en la ventana',
            'r_req = CAGR(T, v_t, Y − t)            ritmo necesario desde hoy para llegar a T en Y',
            'R     = r_act / r_req                  razón de ritmo (ambos signos coinciden al mejorar)',
            'proyectado_Y   = v_t · (1 + r_act)^(Y − t)',
            'año_alcanzado  = t + ln(T / v_t) / ln(1 + r_act)     solo cuando R > 0',
            'path(y)        = v_b · (T / v_b)^((y − b) / (Y − b))  trayectoria necesaria desde el año base',
            'brecha         = (v_t − path(t)) / |path(t)|          por delante (+) o por detrás (−) hoy',
          ].join('\n'),
        },
        { kind: 'p', text: 'Si v_s, v_t o T es 0 o menos, las tasas de crecimiento no están definidas y se usa el método lineal.' },
        { kind: 'h3', text: '2. Lineal (para índices, posiciones y saldos que pueden ser negativos)' },
        {
          kind: 'p',
          text: 'Igual que el de ritmo, con diferencias en lugar de tasas de crecimiento: r_act = (v_t − v_s) / (t − s), r_req = (T − v_t) / (Y − t), proyectado_Y = v_t + r_act · (Y − t), año_alcanzado = t + (T − v_t) / r_act, path(y) = v_b + (T − v_b) · (y − b) / (Y − b).',
        },
        { kind: 'h3', text: '3. Umbral (para indicadores que son en sí mismos tasas: crecimiento, brechas de crecimiento, IED como porcentaje del PIB)' },
        {
          kind: 'p',
          text: 'No se calcula la tasa de crecimiento de una tasa de crecimiento. Se toma el promedio m de los valores de los últimos 5 años (y > t − 5) y se compara con los límites de las bandas del indicador (a, b, c): en camino si m ≥ a, avanza (debe acelerar) si m ≥ b, rezagado si m ≥ c y, si no, retrocede. Cuando más bajo es mejor, se compara −m con (−a, −b, −c).',
        },
      ],
    },
    {
      id: 'status',
      heading: 'Estado a partir de la razón de ritmo (métodos 1 y 2)',
      blocks: [
        {
          kind: 'statusRules',
          rule: 'Regla',
          score: 'Puntaje',
          rows: [
            { status: 'achieved', rule: 'Meta cumplida en el último año t', score: '5' },
            { status: 'on_track', rule: 'R ≥ 0.95', score: '2.5 a 5' },
            { status: 'moderate', rule: '0.60 ≤ R < 0.95', score: '0 a 2.5' },
            { status: 'off_track', rule: '0 ≤ R < 0.60', score: '−2.5 a 0' },
            { status: 'regressing', rule: 'R < 0: se aleja de la meta', score: '−5 a −2.5' },
            { status: 'insufficient_data', rule: 'Menos de 2 valores, o t − s < 2', score: 'ninguno' },
            { status: 'no_target', rule: 'Sin meta: solo se muestra la tendencia', score: 'ninguno' },
          ],
        },
        {
          kind: 'p',
          text: 'Puntaje de los métodos 1 y 2: si R ≥ 0.6, min(7.1429 · R − 4.2857, 5); si R < 0.6, max(4.1667 · R − 2.5, −5). Así, R = 0.95 da 2.5, R = 0.6 da 0 y R = 0 da −2.5. Puntaje del método 3: en camino 3.75, avanza 1.25, rezagado −1.25, retrocede −3.75.',
        },
      ],
    },
    {
      id: 'roll-up',
      heading: 'Agregación por meta y por país',
      blocks: [
        {
          kind: 'p',
          text: 'Para cada meta y país, y para cada país en todas las metas, el puntaje es el promedio de los puntajes de los indicadores que lo tienen. Se clasifica como en camino [2.5, 5], avanza [0, 2.5), rezagado [−2.5, 0) y retrocede [−5, −2.5); “meta alcanzada” solo si todos los indicadores la alcanzaron. También se informa la cobertura: cuántos indicadores de la meta pudieron evaluarse (“5 de 7 evaluados”).',
        },
      ],
    },
    {
      id: 'trend',
      heading: 'Tendencia de corto plazo',
      blocks: [
        {
          kind: 'p',
          text: 'El mismo ritmo en los últimos 5 años se muestra junto al estado como una flecha: mejora, estable o empeora (el signo de d · r_act; “estable” dentro de ±0.1 % al año, o ±0.1 % del último valor al año en el método lineal). Indica si algo cambió recientemente, sin modificar el estado, que usa la ventana más larga.',
        },
      ],
    },
    {
      id: 'north-america',
      heading: 'América del Norte (NAM)',
      blocks: [
        {
          kind: 'p',
          text: 'El valor regional se forma con la regla del indicador, año por año, solo en los años en que todos los países tienen un valor: una suma (niveles: PIB, comercio, empleo), un promedio ponderado por otro indicador del mismo año (por ejemplo, el desempleo ponderado por la fuerza laboral; las cifras por persona como total entre población total) o un valor dado directamente (indicadores solo regionales de las metas del proyecto). La tasa de crecimiento regional es el promedio de las tasas de crecimiento real de los países, ponderado por el PIB del año anterior en dólares corrientes.',
        },
      ],
    },
    {
      id: 'targets',
      heading: 'De dónde vienen las metas',
      blocks: [
        {
          kind: 'list',
          items: [
            'NAP: las metas 2040 y 2050 del propio proyecto (thenorthamericanproject.com, “Goals”).',
            'MCV: las metas de los semáforos de México, ¿cómo vamos?',
            'Propuesta: fijada por los editores del tablero, con la justificación visible en la pestaña “Acerca de” de cada indicador.',
          ],
        },
      ],
    },
    {
      id: 'examples',
      heading: 'Ejemplos resueltos (datos reales)',
      blocks: [
        {
          kind: 'p',
          text: 'A. PIB per cápita, PPA, México (ritmo, más alto es mejor, meta 1.25 × el valor de 2023, Y = 2050, b = 2023, W = 10). v_2014 = 21,070, v_2023 = 21,917, v_2024 = 22,040, así que T = 27,397. r_act = 0.451 % al año, r_req = 0.840 % al año, R = 0.5367: rezagado, puntaje −0.26. A este ritmo, 24,775 en 2050 y la meta se alcanzaría hacia 2072; path(2024) = 22,099, brecha con la trayectoria −0.27 %.',
        },
        {
          kind: 'p',
          text: 'B. Tasa de desempleo, Canadá (ritmo, más bajo es mejor, T = 5.0 % en 2050). v_2015 = 6.945, v_2025 = 6.907. r_act = −0.055 % al año, r_req = −1.284 % al año, R = 0.0427: rezagado, puntaje −2.32. Con una ventana de 5 años el inicio caería en el pico de 2020 (9.657) y los mismos datos se leerían “en camino”: por eso la ventana por omisión es de 10 años y la tendencia de 5 años se muestra aparte.',
        },
        {
          kind: 'p',
          text: 'C. Comercio de bienes dentro de América del Norte (ritmo, meta del proyecto de 14 billones de dólares en 2050, b = 2022). Valores 2022: 1.5, 2025: 1.6. r_act = 2.17 % al año, r_req = 9.06 % al año, R = 0.2399: rezagado, puntaje −1.50; path(2025) = 1.906, brecha con la trayectoria −16.0 %.',
        },
        {
          kind: 'p',
          text: 'D. Crecimiento real del PIB de América del Norte menos el crecimiento mundial (umbral, bandas 1.0 / 0.5 / 0.0 puntos porcentuales: la meta del proyecto de crecer un punto más que el mundo cada año). Valores de 2021 a 2025: −0.35, −0.70, 0.01, −0.24, −0.88, así que m = −0.43: retrocede, puntaje −3.75.',
        },
      ],
    },
  ],
}

/** Spanish words of the displacement chart: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { DisplacementStrings } from '../displacement.strings.js';
import { capitalize } from '../helpers.js';

const ES_MULTIPLE = ['', '', 'duplicado', 'triplicado', 'cuadruplicado', 'quintuplicado'];

const es: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    times < ES_MULTIPLE.length
      ? `El número de desplazados en Haití se ha ${strict ? 'más que ' : ''}${ES_MULTIPLE[times]} desde ${since.text}`
      : `El número de desplazados en Haití se ha multiplicado por ${strict ? 'más de ' : ''}${times} desde ${since.text}`,
  titleRose: (since) => `El número de desplazados en Haití ha aumentado desde ${since.text}`,
  titleFell: (since) => `El número de desplazados en Haití ha disminuido desde ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} personas estaban desplazadas en Haití ${date.day ? 'el' : 'en'} ${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'El' : 'En'} ${p.firstDate.text} había ${p.first} desplazados internos en Haití${p.latest ? `; ${p.latest.date.day ? 'al' : 'en'} ${p.latest.date.text}, ${p.latest.value}` : ''}.`,
  axisDisplaced: 'Personas desplazadas',
  legendCount: 'Personas desplazadas (OIM, ONU)',
  legendApproximate: 'Cifra aproximada (punto hueco)',
  legendClaim: 'Lo que dijo el artículo de partida',
  legendMilestone: 'Hito de la misión',
  colDate: 'Fecha',
  colDisplaced: 'Personas desplazadas',
  colQualifier: 'Precisión',
  colReport: 'Informe',
  colSources: 'Fuentes',
  exact: 'cifra exacta',
  published: (date) => `publicado el ${date}`,
  approximateNote: (items) => `Puntos huecos, trazos discontinuos: cifras aproximadas: ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date}: ${p.reports}; la línea sigue la cifra más baja.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date}: ${event}`,
  quote: (value) => `«${value}»`,
  claimLabel: (date) => `Artículo de partida, ${date}:`,
  claimTooltip: (p) => `Afirmaba: ${p.claimed} desplazados. Desactualizado: en ${p.currentDate} ya se contaban ${p.current}.`,
  claimNote: (p) =>
    `El artículo de partida, «${p.title}» (${p.date}), afirmaba que ${p.claimed} haitianos habían sido expulsados de sus hogares (rombo). La cifra estaba desactualizada: corresponde a los ${p.match} desplazados contados en ${p.matchDate} (${p.matchBy}), cuando en ${p.currentDate} ya se contaban ${p.current} (${p.currentBy}${p.publishedOn ? `, publicado el ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date}: ${p.value} personas desplazadas${p.label ? ` (${p.label})` : ''}. Fuente: ${p.sources}.`,
  claimPoint: (p) =>
    `Artículo de partida, ${p.date}: ${p.claimed} desplazados. Desactualizado: en ${p.currentDate} ya se contaban ${p.current}. Fuente: ${p.sources}.`,
};

export { es as words };

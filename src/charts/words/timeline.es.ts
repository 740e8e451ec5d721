/** Spanish words of the timeline: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { TimelineStrings } from '../timeline.strings.js';

const es: TimelineStrings = {
  title: 'La misión liderada por Kenia en Haití, fecha por fecha',
  summary: (from, to, kinds) => `Hechos fechados de ${from} a ${to}: ${kinds}, cada uno con sus fuentes.`,
  summaryOneYear: (year, kinds) => `Hechos fechados de ${year}: ${kinds}, cada uno con sus fuentes.`,
  kindList: {
    milestones: 'hitos de la misión',
    arrivals: 'llegadas de contingentes',
    resolutions: 'decisiones del Consejo de Seguridad',
    funding: 'financiación de la misión',
  },
  kindLabel: { milestones: 'Hito', arrivals: 'Llegada', resolutions: 'Consejo de Seguridad', funding: 'Financiación' },
  arrival: (label, country) => `${country}: llegada a Haití — ${label}`,
  funding: {
    deposited: 'Dinero depositado en el fondo fiduciario de la ONU para la misión',
    pledged: 'Dinero prometido al fondo fiduciario de la ONU para la misión',
    received: 'Dinero recibido por el fondo fiduciario de la ONU para la misión',
    frozen: 'Contribuciones al fondo fiduciario de la ONU para la misión congeladas',
  },
  personnel: (figure) => `Efectivos: ${figure}`,
  amount: (figure) => `Monto: ${figure}`,
  aboutDate: (date, precision) => (precision === 'day' ? `hacia el ${date}` : `hacia ${date}`),
  keyboardHint: 'Las flechas leen los hechos uno a uno; Inicio y Fin saltan al primero y al último.',
  disputedNote: (entry, reports) => `${entry} — las fuentes difieren: ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — dato de ${publishers}: «${value}», sin una cifra exacta.`,
  approximateDateNote: (entry) => `${entry} — la fecha es aproximada.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Fecha',
  colKind: 'Tipo',
  colEvent: 'Hecho',
  colFigure: 'Cifra',
  colSources: 'Fuentes',
  unknownKind: (token, known) => `Tipo desconocido «${token}» en kinds. Use: ${known}.`,
  badDate: (name, value) => `El atributo ${name} «${value}» no es una fecha: escríbalo AAAA, AAAA-MM o AAAA-MM-DD.`,
  emptyRange: 'Ningún hecho de los tipos elegidos cae entre estas fechas.',
};

export { es as words };

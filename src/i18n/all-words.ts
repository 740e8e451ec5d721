/**
 * Every language's words at once, for server rendering, build scripts and tests that build charts in
 * several languages without an element to load them (see Words in language.ts).
 */
import { casualtiesWords } from '../charts/casualties.strings.js';
import { words as casualtiesFr } from '../charts/words/casualties.fr.js';
import { words as casualtiesHt } from '../charts/words/casualties.ht.js';
import { words as casualtiesEs } from '../charts/words/casualties.es.js';
import { contingentWords } from '../charts/contingent.strings.js';
import { words as contingentFr } from '../charts/words/contingent.fr.js';
import { words as contingentHt } from '../charts/words/contingent.ht.js';
import { words as contingentEs } from '../charts/words/contingent.es.js';
import { displacementWords } from '../charts/displacement.strings.js';
import { words as displacementFr } from '../charts/words/displacement.fr.js';
import { words as displacementHt } from '../charts/words/displacement.ht.js';
import { words as displacementEs } from '../charts/words/displacement.es.js';
import { keyFiguresWords } from '../charts/key-figures.strings.js';
import { words as keyFiguresFr } from '../charts/words/key-figures.fr.js';
import { words as keyFiguresHt } from '../charts/words/key-figures.ht.js';
import { words as keyFiguresEs } from '../charts/words/key-figures.es.js';
import { pledgesWords } from '../charts/pledges.strings.js';
import { words as pledgesFr } from '../charts/words/pledges.fr.js';
import { words as pledgesHt } from '../charts/words/pledges.ht.js';
import { words as pledgesEs } from '../charts/words/pledges.es.js';
import { timelineWords } from '../charts/timeline.strings.js';
import { words as timelineFr } from '../charts/words/timeline.fr.js';
import { words as timelineHt } from '../charts/words/timeline.ht.js';
import { words as timelineEs } from '../charts/words/timeline.es.js';
import { uiWords } from './strings.js';
import { words as uiFr } from './words/ui.fr.js';
import { words as uiHt } from './words/ui.ht.js';
import { words as uiEs } from './words/ui.es.js';

casualtiesWords.add('fr', casualtiesFr);
casualtiesWords.add('ht', casualtiesHt);
casualtiesWords.add('es', casualtiesEs);
contingentWords.add('fr', contingentFr);
contingentWords.add('ht', contingentHt);
contingentWords.add('es', contingentEs);
displacementWords.add('fr', displacementFr);
displacementWords.add('ht', displacementHt);
displacementWords.add('es', displacementEs);
keyFiguresWords.add('fr', keyFiguresFr);
keyFiguresWords.add('ht', keyFiguresHt);
keyFiguresWords.add('es', keyFiguresEs);
pledgesWords.add('fr', pledgesFr);
pledgesWords.add('ht', pledgesHt);
pledgesWords.add('es', pledgesEs);
uiWords.add('fr', uiFr);
uiWords.add('ht', uiHt);
uiWords.add('es', uiEs);
timelineWords.add('fr', timelineFr);
timelineWords.add('ht', timelineHt);
timelineWords.add('es', timelineEs);

import type { BrokerCase } from '../broker-case.js';
import { deadLetterCases } from './dead-letters.js';
import { eighteenthRoundCases } from './eighteenth-round.js';
import { interactionCases } from './interactions.js';
import { nineteenthRoundCases } from './nineteenth-round.js';
import { nineteenthRoundBCases } from './nineteenth-round-b.js';
import { propertiesCases } from './properties.js';
import { routingCases } from './routing.js';
import { settlementCases } from './settlement.js';
import { seventeenthRoundCases } from './seventeenth-round.js';
import { sixteenthRoundCases } from './sixteenth-round.js';
import { thirteenthRoundCases } from './thirteenth-round.js';
import { thirtiethRoundCases } from './thirtieth-round.js';
import { topologyCases } from './topology.js';
import { twelfthRoundCases } from './twelfth-round.js';
import { twentiethRoundCases } from './twentieth-round.js';
import { twentyFifthRoundCases } from './twenty-fifth-round.js';
import { twentyFirstRoundCases } from './twenty-first-round.js';
import { twentySeventhRoundCases } from './twenty-seventh-round.js';

/** The broker differential corpus, in the order the snapshot lists it. */
export const BROKER_CORPUS: readonly BrokerCase[] = [
  ...routingCases,
  ...propertiesCases,
  ...settlementCases,
  ...deadLetterCases,
  ...topologyCases,
  ...interactionCases,
  ...twelfthRoundCases,
  ...thirteenthRoundCases,
  ...sixteenthRoundCases,
  ...seventeenthRoundCases,
  ...eighteenthRoundCases,
  ...nineteenthRoundCases,
  ...nineteenthRoundBCases,
  ...twentiethRoundCases,
  ...twentyFirstRoundCases,
  ...twentyFifthRoundCases,
  ...twentySeventhRoundCases,
  ...thirtiethRoundCases,
];

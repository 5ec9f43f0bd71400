/**
 * The sixteen PLOVER event types, and how CAMEO codes fall into them.
 *
 * The mapping follows the PLOVER manual's CAMEO conversion (draft 0.8): a code belongs to the
 * type of its longest listed prefix, so that `0874` (retreat militarily) is RETREAT while `081`
 * (ease administrative sanctions) is CONCEDE. CAMEO 01 (public statements) and 02 (appeals) have
 * no PLOVER type.
 */
export { PloverType, PLOVER_TYPES, isPloverType } from '../../core/cameo/plover-type.js';
import { PloverType } from '../../core/cameo/plover-type.js';

const { Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request, Accuse, Reject } =
  PloverType;
const { Threaten, Protest, Sanction, Mobilize, Coerce, Assault } = PloverType;

/**
 * CAMEO code prefixes and their PLOVER type: the roots, then the codes that PLOVER moves out of
 * their root's type (yielding splits into CONCEDE and RETREAT; embargoes are COERCE; blockade and
 * occupation, listed by CAMEO under force, are COERCE; destroying property and repression are
 * ASSAULT).
 */
export const CAMEO_PLOVER: Readonly<Record<string, PloverType>> = {
  '03': Agree,
  '04': Consult,
  '05': Support,
  '06': Cooperate,
  '07': Aid,
  '08': Concede,
  '084': Retreat,
  '085': Retreat,
  '086': Retreat,
  '087': Retreat,
  '0813': Retreat,
  '0814': Retreat,
  '09': Accuse,
  '10': Request,
  '11': Accuse,
  '12': Reject,
  '13': Threaten,
  '14': Protest,
  '15': Mobilize,
  '16': Sanction,
  '163': Coerce,
  '17': Coerce,
  '1712': Assault,
  '175': Assault,
  '18': Assault,
  '19': Assault,
  '191': Coerce,
  '192': Coerce,
  '20': Assault,
};

/**
 * The PLOVER type of a CAMEO code, by its longest listed prefix; null for codes of CAMEO 01 and
 * 02 and for anything that is not a CAMEO code.
 * @example ploverTypeOfCameo('138') // 'THREATEN'
 * @example ploverTypeOfCameo('0874') // 'RETREAT'
 */
export const ploverTypeOfCameo = (code: string): PloverType | null => {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (let n = code.length; n >= 2; n--) {
    const type = CAMEO_PLOVER[code.slice(0, n)];
    if (type) return type;
  }
  return null;
};

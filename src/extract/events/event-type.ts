/**
 * The sixteen PLOVER event types, and how CAMEO codes fall into them.
 *
 * The mapping is the one of `core/cameo/cameo-to-plover.ts` (the PLOVER manual's CAMEO
 * conversion, draft 0.8), the one source of truth. The coder's own code table also has codes
 * that codebook lacks (176, cyber attack; 1834, other bombings): a code takes the type of its
 * longest prefix that is a code there.
 */
export { PloverType, PLOVER_TYPES, isPloverType } from '../../core/cameo/plover-type.js';
import type { PloverType } from '../../core/cameo/plover-type.js';
import * as codebook from '../../core/cameo/cameo-to-plover.js';

/**
 * The PLOVER type of a CAMEO code, by its longest prefix that the codebook knows; null for codes
 * of CAMEO 01 and 02 (which PLOVER drops) and for anything that is not two to four digits under
 * a CAMEO root.
 * @example ploverTypeOfCameo('138') // 'THREATEN'
 * @example ploverTypeOfCameo('0874') // 'RETREAT'
 * @example ploverTypeOfCameo('176') // 'COERCE', as its root 17
 */
export const ploverTypeOfCameo = (code: string): PloverType | null => {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (let n = code.length; n >= 2; n--) {
    const prefix = code.slice(0, n);
    if (codebook.isCameoCode(prefix)) return codebook.ploverTypeOfCameo(prefix);
  }
  return null;
};

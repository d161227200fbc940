import { createContext } from '@lit/context';
import type { CallCenter } from '../../core/call-center.js';

/** The context that hands the call-center facade from `<cc-call-center>` to the elements inside. */
export const callCenterContext = createContext<CallCenter | undefined>(
  Symbol.for('cc-phone-kit/call-center'),
);

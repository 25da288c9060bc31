import { benchAnalysis } from './analysis'
import { benchKeystroke } from './keystroke'

/** `npm run bench`: every benchmark, one line each to run it. */
benchAnalysis()
void benchKeystroke()

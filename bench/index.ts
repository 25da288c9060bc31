import { benchAnalysis } from './analysis'
import { benchEngine } from './engine'
import { benchKeystroke } from './keystroke'

/** `npm run bench`: every benchmark, one line each to run it. */
benchEngine()
benchAnalysis()
void benchKeystroke()

import { benchAnalysis } from './analysis'
import { benchEngine } from './engine'
import { benchExport } from './export'
import { benchKeystroke } from './keystroke'

/** `npm run bench`: every benchmark, one line each to run it. */
benchEngine()
benchAnalysis()
void benchKeystroke().then(async () => {
  for (const line of await benchExport()) console.log(line)
})

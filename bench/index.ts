import { benchAnalysis } from './analysis'
import { benchAnalysisLarge } from './analysis-large'
import { benchCli } from './cli'
import { benchEngine } from './engine'
import { benchExport, benchSampleExports } from './export'
import { benchExportAnalysis } from './export-analysis'
import { benchKeystroke } from './keystroke'
import { benchMcOperations } from './mc-operations'
import { benchProbe } from './probe'
import { benchStart } from './start'

/** `npm run bench`: every benchmark, one line each to run it. */
benchEngine()
benchAnalysis()
benchMcOperations()

benchAnalysisLarge()
benchProbe()
void benchKeystroke().then(async () => {
  for (const line of await benchExport()) console.log(line)
  for (const line of await benchSampleExports()) console.log(line)
  for (const line of await benchExportAnalysis()) console.log(line)
  await benchCli()
  await benchStart()
})

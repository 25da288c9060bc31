/**
 * The entry of the installed `bankable` command (the prebuilt bundle, scripts/build-cli.mjs). index.ts
 * stays importable without side effects (tests, tsx); this file exists so the bundle needs no "am I the
 * main module?" test, which differs between CommonJS (tsx) and the ES module the bundle is.
 */
import { start } from './start'

start()

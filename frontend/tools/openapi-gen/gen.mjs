#!/usr/bin/env node
// Generates src/lib/api.gen.ts from openapi.json (the snapshot OpenApiContractIT keeps equal to /v3/api-docs).
// `--check` regenerates in memory and fails when the committed file differs, so the web app never builds
// against types that drifted from the server's contract.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SPEC = resolve(FRONTEND, 'openapi.json')
const OUT = resolve(FRONTEND, 'src', 'lib', 'api.gen.ts')
const HEADER = '// Generated from openapi.json by tools/openapi-gen (npm run gen:api). Do not edit.\n/* eslint-disable */\n'

const ast = await openapiTS(pathToFileURL(SPEC), { alphabetize: true })
const text = HEADER + astToString(ast)

if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : ''
  if (current !== text) {
    console.error('src/lib/api.gen.ts is out of date with openapi.json: run `npm run gen:api` and commit it.')
    process.exit(1)
  }
  console.log('api.gen.ts matches openapi.json')
} else {
  writeFileSync(OUT, text)
  console.log(`wrote ${OUT}`)
}

import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const REPO_ROOT = resolve(WEB_DIR, '../..')
export const NEXT_BIN = resolve(WEB_DIR, 'node_modules/.bin/next')

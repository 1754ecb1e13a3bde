#!/usr/bin/env node
// The installed `pacta` command runs the compiled CLI (`npm run build` produces dist/).
import '../dist/main/cli.js';

// One line saying which Node the project's code runs on (printed after install and first by `npm test`).
console.log(`node ${process.version} (${process.execPath}) — Electron 45's Node line`)

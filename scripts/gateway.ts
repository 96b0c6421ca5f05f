// npm run gateway -- [supergraph.graphql] [port]
// Serves a composed supergraph with Hive Gateway, for trying federation locally.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const [file = 'supergraph.graphql', port = '4100'] = process.argv.slice(2).filter((a) => a !== '--');
const gateway = createGatewayRuntime({ supergraph: readFileSync(file, 'utf8') });
createServer((req, res) => void gateway(req, res)).listen(Number(port), () => console.log(`gateway on http://localhost:${port}/graphql (${file})`));

// Runs every graphql-http server audit against the URL given and prints one line per problem.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
let errors = 0;
let warnings = 0;
let passed = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  if (result.status === 'error') {
    errors++;
    console.log(`ERROR ${audit.name}: ${result.reason}`);
  } else if (result.status === 'warn') {
    warnings++;
    console.log(`WARN ${audit.name}: ${result.reason}`);
  } else {
    passed++;
  }
}
console.log(`audits passed=${passed} errors=${errors} warnings=${warnings}`);
process.exit(errors + warnings > 0 ? 1 : 0);

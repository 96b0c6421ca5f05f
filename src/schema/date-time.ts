// The DateTime scalar (graphql-scalars' RFC 3339 parser, which refuses calendar-invalid
// values such as 2025-02-30T00:00:00Z), with its input errors typed BAD_USER_INPUT like
// every other bad argument, whether the value comes as a variable or inline in the document.
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

function asBadInput<A extends unknown[], R>(parse: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parse(...args);
    } catch (err) {
      const message = err instanceof Error ? err.message : 'DateTime must be an ISO 8601 date-time with a time zone';
      throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  };
}

const config = DateTimeResolver.toConfig();
export const DateTimeScalar = new GraphQLScalarType({
  ...config,
  parseValue: asBadInput(config.parseValue),
  parseLiteral: asBadInput(config.parseLiteral),
});

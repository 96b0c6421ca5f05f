// The operations this client sends. `graphql()` is generated (src/gql/) from these texts and
// schema.graphql: each returns a document typed with its result and variables.
import { graphql } from './gql/index.ts';

/** A country and its officials, by ISO code. */
export const CountryOfficials = graphql(`
  query CountryOfficials($code: String!, $first: Int = 5) {
    country(code: $code) {
      code
      name
      region
      officials(first: $first) {
        totalCount
        edges {
          node {
            id
            name
            positions {
              title
            }
          }
        }
      }
    }
  }
`);

/**
 * Recent diplomatic events of some types, with who took part and the sentence behind each.
 * With `deferEvidence: true` the sentences arrive after the rest (@defer): the answer is then
 * a multipart stream, which clients such as urql or Apollo Client read; run.ts asks without.
 */
export const RecentEvents = graphql(`
  query RecentEvents($types: [DiplomaticEventType!], $first: Int = 5, $deferEvidence: Boolean! = false) {
    diplomaticEvents(first: $first, filter: { types: $types }) {
      totalCount
      edges {
        node {
          id
          type
          date
          summary
          participants {
            role
            actor {
              __typename
              ... on Country {
                code
                name
              }
              ... on Official {
                name
              }
              ... on Organization {
                name
              }
            }
          }
          ... @defer(label: "evidence", if: $deferEvidence) {
            evidence {
              sentence
            }
          }
        }
      }
    }
  }
`);

/** Entities whose name matches a text, across countries, officials and organizations. */
export const Search = graphql(`
  query Search($query: String!, $kinds: [EntityKind!]) {
    searchEntities(query: $query, kinds: $kinds, first: 5) {
      entity {
        __typename
        ... on Country {
          code
          name
        }
        ... on Official {
          name
          country {
            name
          }
        }
        ... on Organization {
          name
        }
      }
    }
  }
`);

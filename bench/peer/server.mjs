// The peer Innograph is measured against: @neo4j/graphql 7 serving an equivalent schema over the same
// Neo4j (the embedded database's Bolt port). Plain entity fields and the LOCATED_IN filter are generated
// by the library; traversals over every relationship type, search and shortest paths are @cypher fields,
// written with the same Cypher Innograph runs, which is what a user of the library would do.
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    kind: String
    note: String
    type: String
    nameKo: String
    nameEn: String
    locatedIn: [Entity!]! @relationship(type: "LOCATED_IN", direction: OUT)
    degree: Int!
      @cypher(
        statement: "RETURN COUNT { (this)-[r]-(o:Entity) WHERE coalesce(r.retired, false) = false AND coalesce(o.retired, false) = false } AS degree"
        columnName: "degree"
      )
    neighbors(first: Int = 20): [Entity!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(o:Entity)
        WHERE coalesce(r.retired, false) = false AND coalesce(o.retired, false) = false
        WITH r, o ORDER BY type(r), o.nameKo, r.id
        LIMIT $first
        RETURN o
        """
        columnName: "o"
      )
  }

  type Query {
    search(text: String!, first: Int = 20): [Entity!]!
      @cypher(
        statement: """
        WITH toLower(trim($text)) AS q
        CALL (q) {
          MATCH (n:Entity) WHERE n.searchText CONTAINS q RETURN n, 0.0 AS score
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 200}) YIELD node, score
          WHERE size(q) >= 2
          RETURN node AS n, score
        }
        WITH q, n, max(score) AS score
        WHERE coalesce(n.retired, false) = false
        WITH n, score,
             CASE WHEN q IN n.names THEN 0
                  WHEN any(name IN n.names WHERE name STARTS WITH q) THEN 1
                  WHEN score > 0 THEN 2
                  ELSE 3 END AS rank
        ORDER BY rank, score DESC, size(n.nameKo), n.id
        LIMIT $first
        RETURN n
        """
        columnName: "n"
      )
    searchCount(text: String!): Int!
      @cypher(
        statement: """
        WITH toLower(trim($text)) AS q
        CALL (q) {
          MATCH (n:Entity) WHERE n.searchText CONTAINS q RETURN n
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 200}) YIELD node
          WHERE size(q) >= 2
          RETURN node AS n
        }
        WITH n WHERE coalesce(n.retired, false) = false
        RETURN count(n) AS total
        """
        columnName: "total"
      )
    "Shortest chains as space-separated entity ids; Cypher wants the hop limit as a literal, so it is 6 and longer chains are dropped."
    connections(from: ID!, to: ID!, maxHops: Int = 4, first: Int = 1): [String!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = SHORTEST 4 (a)((x:Entity)-[r]-(y:Entity)
            WHERE coalesce(r.retired, false) = false AND coalesce(y.retired, false) = false
              AND (y.id = $to OR NOT (y:Region OR y:Sector))){1,6}(b)
        WITH p WHERE length(p) <= $maxHops AND none(n IN nodes(p)[1..-1] WHERE n = a OR n = b)
        WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)-[:PARTY_TO|SIGNED|HEADS|REPRESENTS|ATTENDED|MEMBER_OF|LOCATED_IN|PART_OF|RUNS|MANAGES|ORGANIZES|FUNDS|FOCUSES_ON|DESIGNATES|DESIGNATED_AS|RESPONSIBLE_FOR|IMPLEMENTS|PARTICIPATES_IN|SUPPORTS|PARTNER_OF|COOPERATES_WITH|PUBLISHES|ESTABLISHES|HOSTS|RELOCATES_TO|GOVERNS|CONCERNS]-() }) AS breadth
        ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
        LIMIT $first
        RETURN reduce(s = '', n IN nodes(p) | s + CASE WHEN s = '' THEN '' ELSE ' ' END + n.id) AS path
        """
        columnName: "path"
      )
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687", neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""), {
  maxConnectionPoolSize: 64,
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", healthCheckEndpoint: "/health", logging: "warn" });
const port = Number(process.env.PORT ?? 4000);
createServer(yoga).listen(port, "127.0.0.1", () => console.log(`@neo4j/graphql peer on http://127.0.0.1:${port}/graphql`));

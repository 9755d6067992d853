// The constraints and indexes of Innograph 0.1.0, as its GraphSchema.statements() listed them, in order:
// a store made by that release has exactly these, plus the node (:SchemaState {id: 'schema', hash}).
// Frozen copy for the upgrade test; do not edit.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_subject IF NOT EXISTS FOR (n:Evidence) ON (n.subject);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE INDEX api_token_hash IF NOT EXISTS FOR (n:ApiToken) ON (n.hash);
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
CREATE INDEX fact_entity IF NOT EXISTS FOR (n:Fact) ON (n.entity);
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin);
CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.date);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKo, n.nameEn, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE CONSTRAINT rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_runs_id IF NOT EXISTS FOR ()-[r:RUNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_manages_id IF NOT EXISTS FOR ()-[r:MANAGES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_organizes_id IF NOT EXISTS FOR ()-[r:ORGANIZES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_focuses_on_id IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_designates_id IF NOT EXISTS FOR ()-[r:DESIGNATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_designated_as_id IF NOT EXISTS FOR ()-[r:DESIGNATED_AS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_responsible_for_id IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_partner_of_id IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_publishes_id IF NOT EXISTS FOR ()-[r:PUBLISHES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_establishes_id IF NOT EXISTS FOR ()-[r:ESTABLISHES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_relocates_to_id IF NOT EXISTS FOR ()-[r:RELOCATES_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_governs_id IF NOT EXISTS FOR ()-[r:GOVERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;

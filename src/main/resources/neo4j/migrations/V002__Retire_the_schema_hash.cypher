// Innograph 0.1.0 recorded its schema as one hash in (:SchemaState {id: 'schema'}); the migration chain now
// records what ran, so the hash node of an adopted store goes.
MATCH (s:SchemaState {id: 'schema'})
DELETE s;

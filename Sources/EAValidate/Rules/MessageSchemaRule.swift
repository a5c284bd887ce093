/// A rule that reads the schemas of the messages the model declares (TEC004,
/// TEC005, SEM007). Before such rules run, the validator compiles every declared schema
/// once, on all threads, and checks its examples, so that the rules share the work
/// instead of racing for it.
public protocol MessageSchemaRule: Rule {}

extension MessageSchemaRule {
    public static var readsMessageSchemas: Bool { true }
}

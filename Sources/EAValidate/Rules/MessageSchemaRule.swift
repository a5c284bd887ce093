/// A rule that reads the compiled schemas of the messages the model declares (TEC004,
/// TEC005, SEM007). Before such rules run, the validator compiles every declared schema
/// once, on all threads, so that the rules share the work instead of racing for it.
public protocol MessageSchemaRule: Rule {}

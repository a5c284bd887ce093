public enum JSONSchemaEngine {}

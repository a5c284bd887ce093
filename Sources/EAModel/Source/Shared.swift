/// An immutable value kept behind one reference, so that copying a struct that holds it
/// costs one reference count instead of one per string, array and dictionary inside.
/// Elements and model references are copied by the list into every rule and index.
@usableFromInline
final class Shared<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) {
        self.value = value
    }
}

import EAModel

/// What several rules work out from the model, worked out once per run instead of once
/// per rule: each Exchange's resolved ends (ORG003, LEG001, SEM003, TEC003) and which
/// systems master each entity (SEM002, SEM003). The first rule to ask builds a fact while
/// a rule on another thread that asks for it waits; the model does not change, so the
/// fact is the same whichever rule builds it.
final class SharedFacts: Sendable {
    private let model: Model
    private let ends: Once<[String: ExchangeEnds]>
    private let mastery: Once<Mastery>

    init(model: Model) {
        self.model = model
        ends = Once { Self.ends(in: model) }
        mastery = Once { Mastery(model) }
    }

    /// Every exchange's ends, by id. The model is borrowed: read from the closure that
    /// captured it, it was copied for every exchange, a count on each of its tables.
    private static func ends(in model: borrowing Model) -> [String: ExchangeEnds] {
        var ends: [String: ExchangeEnds] = [:]
        for exchange in model.elements(of: .exchange) where model.duplicates[exchange.id] == nil {
            ends[exchange.id] = ExchangeEnds(exchange, in: model)
        }
        return ends
    }

    /// The exchange's ends. An exchange whose id is written twice is resolved on the spot
    /// (the id alone does not say which of the two it is): the table leaves such ids out.
    func ends(of exchange: Element) -> ExchangeEnds {
        ends.value[exchange.id] ?? ExchangeEnds(exchange, in: model)
    }

    /// Which systems master each entity.
    var masters: Mastery { mastery.value }
}

/// A value made by the first caller while any other waits for it.
private final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = Mutex()
    private let make: @Sendable () -> Value
    private var made: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

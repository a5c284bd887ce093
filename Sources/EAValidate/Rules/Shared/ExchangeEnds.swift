import EAModel

/// An Exchange with its ends resolved: the interface it calls, the system that provides
/// that interface, the consuming system, and both systems' owners. Rules that reason
/// about who exchanges data with whom (ORG003, TEC003, LEG001, SEM003, TEC008) share it,
/// so they agree on what an exchange connects; `SharedFacts` resolves each exchange once
/// per run for all of them. Unresolved references stay nil: the
/// integrity rules report them, the others keep silent.
struct ExchangeEnds {
    let exchange: Element
    let interface: Element?
    let provider: Element?
    let consumer: Element?

    init(_ exchange: Element, in model: borrowing Model) {
        self.exchange = exchange
        let interface = model.resolve(exchange.reference("interface")).flatMap { $0.kind == .interface ? $0 : nil }
        self.interface = interface
        provider = model.resolve(interface?.reference("provider")).flatMap { $0.kind == .informationSystem ? $0 : nil }
        consumer = model.resolve(exchange.reference("consumer")).flatMap { $0.kind == .informationSystem ? $0 : nil }
    }

    /// The owners of the provider and the consumer, when both systems and both owners resolve.
    func owners(in model: Model) -> (provider: Element, consumer: Element)? {
        guard let providerOwner = model.resolve(provider?.owner), providerOwner.kind == .organisation,
              let consumerOwner = model.resolve(consumer?.owner), consumerOwner.kind == .organisation else { return nil }
        return (providerOwner, consumerOwner)
    }

    /// Whether the exchange crosses an organisational boundary: both owners known and different.
    func crossesOwners(in model: Model) -> (provider: Element, consumer: Element)? {
        guard let owners = owners(in: model), owners.provider.id != owners.consumer.id else { return nil }
        return owners
    }

    /// The entities the exchange carries: its own `carries`, or, when it lists none,
    /// everything the messages of its interface carry (the consumer can receive all of it).
    var carriedEntityReferences: [Reference] {
        let own = exchange.references("carries")
        if !own.isEmpty { return own }
        return interface?.messageCarries ?? []
    }
}

extension Element {
    /// The entities an Interface's messages carry, in the order written.
    var messageCarries: [Reference] {
        records("messages").flatMap { $0.references("carries") }
    }
}

import EAModel

/// Which Organisations and which InformationSystem an element counts for in conformance
/// scores, so that each agency is scored on what it is answerable for:
///
/// - an Organisation counts for itself;
/// - an element with an `owner` counts for its owner, one with an `operator` (systems and
///   platforms without an owner) for its operator;
/// - an Interface without either counts for the organisation of its provider system, an
///   Exchange for that of its consumer system (the agency that receives the data asks
///   for it, and must hold the agreement and legal basis);
/// - an Agreement without either counts for each of its `parties`: every party must keep
///   it in force;
/// - anything else (a LegalAct, a Standard) counts for no organisation: reports show it
///   apart.
///
/// Only references that name an Organisation (or InformationSystem) count: a dangling
/// owner is INT004's finding, and the element counts for no one until it is fixed.
/// Every lookup is one dictionary access, so assigning all elements is linear.
public struct Accountability: Sendable {
    public let model: Model

    public init(model: Model) {
        self.model = model
    }

    /// The organisations the element counts for, sorted by id; usually one, every party
    /// for an agreement without owner, none for legal acts and standards.
    public func organisations(of element: Element) -> [String] {
        if element.kind == .organisation { return [element.id] }
        if let own = organisationNamed(element.owner) ?? organisationNamed(element.reference("operator")) { return [own] }
        switch element.kind {
        case .interface, .exchange:
            guard let system = system(of: element).flatMap({ model[$0] }),
                  let organisation = organisationNamed(system.owner) ?? organisationNamed(system.reference("operator")) else { return [] }
            return [organisation]
        case .agreement:
            return Set(element.references("parties").compactMap(organisationNamed)).sorted(by: Conformance.precedes)
        default:
            return []
        }
    }

    public func system(of element: Element) -> String? {
        switch element.kind {
        case .informationSystem: return element.id
        case .interface: return systemNamed(element.reference("provider"))
        case .exchange: return systemNamed(element.reference("consumer"))
        default: return nil
        }
    }

    private func organisationNamed(_ reference: Reference?) -> String? {
        model.resolve(reference).flatMap { $0.kind == .organisation ? $0.id : nil }
    }

    private func systemNamed(_ reference: Reference?) -> String? {
        model.resolve(reference).flatMap { $0.kind == .informationSystem ? $0.id : nil }
    }
}

import EAModel

extension Model {
    /// The references whose target is this very element (their `targetElement`): those
    /// naming its id, when it is the element the id names, the first of a repeated id.
    ///
    /// Rules about a few targets (repealed acts, outdated standards, retired systems) start
    /// from them rather than walk every reference: a national model has five references an
    /// element, and few elements are such targets.
    func references(targeting element: Element) -> [ModelReference] {
        guard self[element.id]?.location == element.location else { return [] }
        return incoming(to: element.id)
    }
}

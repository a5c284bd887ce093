extension Element {
    /// The Organisation accountable for the element: its owner, or for systems and
    /// platforms without one, their operator. Graph clusters, the organisations view
    /// and the grouping of impact reports use it.
    public var organisationInCharge: String? {
        (owner ?? reference("operator"))?.id
    }
}

import EAModel

extension Builder {
    /// Names schemas use for attributes where they differ from the vocabulary, which the
    /// message's `mapping` then records.
    static let schemaAliases: [String: String] = [
        "pin": "personalNumber", "tin": "inn", "surname": "lastName", "givenName": "firstName",
        "birthDate": "dateOfBirth", "registrationDate": "regDate", "documentNumber": "docNumber",
        "organisationName": "orgName", "addressId": "registeredAddressId", "cadastralNumber": "cadastreNo",
        "amount": "sum", "issueDate": "dateOfIssue",
    ]

    /// Interfaces of systems in production or development, each serving entities its
    /// system masters (so an exchange over it comes from the master, and a copy it feeds
    /// is fed from the master). Most are SOAP services on Tunduk with an XSD and example
    /// messages; the others REST services with a JSON Schema and an example response; a
    /// few are internal ones on the government cloud.
    func buildInterfaces(count: Int) {
        let providers = systems.indices.filter { liveLifecycles.contains(systems[$0].lifecycle) && !systems[$0].masters.isEmpty }
        guard !providers.isEmpty else { return }
        let popular = max(1, providers.count / 10)
        while interfaces.count < count {
            let provider = random.chance(0.35) ? providers[random.below(popular)] : random.pick(providers)
            addInterface(provider: provider)
        }
    }

    private func addInterface(provider: Int) {
        let system = systems[provider]
        let owner = system.owner
        let org = orgs[owner]
        let carried = random.sample(system.masters, 1 + random.below(min(3, system.masters.count)))
        let first = entities[carried[0]]
        let key = first.attributes[0].name
        let soap = random.chance(0.75)
        let lifecycle = system.lifecycle == "production" && random.chance(0.92) ? "production" : "development"
        let internalOnly = orgs[owner].systems.count > 2 && random.chance(0.1)
        let draft = makeDraft("\(org.draft.id).\(first.concept.term.slug)-by-\(Transliteration.slug(Self.camelWords(key)))",
                              kind: .interface, folder: org.folder)
        let local = String(draft.id.dropFirst(org.draft.id.count + 1))
        draft.slug = local
        let term = first.concept.term
        draft["name"] = .text(Localized(ky: "\(term.ky): маалымат алуу", ru: "\(term.ru): получение сведений", en: "\(term.en) lookup"))
        draft.set("owner", org.draft.id)
        draft.set("lifecycle", lifecycle)
        draft.set("provider", system.draft.id)
        draft.set("via", internalOnly ? "platform.gov-cloud" : "platform.tunduk")
        draft.set("protocol", soap ? "soap" : "rest")
        draft.set("version", "\(1 + random.below(3)).\(random.below(5))")
        let security = random.pick(Self.securityStandards)
        let protected = carried.contains { Self.protectedClasses.contains(entities[$0].concept.classification) }
        if soap {
            draft.set("standards", refs: ["std.xroad-message-protocol-4-0", "std.soap-1-1", "std.wsdl-1-1", "std.xsd-1-0", "std.xml-1-0", "std.utf-8", security, "std.x509"])
        } else {
            draft.set("standards", refs: ["std.xroad-message-protocol-rest", "std.openapi-3-1", "std.json", "std.http-1-1", "std.utf-8", security, "std.x509"])
        }
        if protected || random.chance(0.7) {
            draft.set("authentication", refs: soap || random.chance(0.5) ? ["std.x509"] : ["std.x509", "std.oauth-2-0"])
        }
        var mapping: [(attribute: String, element: String)] = []
        if soap, random.chance(0.3) {
            let names = Set(carried.flatMap { entities[$0].attributes.map(\.name) })
            if let renamed = first.attributes.dropFirst().first(where: {
                Self.schemaAliases[$0.name].map { !names.contains($0) } ?? false
            }) {
                mapping.append((renamed.name, Self.schemaAliases[renamed.name]!))
            }
        }
        let operation = "get" + Self.camel(term.slug, upperFirst: true) + "By" + Self.camel(key, upperFirst: true)
        let interface = Interface(
            draft: draft, provider: provider, carries: carried, soap: soap, lifecycle: lifecycle, internalOnly: internalOnly,
            operation: operation, keyAttribute: key, namespace: "urn:kg:tunduk:\(org.draft.id):\(local):v1", mapping: mapping,
            messageFolder: "messages/\(org.draft.id)/\(local)")
        draft["messages"] = messages(interface)
        draft["sla"] = .record([Entry("availability", .scalar(["99.0", "99.5", "99.9"][random.below(3)])),
                                Entry("responseTimeMs", .scalar(String([300, 500, 800, 1500, 3000][random.below(5)])))])
        if soap {
            draft["properties"] = .dictionary([("xroadServiceCode", operation), ("xroadServiceVersion", "v1")])
        }
        for entity in carried { entities[entity].carried = true }
        interfaces.append(interface)
    }

    /// The interface's messages as the model declares them (rebuilt when a violation is
    /// planted in them).
    func messages(_ interface: Interface) -> Value {
        let carries = Value.list(interface.carries.map { .scalar(entities[$0].draft.id) })
        let folder = interface.messageFolder
        guard interface.soap else {
            // A REST service: one JSON response, described by a JSON Schema.
            let name = Self.plural(Self.camel(entities[interface.carries[0]].concept.term.slug))
            return .list([.record([
                Entry("name", .scalar(name)), Entry("direction", .scalar("response")),
                Entry("schema", .path("\(folder)/schema.json")), Entry("examples", .list([.path("\(folder)/response.json")])),
                Entry("carries", carries),
            ])])
        }
        var responseExamples: [Value] = [.path("\(folder)/response.xml")]
        if interface.missingExample { responseExamples.append(.path("\(folder)/response-empty.xml")) }
        var response = [
            Entry("name", .scalar(interface.operation + "Response")),
            Entry("direction", .scalar("response")),
            Entry("schema", .path("\(folder)/schema.xsd")),
            Entry("examples", .list(responseExamples)),
            Entry("carries", carries),
        ]
        if !interface.mapping.isEmpty {
            response.append(Entry("mapping", .dictionary(interface.mapping.map { ($0.attribute, $0.element) })))
        }
        return .list([
            .record([
                Entry("name", .scalar(interface.operation)),
                Entry("direction", .scalar("request")),
                Entry("schema", .path("\(folder)/schema.xsd")),
                Entry("examples", .list([.path("\(folder)/request.xml")])),
            ]),
            .record(response),
        ])
    }

    static let protectedClasses: Set<String> = ["personal", "sensitive", "secret"]

    /// `birthDate` → `birth-date`, for ids.
    static func camelWords(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// The national elements a new agency repository refers to (the Tunduk and cloud
/// platforms, their operators, the standards and law its examples cite), with the ids
/// of the national reference architecture. They sit in `national/`, read as a reference
/// folder, until the repository points at the real reference architecture.
enum NationalStandIns {
    static let header = """
        # yaml-language-server: $schema=../schemas/\(ModelJSONSchema.fileName)
        # Stand-ins with the ids of the national reference architecture, so this repository
        # validates on its own. Delete national/ once eaf.yaml names the real one in `reference:`.

        """

    static var files: [SafeFileWriter.File] {
        [
            .init(path: "national/organisations.yaml", text: header + organisations),
            .init(path: "national/platforms.yaml", text: header + platforms),
            .init(path: "national/standards.yaml", text: header + standards),
            .init(path: "national/legal.yaml", text: header + legal),
        ]
    }

    static let organisations = """
        id: mdd
        kind: Organisation
        name:
          ky: Кыргыз Республикасынын Санариптик өнүктүрүү жана инновациялык технологиялар министрлиги
          ru: Министерство цифрового развития и инновационных технологий Кыргызской Республики
          en: Ministry of Digital Development and Innovative Technologies of the Kyrgyz Republic
        type: ministry
        ---
        id: tunduk
        kind: Organisation
        name:
          ky: «Түндүк» мамлекеттик мекемеси
          ru: Государственное учреждение «Түндүк»
          en: State institution Tunduk
        description:
          en: Operator of the Tunduk interoperability platform.
        type: state-enterprise
        parent: mdd
        ---
        id: infocom
        kind: Organisation
        name:
          ky: «Инфоком» мамлекеттик ишканасы
          ru: Государственное предприятие «Инфоком»
          en: State enterprise Infocom
        description:
          en: Runs the government data centre and the government cloud.
        type: state-enterprise
        parent: mdd

        """

    static let platforms = """
        id: platform.tunduk
        kind: Platform
        name:
          ky: «Түндүк» санариптик өз ара аракеттенүү системасы
          ru: Система цифрового взаимодействия «Түндүк»
          en: Tunduk digital interaction system
        description:
          en: The national interoperability platform, built on X-Road.
        owner: mdd
        operator: tunduk
        lifecycle: production
        type: interoperability-platform
        ---
        id: platform.gov-cloud
        kind: Platform
        name:
          ky: Мамлекеттик булут платформасы
          ru: Государственная облачная платформа
          en: Government cloud
        owner: mdd
        operator: infocom
        lifecycle: production
        type: cloud

        """

    static let standards = """
        id: std.xroad-message-protocol-4-0
        kind: Standard
        name: "X-Road: Message Protocol v4.0 (SOAP)"
        category: technical
        status: mandatory
        version: "4.0"
        publisher: Nordic Institute for Interoperability Solutions (NIIS)
        url: "https://github.com/nordic-institute/X-Road/blob/develop/doc/Protocols/pr-mess_x-road_message_protocol.md"
        ---
        id: std.xsd-1-0
        kind: Standard
        name: W3C XML Schema Definition Language (XSD) 1.0, Second Edition
        category: technical
        status: mandatory
        version: "1.0 (Second Edition)"
        publisher: W3C
        url: "https://www.w3.org/TR/xmlschema-1/"
        ---
        id: std.tls-1-3
        kind: Standard
        name: The Transport Layer Security (TLS) Protocol Version 1.3 (RFC 8446)
        category: security
        status: recommended
        version: RFC 8446
        publisher: IETF
        url: "https://www.rfc-editor.org/rfc/rfc8446"
        ---
        id: std.x509
        kind: Standard
        name: Internet X.509 Public Key Infrastructure Certificate and CRL Profile (RFC 5280)
        category: security
        status: mandatory
        version: RFC 5280
        publisher: IETF / ITU-T
        url: "https://www.rfc-editor.org/rfc/rfc5280"
        ---
        id: std.iso-8601
        kind: Standard
        name: ISO 8601 Date and time format
        category: semantic
        status: mandatory
        version: "2019"
        publisher: ISO
        url: "https://www.iso.org/iso-8601-date-and-time-format.html"

        """

    static let legal = """
        id: legal.digital-code
        kind: LegalAct
        name:
          ky: Кыргыз Республикасынын Санариптик кодекси
          ru: Цифровой кодекс Кыргызской Республики
          en: Digital Code of the Kyrgyz Republic
        description:
          en: Governs the digital environment, including the processing of personal data and state digital services.
        status: in-force

        """
}

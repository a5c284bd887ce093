/// The national reference content every generated repository carries: the standards
/// catalogue, the shared platforms, cross-cutting law, the national code lists, and the
/// attribute vocabulary entities are described with.
enum Catalogue {
    struct StandardEntry: Sendable {
        let id: String
        let name: String
        let category: String
        let status: String
        let version: String
        let publisher: String
        let url: String
        let supersededBy: String?
    }

    static let standards: [StandardEntry] = [
        StandardEntry(id: "std.xroad-message-protocol-4-0", name: "X-Road: Message Protocol v4.0 (SOAP)", category: "technical", status: "mandatory", version: "4.0", publisher: "NIIS", url: "https://x-road.global/", supersededBy: nil),
        StandardEntry(id: "std.xroad-message-protocol-rest", name: "X-Road: Message Protocol for REST", category: "technical", status: "mandatory", version: "1.0", publisher: "NIIS", url: "https://x-road.global/", supersededBy: nil),
        StandardEntry(id: "std.xroad-message-protocol-3-1", name: "X-Road: Message Protocol v3.1", category: "technical", status: "retired", version: "3.1", publisher: "NIIS", url: "https://x-road.global/", supersededBy: "std.xroad-message-protocol-4-0"),
        StandardEntry(id: "std.soap-1-1", name: "Simple Object Access Protocol (SOAP) 1.1", category: "technical", status: "mandatory", version: "1.1", publisher: "W3C", url: "https://www.w3.org/TR/2000/NOTE-SOAP-20000508/", supersededBy: nil),
        StandardEntry(id: "std.soap-1-2", name: "SOAP Version 1.2", category: "technical", status: "recommended", version: "1.2", publisher: "W3C", url: "https://www.w3.org/TR/soap12/", supersededBy: nil),
        StandardEntry(id: "std.wsdl-1-1", name: "Web Services Description Language (WSDL) 1.1", category: "technical", status: "mandatory", version: "1.1", publisher: "W3C", url: "https://www.w3.org/TR/wsdl", supersededBy: nil),
        StandardEntry(id: "std.xml-1-0", name: "Extensible Markup Language (XML) 1.0, Fifth Edition", category: "technical", status: "mandatory", version: "1.0", publisher: "W3C", url: "https://www.w3.org/TR/xml/", supersededBy: nil),
        StandardEntry(id: "std.xsd-1-0", name: "W3C XML Schema Definition Language (XSD) 1.0", category: "technical", status: "mandatory", version: "1.0", publisher: "W3C", url: "https://www.w3.org/TR/xmlschema-1/", supersededBy: nil),
        StandardEntry(id: "std.json", name: "The JavaScript Object Notation (JSON) Data Interchange Format (RFC 8259)", category: "technical", status: "mandatory", version: "RFC 8259", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc8259", supersededBy: nil),
        StandardEntry(id: "std.json-schema-2020-12", name: "JSON Schema, draft 2020-12", category: "technical", status: "mandatory", version: "2020-12", publisher: "JSON Schema", url: "https://json-schema.org/draft/2020-12", supersededBy: nil),
        StandardEntry(id: "std.json-schema-draft-07", name: "JSON Schema, draft-07", category: "technical", status: "deprecated", version: "draft-07", publisher: "JSON Schema", url: "https://json-schema.org/draft-07", supersededBy: "std.json-schema-2020-12"),
        StandardEntry(id: "std.openapi-3-1", name: "OpenAPI Specification 3.1", category: "technical", status: "mandatory", version: "3.1.0", publisher: "OpenAPI Initiative", url: "https://spec.openapis.org/oas/v3.1.0", supersededBy: nil),
        StandardEntry(id: "std.openapi-3-0", name: "OpenAPI Specification 3.0", category: "technical", status: "recommended", version: "3.0.3", publisher: "OpenAPI Initiative", url: "https://spec.openapis.org/oas/v3.0.3", supersededBy: nil),
        StandardEntry(id: "std.http-1-1", name: "HTTP/1.1 (RFC 9110, RFC 9112)", category: "technical", status: "mandatory", version: "RFC 9112", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc9112", supersededBy: nil),
        StandardEntry(id: "std.http-2", name: "HTTP/2 (RFC 9113)", category: "technical", status: "recommended", version: "RFC 9113", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc9113", supersededBy: nil),
        StandardEntry(id: "std.utf-8", name: "UTF-8, a transformation format of ISO 10646 (RFC 3629)", category: "technical", status: "mandatory", version: "RFC 3629", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc3629", supersededBy: nil),
        StandardEntry(id: "std.csv", name: "Common Format and MIME Type for CSV Files (RFC 4180)", category: "technical", status: "recommended", version: "RFC 4180", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc4180", supersededBy: nil),
        StandardEntry(id: "std.pdf-a", name: "PDF/A-2 (ISO 19005-2)", category: "technical", status: "mandatory", version: "ISO 19005-2:2011", publisher: "ISO", url: "https://www.iso.org/standard/50655.html", supersededBy: nil),
        StandardEntry(id: "std.odf-1-3", name: "Open Document Format for Office Applications (OpenDocument) 1.3", category: "technical", status: "recommended", version: "1.3", publisher: "OASIS", url: "https://docs.oasis-open.org/office/OpenDocument/v1.3/", supersededBy: nil),
        StandardEntry(id: "std.ipv6", name: "Internet Protocol, Version 6 (IPv6) Specification (RFC 8200)", category: "technical", status: "recommended", version: "RFC 8200", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc8200", supersededBy: nil),
        StandardEntry(id: "std.tls-1-3", name: "The Transport Layer Security (TLS) Protocol Version 1.3 (RFC 8446)", category: "security", status: "recommended", version: "RFC 8446", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc8446", supersededBy: nil),
        StandardEntry(id: "std.tls-1-2", name: "The Transport Layer Security (TLS) Protocol Version 1.2 (RFC 5246)", category: "security", status: "mandatory", version: "RFC 5246", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc5246", supersededBy: nil),
        StandardEntry(id: "std.tls-1-1", name: "The Transport Layer Security (TLS) Protocol Version 1.1 (RFC 4346)", category: "security", status: "retired", version: "RFC 4346", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc4346", supersededBy: "std.tls-1-3"),
        StandardEntry(id: "std.tls-1-0", name: "The TLS Protocol Version 1.0 (RFC 2246)", category: "security", status: "retired", version: "RFC 2246", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc2246", supersededBy: "std.tls-1-3"),
        StandardEntry(id: "std.x509", name: "Internet X.509 Public Key Infrastructure Certificate and CRL Profile (RFC 5280)", category: "security", status: "mandatory", version: "RFC 5280", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc5280", supersededBy: nil),
        StandardEntry(id: "std.oauth-2-0", name: "The OAuth 2.0 Authorization Framework (RFC 6749)", category: "security", status: "mandatory", version: "RFC 6749", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc6749", supersededBy: nil),
        StandardEntry(id: "std.oidc-1-0", name: "OpenID Connect Core 1.0", category: "security", status: "mandatory", version: "1.0", publisher: "OpenID Foundation", url: "https://openid.net/specs/openid-connect-core-1_0.html", supersededBy: nil),
        StandardEntry(id: "std.saml-2-0", name: "Security Assertion Markup Language (SAML) 2.0", category: "security", status: "deprecated", version: "2.0", publisher: "OASIS", url: "https://docs.oasis-open.org/security/saml/v2.0/", supersededBy: "std.oidc-1-0"),
        StandardEntry(id: "std.jwt", name: "JSON Web Token (JWT) (RFC 7519)", category: "security", status: "recommended", version: "RFC 7519", publisher: "IETF", url: "https://www.rfc-editor.org/rfc/rfc7519", supersededBy: nil),
        StandardEntry(id: "std.xmldsig-1-1", name: "XML Signature Syntax and Processing Version 1.1", category: "security", status: "recommended", version: "1.1", publisher: "W3C", url: "https://www.w3.org/TR/xmldsig-core1/", supersededBy: nil),
        StandardEntry(id: "std.xades", name: "XAdES digital signatures (ETSI EN 319 132-1)", category: "security", status: "recommended", version: "1.1.1", publisher: "ETSI", url: "https://www.etsi.org/deliver/etsi_en/319100_319199/31913201/", supersededBy: nil),
        StandardEntry(id: "std.pades", name: "PAdES digital signatures (ETSI EN 319 142-1)", category: "security", status: "recommended", version: "1.1.1", publisher: "ETSI", url: "https://www.etsi.org/deliver/etsi_en/319100_319199/31914201/", supersededBy: nil),
        StandardEntry(id: "std.iso-27001", name: "ISO/IEC 27001 Information security management systems — Requirements", category: "security", status: "recommended", version: "2022", publisher: "ISO/IEC", url: "https://www.iso.org/standard/27001", supersededBy: nil),
        StandardEntry(id: "std.iso-8601", name: "ISO 8601 Date and time format", category: "semantic", status: "mandatory", version: "2019", publisher: "ISO", url: "https://www.iso.org/iso-8601-date-and-time-format.html", supersededBy: nil),
        StandardEntry(id: "std.iso-3166-1", name: "ISO 3166-1 Country codes", category: "semantic", status: "mandatory", version: "2020", publisher: "ISO", url: "https://www.iso.org/iso-3166-country-codes.html", supersededBy: nil),
        StandardEntry(id: "std.iso-3166-2", name: "ISO 3166-2 Country subdivision codes", category: "semantic", status: "recommended", version: "2020", publisher: "ISO", url: "https://www.iso.org/standard/72483.html", supersededBy: nil),
        StandardEntry(id: "std.iso-4217", name: "ISO 4217 Currency codes", category: "semantic", status: "mandatory", version: "2015", publisher: "ISO", url: "https://www.iso.org/iso-4217-currency-codes.html", supersededBy: nil),
        StandardEntry(id: "std.iso-639", name: "ISO 639 Language codes", category: "semantic", status: "mandatory", version: "2023", publisher: "ISO", url: "https://www.iso.org/iso-639-language-code", supersededBy: nil),
        StandardEntry(id: "std.iso-5218", name: "ISO/IEC 5218 Codes for the representation of human sexes", category: "semantic", status: "mandatory", version: "2022", publisher: "ISO/IEC", url: "https://www.iso.org/standard/81682.html", supersededBy: nil),
        StandardEntry(id: "std.itu-e164", name: "ITU-T E.164 The international public telecommunication numbering plan", category: "semantic", status: "mandatory", version: "11/2010", publisher: "ITU-T", url: "https://www.itu.int/rec/T-REC-E.164", supersededBy: nil),
        StandardEntry(id: "std.icd-10", name: "ICD-10 International Statistical Classification of Diseases", category: "semantic", status: "mandatory", version: "2019", publisher: "WHO", url: "https://icd.who.int/browse10/2019/en", supersededBy: nil),
        StandardEntry(id: "std.hl7-fhir-r4", name: "HL7 FHIR Release 4", category: "semantic", status: "emerging", version: "4.0.1", publisher: "HL7", url: "https://hl7.org/fhir/R4/", supersededBy: nil),
        StandardEntry(id: "std.dcat-3", name: "Data Catalog Vocabulary (DCAT) Version 3", category: "semantic", status: "recommended", version: "3", publisher: "W3C", url: "https://www.w3.org/TR/vocab-dcat-3/", supersededBy: nil),
        StandardEntry(id: "std.soate", name: "СОАТЕ — Система обозначений административно-территориальных единиц Кыргызской Республики", category: "semantic", status: "mandatory", version: "2023", publisher: "Нацстатком", url: "https://www.stat.gov.kg/ru/klassifikatory/", supersededBy: nil),
        StandardEntry(id: "std.gked", name: "ГКЭД — Государственный классификатор видов экономической деятельности (NACE Rev. 2)", category: "semantic", status: "mandatory", version: "3", publisher: "Нацстатком", url: "https://www.stat.gov.kg/ru/klassifikatory/", supersededBy: nil),
        StandardEntry(id: "std.archimate-3-2", name: "ArchiMate 3.2 Specification", category: "organisational", status: "recommended", version: "3.2", publisher: "The Open Group", url: "https://pubs.opengroup.org/architecture/archimate32-doc/", supersededBy: nil),
        StandardEntry(id: "std.bpmn-2-0", name: "Business Process Model and Notation (BPMN) 2.0.2", category: "organisational", status: "recommended", version: "2.0.2", publisher: "OMG", url: "https://www.omg.org/spec/BPMN/2.0.2/", supersededBy: nil),
        StandardEntry(id: "std.wcag-2-1", name: "Web Content Accessibility Guidelines (WCAG) 2.1", category: "organisational", status: "mandatory", version: "2.1", publisher: "W3C", url: "https://www.w3.org/TR/WCAG21/", supersededBy: nil),
        StandardEntry(id: "std.wcag-2-2", name: "Web Content Accessibility Guidelines (WCAG) 2.2", category: "organisational", status: "emerging", version: "2.2", publisher: "W3C", url: "https://www.w3.org/TR/WCAG22/", supersededBy: nil),
    ]

    /// International standards adopted as Kyrgyz national standards (КМС), which fill the
    /// catalogue beyond the core list at larger sizes.
    static let adoptedStandards: [(number: String, category: String, ru: String)] = [
        ("ISO/IEC 27002", "security", "Информационная безопасность, кибербезопасность и защита конфиденциальности. Меры обеспечения"),
        ("ISO/IEC 27005", "security", "Руководство по управлению рисками информационной безопасности"),
        ("ISO/IEC 27017", "security", "Меры обеспечения информационной безопасности облачных услуг"),
        ("ISO/IEC 27018", "security", "Защита персональных данных в публичных облаках"),
        ("ISO/IEC 20000-1", "organisational", "Менеджмент услуг в области информационных технологий"),
        ("ISO 22301", "organisational", "Системы менеджмента непрерывности деятельности"),
        ("ISO/IEC 25010", "technical", "Модели качества систем и программного обеспечения"),
        ("ISO 15489-1", "organisational", "Информация и документация. Управление документами"),
        ("ISO/IEC/IEEE 12207", "technical", "Процессы жизненного цикла программных средств"),
        ("ISO/IEC/IEEE 15288", "technical", "Процессы жизненного цикла систем"),
        ("ISO/IEC 38500", "organisational", "Стратегическое руководство информационными технологиями"),
        ("ISO/IEC/IEEE 42010", "organisational", "Описание архитектуры"),
        ("ISO 14721", "technical", "Открытая архивная информационная система (OAIS)"),
        ("ISO 23081-1", "semantic", "Метаданные для управления документами"),
        ("ISO/IEC 29100", "security", "Основы обеспечения приватности"),
        ("ISO/IEC 24760-1", "security", "Основы управления идентификационными данными"),
        ("ISO/IEC 11179-3", "semantic", "Реестры метаданных"),
        ("ISO 19115-1", "semantic", "Географическая информация. Метаданные"),
        ("ISO/IEC 19757-3", "technical", "Schematron — проверка XML-документов по правилам"),
        ("ISO/IEC 40500", "organisational", "Руководство по обеспечению доступности веб-контента"),
    ]

    struct PlatformEntry: Sendable {
        let id: String
        let type: String
        let operatorID: String
        let lifecycle: String
        let ky: String
        let ru: String
        let en: String
    }

    static let platforms: [PlatformEntry] = [
        PlatformEntry(id: "platform.tunduk", type: "interoperability-platform", operatorID: "tunduk", lifecycle: "production",
                      ky: "«Түндүк» санариптик өз ара аракеттенүү системасы", ru: "Система цифрового взаимодействия «Түндүк»", en: "Tunduk digital interaction system"),
        PlatformEntry(id: "platform.gov-cloud", type: "cloud", operatorID: "infocom", lifecycle: "production",
                      ky: "Мамлекеттик булут платформасы", ru: "Государственная облачная платформа", en: "Government cloud"),
        PlatformEntry(id: "platform.pki", type: "pki", operatorID: "infocom", lifecycle: "production",
                      ky: "Электрондук колтамганын ачык ачкычтар инфраструктурасы", ru: "Инфраструктура открытых ключей электронной подписи", en: "Public key infrastructure for electronic signatures"),
        PlatformEntry(id: "platform.esi", type: "identity", operatorID: "tunduk", lifecycle: "production",
                      ky: "Бирдиктүү идентификациялоо системасы", ru: "Единая система идентификации", en: "Unified identification system"),
        PlatformEntry(id: "platform.gov-network", type: "network", operatorID: "infocom", lifecycle: "production",
                      ky: "Мамлекеттик органдардын корголгон маалымат берүү тармагы", ru: "Защищённая сеть передачи данных государственных органов", en: "Government data network"),
        PlatformEntry(id: "platform.payment-gateway", type: "other", operatorID: "infocom", lifecycle: "production",
                      ky: "Мамлекеттик төлөмдөр шлюзу", ru: "Государственный платёжный шлюз", en: "Government payment gateway"),
        PlatformEntry(id: "platform.sms-gateway", type: "other", operatorID: "tunduk", lifecycle: "production",
                      ky: "Мамлекеттик SMS-шлюз", ru: "Государственный SMS-шлюз", en: "Government SMS gateway"),
        PlatformEntry(id: "platform.gov-cloud-2", type: "cloud", operatorID: "infocom", lifecycle: "planned",
                      ky: "Мамлекеттик булуттун экинчи кезеги", ru: "Вторая очередь государственного облака", en: "Government cloud, second stage"),
        PlatformEntry(id: "platform.legacy-datacenter", type: "datacenter", operatorID: "infocom", lifecycle: "deprecated",
                      ky: "Мамлекеттик органдардын эски маалыматтарды иштетүү борбору", ru: "Прежний центр обработки данных государственных органов", en: "Former government data centre"),
    ]

    struct LawEntry: Sendable {
        let id: String
        let ky: String
        let ru: String
        let en: String
        let number: String?
        let adopted: String
        let status: String
        /// The sector whose services and exchanges cite it (nil: everyone's).
        let sector: String?
    }

    static let laws: [LawEntry] = [
        LawEntry(id: "legal.law-personal-data", ky: "«Жеке мүнөздөгү маалымат жөнүндө» Кыргыз Республикасынын Мыйзамы", ru: "Закон Кыргызской Республики «Об информации персонального характера»", en: "Law on personal information", number: "58", adopted: "2008-04-14", status: "amended", sector: nil),
        LawEntry(id: "legal.law-e-governance", ky: "«Электрондук башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамы", ru: "Закон Кыргызской Республики «Об электронном управлении»", en: "Law on electronic governance", number: "127", adopted: "2017-07-19", status: "in-force", sector: "digital"),
        LawEntry(id: "legal.law-e-signature", ky: "«Электрондук кол тамга жөнүндө» Кыргыз Республикасынын Мыйзамы", ru: "Закон Кыргызской Республики «Об электронной подписи»", en: "Law on electronic signature", number: "128", adopted: "2017-07-19", status: "in-force", sector: nil),
        LawEntry(id: "legal.law-e-document-2004", ky: "«Электрондук документ жана электрондук санариптик кол тамга жөнүндө» Мыйзамы (2004)", ru: "Закон Кыргызской Республики «Об электронном документе и электронной цифровой подписи» (2004)", en: "Law on the electronic document and electronic digital signature (2004)", number: "92", adopted: "2004-07-17", status: "repealed", sector: nil),
        LawEntry(id: "legal.law-access-to-information", ky: "«Мамлекеттик органдардын жана жергиликтүү өз алдынча башкаруу органдарынын карамагындагы маалыматка жетүү жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О доступе к информации, находящейся в ведении государственных органов и органов местного самоуправления»", en: "Law on access to information held by state and local government bodies", number: "213", adopted: "2006-12-28", status: "in-force", sector: "justice"),
        LawEntry(id: "legal.tax-code", ky: "Кыргыз Республикасынын Салык кодекси", ru: "Налоговый кодекс Кыргызской Республики", en: "Tax Code of the Kyrgyz Republic", number: "3", adopted: "2022-01-18", status: "in-force", sector: "tax"),
        LawEntry(id: "legal.tunduk-regulation", ky: "«Түндүк» ведомстволор аралык электрондук өз ара аракеттенүү системасы жөнүндө жобо", ru: "Положение о системе межведомственного электронного взаимодействия «Түндүк»", en: "Regulation on the Tunduk interoperability system", number: nil, adopted: "2018-09-11", status: "in-force", sector: nil),
        LawEntry(id: "legal.law-civil-status-acts", ky: "«Жарандык абалдын актылары жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «Об актах гражданского состояния»", en: "Law on acts of civil status", number: nil, adopted: "2020-01-20", status: "in-force", sector: "registry"),
        LawEntry(id: "legal.law-state-pensions", ky: "«Мамлекеттик пенсиялык социалдык камсыздандыруу жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О государственном пенсионном социальном страховании»", en: "Law on state pension social insurance", number: nil, adopted: "1997-07-21", status: "amended", sector: "social-insurance"),
        LawEntry(id: "legal.law-state-benefits", ky: "«Мамлекеттик жөлөкпулдар жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О государственных пособиях»", en: "Law on state benefits", number: nil, adopted: "2009-12-29", status: "amended", sector: "social-protection"),
        LawEntry(id: "legal.law-health-insurance", ky: "«Жарандарды медициналык камсыздандыруу жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О медицинском страховании граждан»", en: "Law on health insurance of citizens", number: nil, adopted: "1999-10-18", status: "amended", sector: "health"),
        LawEntry(id: "legal.law-education", ky: "«Билим берүү жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «Об образовании»", en: "Law on education", number: nil, adopted: "2023-08-11", status: "in-force", sector: "education"),
        LawEntry(id: "legal.law-road-traffic", ky: "«Жол кыймылы жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О дорожном движении»", en: "Law on road traffic", number: nil, adopted: "2024-01-15", status: "in-force", sector: "interior"),
        LawEntry(id: "legal.law-customs", ky: "«Бажы жөнгө салуу жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О таможенном регулировании»", en: "Law on customs regulation", number: nil, adopted: "2019-04-24", status: "in-force", sector: "customs"),
        LawEntry(id: "legal.law-procurement", ky: "«Мамлекеттик сатып алуулар жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О государственных закупках»", en: "Law on public procurement", number: nil, adopted: "2022-06-14", status: "in-force", sector: "finance"),
        LawEntry(id: "legal.law-permits", ky: "«Уруксат берүү системасы жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О разрешительной системе»", en: "Law on the permit system", number: nil, adopted: "2013-05-19", status: "amended", sector: "economy"),
        LawEntry(id: "legal.law-pastures", ky: "«Жайыттар жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О пастбищах»", en: "Law on pastures", number: nil, adopted: "2009-01-26", status: "amended", sector: "agriculture"),
        LawEntry(id: "legal.law-statistics", ky: "«Расмий статистика жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «Об официальной статистике»", en: "Law on official statistics", number: nil, adopted: "2019-07-25", status: "in-force", sector: "statistics"),
        LawEntry(id: "legal.law-elections", ky: "«Шайлоолор жана референдумдар жөнүндө» конституциялык мыйзам", ru: "Конституционный закон Кыргызской Республики «О выборах и референдумах»", en: "Constitutional law on elections and referenda", number: nil, adopted: "2021-06-14", status: "in-force", sector: "elections"),
        LawEntry(id: "legal.law-local-government", ky: "«Жергиликтүү өз алдынча башкаруу жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О местном самоуправлении»", en: "Law on local self-government", number: nil, adopted: "2021-10-20", status: "in-force", sector: "municipal"),
        LawEntry(id: "legal.law-civil-protection", ky: "«Жарандык коргоо жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О гражданской защите»", en: "Law on civil protection", number: nil, adopted: "2018-05-24", status: "in-force", sector: "emergency"),
        LawEntry(id: "legal.law-town-planning", ky: "«Шаар куруу жана архитектура жөнүндө» Мыйзамы", ru: "Закон Кыргызской Республики «О градостроительстве и архитектуре»", en: "Law on town planning and architecture", number: nil, adopted: "1994-06-11", status: "amended", sector: "construction"),
    ]

    struct CodeListEntry: Sendable {
        let id: String
        let owner: String
        let standard: String?
        let ky: String
        let ru: String
        let en: String
        /// Codes with their names in ky, ru, en; empty when the list is published at `source`.
        let values: [(code: String, ky: String, ru: String, en: String)]
        let source: String?
    }

    static let codeLists: [CodeListEntry] = [
        CodeListEntry(id: "cl.sex", owner: "grs", standard: "std.iso-5218", ky: "Жынысы (ISO/IEC 5218)", ru: "Пол (ISO/IEC 5218)", en: "Sex (ISO/IEC 5218)",
                      values: [("0", "Белгисиз", "Не известен", "Not known"), ("1", "Эркек", "Мужской", "Male"), ("2", "Аял", "Женский", "Female"), ("9", "Колдонулбайт", "Не применимо", "Not applicable")], source: nil),
        CodeListEntry(id: "cl.country", owner: "nsc", standard: "std.iso-3166-1", ky: "Өлкөлөр (ISO 3166-1)", ru: "Страны мира (ISO 3166-1)", en: "Countries (ISO 3166-1)",
                      values: [], source: "https://www.iso.org/iso-3166-country-codes.html"),
        CodeListEntry(id: "cl.currency", owner: "minfin", standard: "std.iso-4217", ky: "Валюталар (ISO 4217)", ru: "Валюты (ISO 4217)", en: "Currencies (ISO 4217)",
                      values: [], source: "https://www.iso.org/iso-4217-currency-codes.html"),
        CodeListEntry(id: "cl.language", owner: "mon", standard: "std.iso-639", ky: "Тилдер (ISO 639)", ru: "Языки (ISO 639)", en: "Languages (ISO 639)",
                      values: [("ky", "Кыргыз тили", "Кыргызский", "Kyrgyz"), ("ru", "Орус тили", "Русский", "Russian"), ("uz", "Өзбек тили", "Узбекский", "Uzbek"), ("en", "Англис тили", "Английский", "English")], source: nil),
        CodeListEntry(id: "cl.ate", owner: "nsc", standard: "std.soate", ky: "Административдик-аймактык бирдиктер (СОАТЕ)", ru: "Административно-территориальные единицы (СОАТЕ)", en: "Administrative-territorial units (SOATE)",
                      values: [("41702000000", "Ысык-Көл облусу", "Иссык-Кульская область", "Issyk-Kul region"), ("41703000000", "Жалал-Абад облусу", "Джалал-Абадская область", "Jalal-Abad region"),
                               ("41704000000", "Нарын облусу", "Нарынская область", "Naryn region"), ("41705000000", "Баткен облусу", "Баткенская область", "Batken region"),
                               ("41706000000", "Ош облусу", "Ошская область", "Osh region"), ("41707000000", "Талас облусу", "Таласская область", "Talas region"),
                               ("41708000000", "Чүй облусу", "Чуйская область", "Chui region"), ("41711000000", "Бишкек шаары", "город Бишкек", "Bishkek city"),
                               ("41721000000", "Ош шаары", "город Ош", "Osh city")], source: nil),
        CodeListEntry(id: "cl.gked", owner: "nsc", standard: "std.gked", ky: "Экономикалык ишмердүүлүктүн түрлөрү (ЭИТМК)", ru: "Виды экономической деятельности (ГКЭД)", en: "Economic activities (GKED)",
                      values: [], source: "https://www.stat.gov.kg/ru/klassifikatory/"),
        CodeListEntry(id: "cl.icd-10", owner: "minzdrav", standard: "std.icd-10", ky: "Ооруларнын эл аралык классификациясы (ОЭК-10)", ru: "Международная классификация болезней (МКБ-10)", en: "International Classification of Diseases (ICD-10)",
                      values: [], source: "https://icd.who.int/browse10/2019/en"),
        CodeListEntry(id: "cl.marital-status", owner: "grs", standard: nil, ky: "Үй-бүлөлүк абалы", ru: "Семейное положение", en: "Marital status",
                      values: [("1", "Никеде турбайт", "Не состоит в браке", "Never married"), ("2", "Никеде турат", "Состоит в браке", "Married"), ("3", "Ажырашкан", "Разведён (разведена)", "Divorced"), ("4", "Жесир", "Вдовец (вдова)", "Widowed")], source: nil),
        CodeListEntry(id: "cl.document-type", owner: "grs", standard: nil, ky: "Документтердин түрлөрү", ru: "Виды документов", en: "Document types",
                      values: [("01", "ID-карта", "Паспорт (ID-карта)", "ID card"), ("02", "Жалпы жарандык паспорт", "Общегражданский паспорт", "Travel passport"), ("03", "Төрөлгөндүгү тууралуу күбөлүк", "Свидетельство о рождении", "Birth certificate"), ("04", "Айдоочулук күбөлүк", "Водительское удостоверение", "Driving licence")], source: nil),
        CodeListEntry(id: "cl.record-status", owner: "mdd", standard: nil, ky: "Жазуунун абалы", ru: "Статус записи", en: "Record status",
                      values: [("active", "Жарактуу", "Действует", "Active"), ("suspended", "Токтотулган", "Приостановлено", "Suspended"), ("closed", "Жабылган", "Закрыто", "Closed")], source: nil),
        CodeListEntry(id: "cl.education-level", owner: "mon", standard: nil, ky: "Билим деңгээли", ru: "Уровень образования", en: "Education level",
                      values: [("1", "Башталгыч", "Начальное", "Primary"), ("2", "Негизги жалпы", "Основное общее", "Lower secondary"), ("3", "Орто жалпы", "Среднее общее", "Upper secondary"), ("4", "Кесиптик", "Профессиональное", "Vocational"), ("5", "Жогорку", "Высшее", "Higher")], source: nil),
        CodeListEntry(id: "cl.disability-group", owner: "mlsm", standard: nil, ky: "Ден соолугунун мүмкүнчүлүгү чектелгендик тобу", ru: "Группа инвалидности", en: "Disability group",
                      values: [("1", "I топ", "I группа", "Group I"), ("2", "II топ", "II группа", "Group II"), ("3", "III топ", "III группа", "Group III")], source: nil),
        CodeListEntry(id: "cl.vehicle-category", owner: "mvd", standard: nil, ky: "Транспорт каражаттарынын категориялары", ru: "Категории транспортных средств", en: "Vehicle categories",
                      values: [("A", "Мотоцикл", "Мотоциклы", "Motorcycles"), ("B", "Жеңил унаа", "Легковые автомобили", "Cars"), ("C", "Жүк ташуучу унаа", "Грузовые автомобили", "Lorries"), ("D", "Автобус", "Автобусы", "Buses")], source: nil),
        CodeListEntry(id: "cl.land-category", owner: "grs", standard: nil, ky: "Жерлердин категориялары", ru: "Категории земель", en: "Land categories",
                      values: [("1", "Айыл чарба жерлери", "Земли сельскохозяйственного назначения", "Agricultural land"), ("2", "Калктуу конуштардын жерлери", "Земли населённых пунктов", "Settlement land"), ("3", "Өнөр жай жерлери", "Земли промышленности", "Industrial land"), ("4", "Токой фондунун жерлери", "Земли лесного фонда", "Forest land")], source: nil),
        CodeListEntry(id: "cl.tax-type", owner: "sts", standard: nil, ky: "Салыктардын түрлөрү", ru: "Виды налогов", en: "Tax types",
                      values: [("01", "Киреше салыгы", "Подоходный налог", "Income tax"), ("02", "Кошумча нарк салыгы", "Налог на добавленную стоимость", "Value added tax"), ("03", "Сатуудан салык", "Налог с продаж", "Sales tax"), ("04", "Мүлк салыгы", "Налог на имущество", "Property tax")], source: nil),
        CodeListEntry(id: "cl.benefit-type", owner: "socfund", standard: nil, ky: "Пенсиялардын жана жөлөкпулдардын түрлөрү", ru: "Виды пенсий и пособий", en: "Pension and benefit types",
                      values: [("01", "Курагы боюнча пенсия", "Пенсия по возрасту", "Old-age pension"), ("02", "Майыптыгы боюнча пенсия", "Пенсия по инвалидности", "Disability pension"), ("03", "Багуучусун жоготкондугу боюнча пенсия", "Пенсия по случаю потери кормильца", "Survivor's pension"), ("04", "Социалдык жөлөкпул", "Социальное пособие", "Social benefit")], source: nil),
        CodeListEntry(id: "cl.occupation", owner: "mlsm", standard: nil, ky: "Кесиптердин классификатору", ru: "Классификатор занятий", en: "Classification of occupations",
                      values: [], source: "https://www.ilo.org/public/english/bureau/stat/isco/isco08/"),
        CodeListEntry(id: "cl.legal-form", owner: "minjust", standard: nil, ky: "Уюштуруу-укуктук формалар", ru: "Организационно-правовые формы", en: "Legal forms",
                      values: [("11", "Жоопкерчилиги чектелген коом", "Общество с ограниченной ответственностью", "Limited liability company"), ("12", "Акционердик коом", "Акционерное общество", "Joint-stock company"), ("21", "Мекеме", "Учреждение", "Institution"), ("31", "Коомдук бирикме", "Общественное объединение", "Public association")], source: nil),
        CodeListEntry(id: "cl.customs-procedure", owner: "customs", standard: nil, ky: "Бажы жол-жоболору", ru: "Таможенные процедуры", en: "Customs procedures",
                      values: [("10", "Экспорт", "Экспорт", "Export"), ("40", "Ички керектөө үчүн чыгаруу", "Выпуск для внутреннего потребления", "Release for domestic consumption"), ("80", "Бажы транзити", "Таможенный транзит", "Customs transit")], source: nil),
        CodeListEntry(id: "cl.hs-code", owner: "customs", standard: nil, ky: "Тышкы экономикалык ишмердүүлүктүн товардык номенклатурасы", ru: "Товарная номенклатура внешнеэкономической деятельности ЕАЭС", en: "EAEU commodity nomenclature",
                      values: [], source: "https://www.wcoomd.org/en/topics/nomenclature.aspx"),
        CodeListEntry(id: "cl.vaccine", owner: "minzdrav", standard: nil, ky: "Вакциналар", ru: "Вакцины", en: "Vaccines",
                      values: [("BCG", "БЦЖ", "БЦЖ", "BCG"), ("MMR", "Кызамык, кызамыкча, паротит", "Корь, краснуха, паротит", "Measles, mumps, rubella"), ("HEPB", "В гепатити", "Гепатит B", "Hepatitis B"), ("DTP", "АКДС", "АКДС", "Diphtheria, tetanus, pertussis")], source: nil),
        CodeListEntry(id: "cl.animal-species", owner: "minagro", standard: nil, ky: "Жаныбарлардын түрлөрү", ru: "Виды животных", en: "Animal species",
                      values: [("01", "Бодо мал", "Крупный рогатый скот", "Cattle"), ("02", "Кой", "Овцы", "Sheep"), ("03", "Эчки", "Козы", "Goats"), ("04", "Жылкы", "Лошади", "Horses")], source: nil),
    ]

    /// Topics of the code lists agencies keep for their own work, which fill the code-list
    /// share beyond the national lists.
    static let codeListTopics: [(slug: String, ky: String, ru: String, en: String, values: [(String, String, String, String)])] = [
        ("application-statuses", "Арыздардын абалы", "Статусы заявлений", "Application statuses",
         [("01", "Кабыл алынды", "Принято", "Received"), ("02", "Каралууда", "На рассмотрении", "Under review"), ("03", "Аткарылды", "Исполнено", "Completed"), ("04", "Четке кагылды", "Отказано", "Refused")]),
        ("refusal-reasons", "Баш тартуунун себептери", "Причины отказа", "Reasons for refusal",
         [("01", "Документтер толук эмес", "Неполный пакет документов", "Incomplete documents"), ("02", "Маалымат туура эмес", "Недостоверные сведения", "Incorrect information"), ("03", "Мөөнөт өтүп кеткен", "Пропущен срок", "Deadline missed")]),
        ("document-kinds", "Документтердин түрлөрү", "Виды документов", "Kinds of document",
         [("01", "Арыз", "Заявление", "Application"), ("02", "Маалымкат", "Справка", "Certificate"), ("03", "Көчүрмө", "Выписка", "Extract"), ("04", "Чечим", "Решение", "Decision")]),
        ("case-types", "Иштердин түрлөрү", "Типы дел", "Case types",
         [("01", "Баштапкы", "Первичное", "Initial"), ("02", "Кайра кароо", "Пересмотр", "Review"), ("03", "Даттануу", "Жалоба", "Complaint")]),
        ("recipient-categories", "Алуучулардын категориялары", "Категории получателей", "Recipient categories",
         [("01", "Жарандар", "Граждане", "Citizens"), ("02", "Юридикалык жактар", "Юридические лица", "Legal entities"), ("03", "Мамлекеттик органдар", "Государственные органы", "State bodies")]),
        ("payment-purposes", "Төлөмдөрдүн максаттары", "Назначения платежей", "Payment purposes",
         [("01", "Мамлекеттик алым", "Государственная пошлина", "State fee"), ("02", "Кызмат үчүн акы", "Плата за услугу", "Service fee"), ("03", "Айып", "Штраф", "Fine")]),
    ]

    struct AttributeEntry: Sendable {
        let type: String
        /// The national code list of a `code` attribute; "own" for the owner's status list.
        let codeList: String?
        /// The concept a `reference` attribute points to.
        let concept: String?
        let standard: String?
        let ky: String
        let ru: String
        let en: String
    }

    static let attributes: [String: AttributeEntry] = [
        "pin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Жеке идентификациялык номер (ЖИН)", ru: "Персональный идентификационный номер (ПИН)", en: "Personal identification number"),
        "tin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Салык төлөөчүнүн идентификациялык номери", ru: "Идентификационный налоговый номер", en: "Taxpayer identification number"),
        "surname": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Фамилиясы", ru: "Фамилия", en: "Surname"),
        "givenName": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Аты", ru: "Имя", en: "Given name"),
        "patronymic": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Атасынын аты", ru: "Отчество", en: "Patronymic"),
        "birthDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Туулган күнү", ru: "Дата рождения", en: "Date of birth"),
        "deathDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Каза болгон күнү", ru: "Дата смерти", en: "Date of death"),
        "sex": AttributeEntry(type: "code", codeList: "cl.sex", concept: nil, standard: nil, ky: "Жынысы", ru: "Пол", en: "Sex"),
        "citizenship": AttributeEntry(type: "code", codeList: "cl.country", concept: nil, standard: nil, ky: "Жарандыгы", ru: "Гражданство", en: "Citizenship"),
        "addressId": AttributeEntry(type: "reference", codeList: nil, concept: "address", standard: nil, ky: "Даректин идентификатору", ru: "Идентификатор адреса", en: "Address identifier"),
        "maritalStatus": AttributeEntry(type: "code", codeList: "cl.marital-status", concept: nil, standard: nil, ky: "Үй-бүлөлүк абалы", ru: "Семейное положение", en: "Marital status"),
        "regionCode": AttributeEntry(type: "code", codeList: "cl.ate", concept: nil, standard: nil, ky: "Аймактын коду (СОАТЕ)", ru: "Код территории (СОАТЕ)", en: "Territory code (SOATE)"),
        "settlement": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Калктуу конуш", ru: "Населённый пункт", en: "Settlement"),
        "street": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Көчө", ru: "Улица", en: "Street"),
        "house": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Үйдүн номери", ru: "Номер дома", en: "House number"),
        "apartment": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Батирдин номери", ru: "Номер квартиры", en: "Apartment"),
        "postalCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Почта индекси", ru: "Почтовый индекс", en: "Postal code"),
        "recordNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Акт жазуусунун номери", ru: "Номер записи акта", en: "Record number"),
        "registrationNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Каттоо номери", ru: "Регистрационный номер", en: "Registration number"),
        "registrationDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Каттоо күнү", ru: "Дата регистрации", en: "Registration date"),
        "motherPin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Энесинин ЖИНи", ru: "ПИН матери", en: "Mother's PIN"),
        "fatherPin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Атасынын ЖИНи", ru: "ПИН отца", en: "Father's PIN"),
        "spousePin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Жубайынын ЖИНи", ru: "ПИН супруга", en: "Spouse's PIN"),
        "directorPin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Жетекчинин ЖИНи", ru: "ПИН руководителя", en: "Director's PIN"),
        "documentNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Документтин номери", ru: "Номер документа", en: "Document number"),
        "documentType": AttributeEntry(type: "code", codeList: "cl.document-type", concept: nil, standard: nil, ky: "Документтин түрү", ru: "Вид документа", en: "Document type"),
        "issueDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Берилген күнү", ru: "Дата выдачи", en: "Date of issue"),
        "expiryDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Жарактуулук мөөнөтү", ru: "Срок действия", en: "Expiry date"),
        "issuingAuthority": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Берген орган", ru: "Орган, выдавший документ", en: "Issuing authority"),
        "photo": AttributeEntry(type: "binary", codeList: nil, concept: nil, standard: nil, ky: "Сүрөтү", ru: "Фотография", en: "Photo"),
        "cadastralNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Кадастрдык номери", ru: "Кадастровый номер", en: "Cadastral number"),
        "area": AttributeEntry(type: "decimal", codeList: nil, concept: nil, standard: nil, ky: "Аянты, кв. м", ru: "Площадь, кв. м", en: "Area, square metres"),
        "landCategory": AttributeEntry(type: "code", codeList: "cl.land-category", concept: nil, standard: nil, ky: "Жердин категориясы", ru: "Категория земель", en: "Land category"),
        "share": AttributeEntry(type: "decimal", codeList: nil, concept: nil, standard: nil, ky: "Үлүшү", ru: "Доля", en: "Share"),
        "status": AttributeEntry(type: "code", codeList: "own", concept: nil, standard: nil, ky: "Абалы", ru: "Статус", en: "Status"),
        "organisationName": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Уюмдун аталышы", ru: "Наименование организации", en: "Name of the organisation"),
        "legalForm": AttributeEntry(type: "code", codeList: "cl.legal-form", concept: nil, standard: nil, ky: "Уюштуруу-укуктук формасы", ru: "Организационно-правовая форма", en: "Legal form"),
        "activityCode": AttributeEntry(type: "code", codeList: "cl.gked", concept: nil, standard: nil, ky: "Ишмердүүлүктүн түрү", ru: "Вид деятельности", en: "Economic activity"),
        "caseNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Иштин номери", ru: "Номер дела", en: "Case number"),
        "startDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Башталган күнү", ru: "Дата начала", en: "Start date"),
        "endDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Аяктаган күнү", ru: "Дата окончания", en: "End date"),
        "taxOfficeCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Салык органынын коду", ru: "Код налогового органа", en: "Tax office code"),
        "period": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Отчеттук мезгил", ru: "Отчётный период", en: "Reporting period"),
        "taxType": AttributeEntry(type: "code", codeList: "cl.tax-type", concept: nil, standard: nil, ky: "Салыктын түрү", ru: "Вид налога", en: "Tax type"),
        "amount": AttributeEntry(type: "decimal", codeList: nil, concept: nil, standard: nil, ky: "Суммасы", ru: "Сумма", en: "Amount"),
        "currency": AttributeEntry(type: "code", codeList: "cl.currency", concept: nil, standard: "std.iso-4217", ky: "Валюта", ru: "Валюта", en: "Currency"),
        "submissionDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Тапшырылган күнү", ru: "Дата подачи", en: "Submission date"),
        "paymentNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Төлөмдүн номери", ru: "Номер платежа", en: "Payment number"),
        "paymentDate": AttributeEntry(type: "date", codeList: nil, concept: nil, standard: "std.iso-8601", ky: "Төлөнгөн күнү", ru: "Дата платежа", en: "Payment date"),
        "isActive": AttributeEntry(type: "boolean", codeList: nil, concept: nil, standard: nil, ky: "Жарактуу", ru: "Действует", en: "Active"),
        "insuranceNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Камсыздандыруу номери", ru: "Страховой номер", en: "Insurance number"),
        "benefitType": AttributeEntry(type: "code", codeList: "cl.benefit-type", concept: nil, standard: nil, ky: "Төлөмдүн түрү", ru: "Вид выплаты", en: "Benefit type"),
        "occupation": AttributeEntry(type: "code", codeList: "cl.occupation", concept: nil, standard: nil, ky: "Кесиби", ru: "Занятие", en: "Occupation"),
        "householdSize": AttributeEntry(type: "integer", codeList: nil, concept: nil, standard: nil, ky: "Үй-бүлө мүчөлөрүнүн саны", ru: "Число членов семьи", en: "Household size"),
        "disabilityGroup": AttributeEntry(type: "code", codeList: "cl.disability-group", concept: nil, standard: nil, ky: "Майыптык тобу", ru: "Группа инвалидности", en: "Disability group"),
        "educationLevel": AttributeEntry(type: "code", codeList: "cl.education-level", concept: nil, standard: nil, ky: "Билим деңгээли", ru: "Уровень образования", en: "Education level"),
        "facilityCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Саламаттык сактоо уюмунун коду", ru: "Код организации здравоохранения", en: "Health facility code"),
        "vaccineCode": AttributeEntry(type: "code", codeList: "cl.vaccine", concept: nil, standard: nil, ky: "Вакцина", ru: "Вакцина", en: "Vaccine"),
        "diagnosisCode": AttributeEntry(type: "code", codeList: "cl.icd-10", concept: nil, standard: nil, ky: "Диагноздун коду", ru: "Код диагноза", en: "Diagnosis code"),
        "schoolCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Билим берүү уюмунун коду", ru: "Код образовательной организации", en: "School code"),
        "language": AttributeEntry(type: "code", codeList: "cl.language", concept: nil, standard: "std.iso-639", ky: "Окутуу тили", ru: "Язык обучения", en: "Language of instruction"),
        "score": AttributeEntry(type: "integer", codeList: nil, concept: nil, standard: nil, ky: "Балл", ru: "Балл", en: "Score"),
        "vin": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Идентификациялык номери (VIN)", ru: "Идентификационный номер (VIN)", en: "Vehicle identification number"),
        "plateNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Мамлекеттик каттоо белгиси", ru: "Государственный регистрационный знак", en: "Registration plate"),
        "makeModel": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Маркасы жана модели", ru: "Марка и модель", en: "Make and model"),
        "productionYear": AttributeEntry(type: "integer", codeList: nil, concept: nil, standard: nil, ky: "Чыгарылган жылы", ru: "Год выпуска", en: "Year of manufacture"),
        "vehicleCategory": AttributeEntry(type: "code", codeList: "cl.vehicle-category", concept: nil, standard: nil, ky: "Категориясы", ru: "Категория", en: "Category"),
        "customsProcedure": AttributeEntry(type: "code", codeList: "cl.customs-procedure", concept: nil, standard: nil, ky: "Бажы жол-жобосу", ru: "Таможенная процедура", en: "Customs procedure"),
        "hsCode": AttributeEntry(type: "code", codeList: "cl.hs-code", concept: nil, standard: nil, ky: "Товардын коду", ru: "Код товара по ТН ВЭД", en: "Commodity code"),
        "quantity": AttributeEntry(type: "decimal", codeList: nil, concept: nil, standard: nil, ky: "Саны", ru: "Количество", en: "Quantity"),
        "budgetCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Бюджеттик классификациянын коду", ru: "Код бюджетной классификации", en: "Budget classification code"),
        "tagNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Ушул белгинин номери", ru: "Номер ушной бирки", en: "Ear tag number"),
        "animalSpecies": AttributeEntry(type: "code", codeList: "cl.animal-species", concept: nil, standard: nil, ky: "Жаныбардын түрү", ru: "Вид животного", en: "Species"),
        "okpo": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "ОКПО коду", ru: "Код ОКПО", en: "OKPO code"),
        "indicatorCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Көрсөткүчтүн коду", ru: "Код показателя", en: "Indicator code"),
        "pollingStationNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Шайлоо участогунун номери", ru: "Номер избирательного участка", en: "Polling station number"),
        "memberCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Катышуучунун коду", ru: "Код участника", en: "Member code"),
        "subsystemCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Подсистеманын коду", ru: "Код подсистемы", en: "Subsystem code"),
        "serialNumber": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Сериялык номери", ru: "Серийный номер", en: "Serial number"),
        "accountId": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Эсептик жазуунун идентификатору", ru: "Идентификатор учётной записи", en: "Account identifier"),
        "phone": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: "std.itu-e164", ky: "Телефон", ru: "Телефон", en: "Telephone"),
        "email": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Электрондук почта", ru: "Электронная почта", en: "E-mail"),
        "serviceCode": AttributeEntry(type: "string", codeList: nil, concept: nil, standard: nil, ky: "Кызматтын коду", ru: "Код услуги", en: "Service code"),
    ]
}

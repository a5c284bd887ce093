/// The files of a new agency repository (`eaf init`): settings, one element of each
/// main kind owned by the agency, a message schema with examples, the national
/// elements they rely on, editor settings and CI pipelines.
///
/// It is complete by DESIGN §4, so it validates clean at once and every element shows
/// the fields the rules look for: the agency has a GCIO and a Tunduk membership; its
/// systems have owner, operator, hosting and standards; the entity has attributes, one
/// master system and a code list; the interface is published on Tunduk with
/// authentication and a security standard; the exchange of personal data cites law and
/// an agreement; the service is realised by a process on a production system, cites its
/// legal basis and has an assisted channel; the project has status, funding and
/// deliverables. Placeholders say what to replace.
public struct AgencyScaffold: Sendable {
    /// The agency's id; every element it owns starts with it.
    public let organisation: String

    public init(organisation: String) {
        self.organisation = organisation
    }

    /// A scalar for an id or text, quoted when YAML needs it.
    private func q(_ text: String) -> String { YAMLWriter.scalar(text) }

    private var o: String { organisation }
    private var modeline: String { "# yaml-language-server: $schema=../../schemas/\(ModelJSONSchema.fileName)\n" }

    public var files: [SafeFileWriter.File] {
        [
            .init(path: RepositoryConfig.fileName, text: config),
            .init(path: "README.md", text: readme),
            .init(path: "model/organisation/\(o).yaml", text: modeline + organisationModel),
            .init(path: "model/legal/\(o).statute.yaml", text: modeline + legalModel),
            .init(path: "model/services/\(o).application-acceptance.yaml", text: modeline + servicesModel),
            .init(path: "model/data/\(o).application.yaml", text: modeline + dataModel),
            .init(path: "model/systems/\(o).systems.yaml", text: modeline + systemsModel),
            .init(path: "model/interfaces/\(o).application-api.yaml", text: modeline + interfaceModel),
            .init(path: "model/exchanges/\(o).case-management.reads-applications.yaml", text: modeline + exchangeModel),
            .init(path: "model/agreements/\(o).tunduk-agreement.yaml", text: modeline + agreementModel),
            .init(path: "model/projects/\(o).digitalisation.yaml", text: modeline + projectModel),
            .init(path: "messages/application.xsd", text: messageSchema),
            .init(path: "messages/application-request.xml", text: requestExample),
            .init(path: "messages/application-response.xml", text: responseExample),
        ] + NationalStandIns.files + ScaffoldSupportFiles.files
    }

    var config: String {
        """
        # The architecture repository of \(o). `eaf validate` checks it; README.md says how.
        name: \(q("\(o) architecture"))
        metamodel: \(Metamodel.version)
        model: [model/]
        # Stand-ins for the national reference architecture (shared platforms, standards, law),
        # read so references resolve and never reported on. When you have the national
        # architecture, point at it instead and delete national/:
        #   reference: [../architecture]
        reference: [national/]
        languages: [ky, ru]

        """
    }

    var organisationModel: String {
        """
        id: \(q(o))
        kind: Organisation
        name:
          ky: Мекеменин аталышы (\(o))
          ru: Наименование ведомства (\(o))
          en: Agency name (\(o))
        description:
          en: Replace the names, the GCIO and the Tunduk member code with the agency's own.
        type: agency
        parent: mdd
        gcio:
          name: Full name of the Government CIO
          position: Government CIO
          email: \(q("gcio@\(o).gov.kg"))
          phone: "+996 312 000000"
        tunduk:
          memberClass: GOV
          memberCode: "00000000"

        """
    }

    var legalModel: String {
        """
        id: \(q("\(o).statute"))
        kind: LegalAct
        name:
          ky: Мекеме жөнүндө жобо
          ru: Положение о ведомстве
          en: Regulation on the agency
        description:
          en: The act that gives the agency its functions and its register. Add its number, date of adoption and official URL.
        owner: \(q(o))
        status: in-force

        """
    }

    var servicesModel: String {
        """
        id: \(q("\(o).application-acceptance"))
        kind: PublicService
        name:
          ky: Арыз кабыл алуу
          ru: Приём заявлений
          en: Acceptance of applications
        description:
          en: An example service; replace it with one of the agency's own.
        owner: \(q(o))
        lifecycle: production
        audience: [citizen]
        channels: [portal, service-centre]
        realizedBy: [\(q("\(o).application-handling"))]
        legalBasis: [\(q("\(o).statute"))]
        level: 3
        ---
        id: \(q("\(o).application-handling"))
        kind: BusinessProcess
        name:
          ky: Арызды кароо
          ru: Рассмотрение заявления
          en: Handling an application
        owner: \(q(o))
        lifecycle: production
        supportedBy: [\(q("\(o).registry")), \(q("\(o).case-management"))]
        uses: [\(q("\(o).application"))]
        legalBasis: [\(q("\(o).statute"))]

        """
    }

    var dataModel: String {
        """
        id: \(q("\(o).application"))
        kind: DataEntity
        name:
          ky: Арыз
          ru: Заявление
          en: Application
        description:
          en: An application a citizen submits to the agency, as the register keeps it.
          ru: Заявление гражданина в ведомство, как его хранит реестр.
        owner: \(q(o))
        authoritativeSource: \(q("\(o).registry"))
        classification: personal
        attributes:
          - name: number
            type: string
            required: true
            description: {en: Registration number of the application, ru: Регистрационный номер заявления}
          - name: applicantPin
            type: string
            required: true
            description: {en: Personal identification number (PIN) of the applicant, ru: Персональный идентификационный номер (ПИН) заявителя}
          - name: submitted
            type: date
            required: true
            standard: std.iso-8601
            description: {en: Date the application was submitted, ru: Дата подачи заявления}
          - name: status
            type: code
            required: true
            codeList: \(q("\(o).application-status"))
        ---
        id: \(q("\(o).application-status"))
        kind: CodeList
        name:
          ky: Арыздын абалы
          ru: Статус заявления
          en: Application status
        owner: \(q(o))
        values:
          - {code: submitted, name: {ky: Берилди, ru: Подано, en: Submitted}}
          - {code: in-review, name: {ky: Каралууда, ru: На рассмотрении, en: In review}}
          - {code: approved, name: {ky: Жактырылды, ru: Одобрено, en: Approved}}
          - {code: rejected, name: {ky: Четке кагылды, ru: Отклонено, en: Rejected}}

        """
    }

    var systemsModel: String {
        """
        id: \(q("\(o).registry"))
        kind: InformationSystem
        name:
          ky: Арыздардын реестри
          ru: Реестр заявлений
          en: Register of applications
        owner: \(q(o))
        operator: \(q(o))
        lifecycle: production
        hosting: platform.gov-cloud
        holds:
          - {entity: \(q("\(o).application")), role: master}
        dependsOn: [platform.tunduk]
        standards: [std.xroad-message-protocol-4-0, std.tls-1-3]
        securityClass: confidential
        baseRegistry: false
        ---
        id: \(q("\(o).case-management"))
        kind: InformationSystem
        name:
          ky: Иш жүргүзүү системасы
          ru: Система делопроизводства
          en: Case management system
        owner: \(q(o))
        operator: \(q(o))
        lifecycle: production
        hosting: platform.gov-cloud
        holds:
          - {entity: \(q("\(o).application")), role: copy}
        dependsOn: [platform.tunduk]
        standards: [std.tls-1-3]
        securityClass: internal

        """
    }

    var interfaceModel: String {
        """
        id: \(q("\(o).application-api"))
        kind: Interface
        name:
          ky: Арыз тууралуу маалымат алуу кызматы
          ru: Сервис получения сведений о заявлении
          en: Application lookup service
        owner: \(q(o))
        lifecycle: production
        provider: \(q("\(o).registry"))
        via: platform.tunduk
        protocol: soap
        version: "1.0"
        standards: [std.xroad-message-protocol-4-0, std.xsd-1-0, std.tls-1-3]
        authentication: [std.x509]
        messages:
          - name: ApplicationRequest
            direction: request
            schema: ../../messages/application.xsd
            examples: [../../messages/application-request.xml]
          - name: ApplicationResponse
            direction: response
            schema: ../../messages/application.xsd
            examples: [../../messages/application-response.xml]
            carries: [\(q("\(o).application"))]
        sla: {availability: 99.5, responseTimeMs: 2000}

        """
    }

    var exchangeModel: String {
        """
        id: \(q("\(o).case-management.reads-applications"))
        kind: Exchange
        name:
          ky: Иш жүргүзүү системасы арыздарды реестрден алат
          ru: Система делопроизводства получает заявления из реестра
          en: Case management reads applications from the register
        owner: \(q(o))
        consumer: \(q("\(o).case-management"))
        interface: \(q("\(o).application-api"))
        carries: [\(q("\(o).application"))]
        agreement: \(q("\(o).tunduk-agreement"))
        legalBasis: [legal.digital-code, \(q("\(o).statute"))]
        frequency: on-demand
        purpose:
          en: Handle each application in the case management system.
          ru: Рассмотрение каждого заявления в системе делопроизводства.

        """
    }

    var agreementModel: String {
        """
        id: \(q("\(o).tunduk-agreement"))
        kind: Agreement
        name:
          ky: «Түндүк» системасына туташуу жөнүндө макулдашуу
          ru: Соглашение о подключении к системе «Түндүк»
          en: Agreement on connection to Tunduk
        description:
          en: Replace the dates with those of the signed agreement; give validUntil if it ends.
        parties: [\(q(o)), tunduk]
        validFrom: 2025-01-01
        legalBasis: [legal.digital-code]

        """
    }

    var projectModel: String {
        """
        id: \(q("\(o).digitalisation"))
        kind: Project
        name:
          ky: Арыздарды кароону санариптештирүү
          ru: Цифровизация рассмотрения заявлений
          en: Digitalisation of application handling
        owner: \(q(o))
        status: proposed
        start: 2027-01-01
        end: 2029-12-31
        funding:
          - {source: state-budget, funder: \(q(o)), amount: 5000000, currency: KGS}
        delivers: [\(q("\(o).application-api"))]

        """
    }

    private var messageNamespace: String { "urn:kg:\(o):application:1" }

    var messageSchema: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Messages of the application lookup service, published on Tunduk (X-Road message protocol 4.0).
             Each required attribute of the entity a message carries has an element of the same name. -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="\(messageNamespace)"
                   xmlns="\(messageNamespace)" elementFormDefault="qualified">
          <xs:element name="ApplicationRequest">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="number" type="ApplicationNumber"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <xs:element name="ApplicationResponse">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="number" type="ApplicationNumber"/>
                <xs:element name="applicantPin" type="PIN"/>
                <xs:element name="submitted" type="xs:date"/>
                <xs:element name="status" type="ApplicationStatus"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="ApplicationNumber">
            <xs:restriction base="xs:string"><xs:pattern value="[0-9]{4}-[0-9]{6}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="PIN">
            <xs:restriction base="xs:string"><xs:pattern value="[0-9]{14}"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="ApplicationStatus">
            <xs:restriction base="xs:string">
              <xs:enumeration value="submitted"/>
              <xs:enumeration value="in-review"/>
              <xs:enumeration value="approved"/>
              <xs:enumeration value="rejected"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>

        """
    }

    var requestExample: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ApplicationRequest xmlns="\(messageNamespace)">
          <number>2027-000123</number>
        </ApplicationRequest>

        """
    }

    var responseExample: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ApplicationResponse xmlns="\(messageNamespace)">
          <number>2027-000123</number>
          <applicantPin>21234199000123</applicantPin>
          <submitted>2027-01-15</submitted>
          <status>in-review</status>
        </ApplicationResponse>

        """
    }

    var readme: String {
        """
        # \(o) — architecture repository

        The agency's systems, services, data, interfaces and exchanges as eaf model files,
        checked against the national interoperability rules with `eaf validate`.

        ```
        eaf.yaml        settings: model folders, reference folders, languages, rule settings, waivers
        model/          the model, one folder per area; every .yaml file is read
        messages/       message schemas (.xsd, .json) and example messages of the interfaces
        national/       stand-ins for the national reference architecture (see eaf.yaml)
        schemas/        the model schemas, for editors (completion and checks as you type)
        ```

        Every element in `model/` is an example to replace with the agency's own: the names,
        the GCIO, the Tunduk member code, the systems, the service. Run

        ```sh
        eaf validate .          # every finding at file:line:col; exit status 1 on errors
        eaf explain ORG002      # what a rule checks and why
        eaf list .              # what the model holds
        ```

        CI runs the same check on every push: `.github/workflows/eaf.yml` for GitHub Actions,
        `.gitlab-ci.yml` for GitLab CI. VS Code (with the Red Hat YAML extension) picks up
        `schemas/` through `.vscode/settings.json`; other editors through the first line of
        each model file.

        """
    }
}

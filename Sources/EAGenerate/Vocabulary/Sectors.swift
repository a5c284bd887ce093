/// What each sector of government keeps: its data concepts (with the attributes a
/// base registry of that kind has), its kinds of information system and its public
/// services, in Kyrgyz, Russian and English.
struct Term: Sendable {
    let slug: String
    let ky: String
    let ru: String
    let en: String

    init(_ slug: String, _ ky: String, _ ru: String, _ en: String) {
        self.slug = slug
        self.ky = ky
        self.ru = ru
        self.en = en
    }
}

struct Concept: Sendable {
    let term: Term
    let classification: String
    /// Attribute names from `Attributes.catalogue`, the key first; `!` marks a required one.
    let attributes: String

    init(_ slug: String, _ ky: String, _ ru: String, _ en: String, _ classification: String, _ attributes: String) {
        term = Term(slug, ky, ru, en)
        self.classification = classification
        self.attributes = attributes
    }
}

struct ServiceTerm: Sendable {
    let term: Term
    let audience: [String]

    init(_ slug: String, _ ky: String, _ ru: String, _ en: String, _ audience: [String]) {
        term = Term(slug, ky, ru, en)
        self.audience = audience
    }
}

struct Sector: Sendable {
    let key: String
    let concepts: [Concept]
    let systems: [Term]
    let services: [ServiceTerm]
}

enum Sectors {
    static let citizen = ["citizen"]
    static let business = ["business"]
    static let both = ["citizen", "business"]
    static let government = ["government"]

    static let all: [Sector] = [
        Sector(key: "registry", concepts: [
            Concept("person", "Жеке адам", "Физическое лицо", "Natural person", "personal", "pin! surname! givenName! patronymic birthDate! sex! citizenship addressId maritalStatus"),
            Concept("address", "Дарек", "Адрес", "Address", "public", "addressId! regionCode! settlement! street house apartment postalCode"),
            Concept("birth-record", "Төрөлүү жөнүндө акт жазуусу", "Запись акта о рождении", "Birth record", "personal", "recordNumber! registrationDate! pin! surname! givenName! birthDate! sex! motherPin fatherPin"),
            Concept("death-record", "Өлүм жөнүндө акт жазуусу", "Запись акта о смерти", "Death record", "personal", "recordNumber! registrationDate! pin! deathDate! settlement"),
            Concept("marriage-record", "Нике жөнүндө акт жазуусу", "Запись акта о заключении брака", "Marriage record", "personal", "recordNumber! registrationDate! pin! spousePin! surname"),
            Concept("identity-document", "Инсандыгын тастыктоочу документ", "Документ, удостоверяющий личность", "Identity document", "personal", "documentNumber! documentType! pin! issueDate! expiryDate! issuingAuthority photo"),
            Concept("real-estate-object", "Кыймылсыз мүлк объектиси", "Объект недвижимости", "Real-estate object", "public", "cadastralNumber! addressId area! landCategory registrationDate"),
            Concept("property-right", "Кыймылсыз мүлккө укук", "Право на недвижимое имущество", "Property right", "personal", "cadastralNumber! pin! share! registrationDate! status"),
        ], systems: [
            Term("population-register", "Калкты каттоонун бирдиктүү мамлекеттик реестри", "Единый государственный реестр населения", "Unified population register"),
            Term("civil-registry", "Жарандык абалдын актыларын каттоо системасы", "Автоматизированная система актов гражданского состояния", "Civil status registration system"),
            Term("address-register", "Дарек реестри", "Адресный реестр", "Address register"),
            Term("real-estate-register", "Кыймылсыз мүлккө укуктардын реестри", "Реестр прав на недвижимое имущество", "Real-estate rights register"),
            Term("document-issuance", "Инсандыкты тастыктоочу документтерди берүү системасы", "Система выдачи документов, удостоверяющих личность", "Identity document issuance system"),
            Term("service-centre-queue", "Калкты тейлөө борборлорунун электрондук кезеги", "Электронная очередь центров обслуживания населения", "Service-centre queue system"),
        ], services: [
            ServiceTerm("id-card", "Жарандын паспортун (ID-карта) берүү", "Выдача паспорта гражданина (ID-карты)", "Issue of the citizen's ID card", citizen),
            ServiceTerm("birth-registration", "Төрөлүүнү мамлекеттик каттоо", "Государственная регистрация рождения", "Birth registration", citizen),
            ServiceTerm("residence-registration", "Жашаган жери боюнча каттоо", "Регистрация по месту жительства", "Residence registration", citizen),
            ServiceTerm("marriage-registration", "Никени мамлекеттик каттоо", "Государственная регистрация брака", "Marriage registration", citizen),
            ServiceTerm("real-estate-registration", "Кыймылсыз мүлккө укуктарды каттоо", "Регистрация прав на недвижимое имущество", "Registration of real-estate rights", both),
            ServiceTerm("address-certificate", "Дарек жөнүндө маалымкат берүү", "Выдача адресной справки", "Address certificate", citizen),
        ]),
        Sector(key: "justice", concepts: [
            Concept("legal-entity", "Юридикалык жак", "Юридическое лицо", "Legal entity", "public", "tin! organisationName! legalForm! registrationNumber! registrationDate! addressId activityCode directorPin"),
            Concept("branch", "Юридикалык жактын филиалы", "Филиал юридического лица", "Branch of a legal entity", "public", "registrationNumber! organisationName! tin! addressId registrationDate!"),
            Concept("notarial-act", "Нотариалдык аракет", "Нотариальное действие", "Notarial act", "personal", "registrationNumber! registrationDate! pin! documentType! status"),
            Concept("lawyer-licence", "Адвокаттык ишке лицензия", "Лицензия на адвокатскую деятельность", "Licence to practise law", "public", "documentNumber! pin! issueDate! status!"),
            Concept("legal-aid-case", "Мамлекеттик юридикалык жардам иши", "Дело о гарантированной государством юридической помощи", "State legal aid case", "sensitive", "caseNumber! pin! startDate! status! endDate"),
            Concept("legal-act-entry", "Ченемдик укуктук актынын жазуусу", "Запись государственного реестра нормативных правовых актов", "Entry in the register of legal acts", "public", "registrationNumber! organisationName! issueDate! status!"),
        ], systems: [
            Term("legal-entity-register", "Юридикалык жактардын бирдиктүү мамлекеттик реестри", "Единый государственный реестр юридических лиц", "Register of legal entities"),
            Term("legal-acts-database", "Ченемдик укуктук актылардын борбордоштурулган маалымат банкы", "Централизованный банк данных нормативных правовых актов", "Central database of legal acts"),
            Term("notary-system", "Электрондук нотариат", "Электронный нотариат", "E-notary system"),
            Term("legal-aid-system", "Мамлекеттик юридикалык жардамдын маалымат системасы", "Информационная система гарантированной юридической помощи", "Legal aid information system"),
        ], services: [
            ServiceTerm("business-registration", "Юридикалык жакты мамлекеттик каттоо", "Государственная регистрация юридического лица", "Business registration", business),
            ServiceTerm("notarial-certificate", "Нотариалдык күбөлөндүрүү", "Нотариальное удостоверение", "Notarial certification", citizen),
            ServiceTerm("legal-aid", "Мамлекет кепилдеген юридикалык жардам", "Гарантированная государством юридическая помощь", "State-guaranteed legal aid", citizen),
            ServiceTerm("apostille", "Апостиль коюу", "Проставление апостиля", "Apostille", both),
        ]),
        Sector(key: "tax", concepts: [
            Concept("taxpayer", "Салык төлөөчү", "Налогоплательщик", "Taxpayer", "personal", "tin! pin organisationName taxOfficeCode! registrationDate! status!"),
            Concept("tax-declaration", "Салык декларациясы", "Налоговая декларация", "Tax declaration", "sensitive", "registrationNumber! tin! period! taxType! amount! submissionDate!"),
            Concept("tax-payment", "Салык төлөмү", "Налоговый платёж", "Tax payment", "internal", "paymentNumber! tin! taxType! amount! currency! paymentDate!"),
            Concept("cash-register", "Контролдук-кассалык машина", "Контрольно-кассовая машина", "Cash register", "internal", "registrationNumber! tin! addressId registrationDate! isActive"),
            Concept("tax-patent", "Салык патенти", "Налоговый патент", "Tax patent", "personal", "documentNumber! tin! activityCode! startDate! endDate! amount"),
            Concept("tax-arrears", "Салык карызы", "Налоговая задолженность", "Tax arrears", "sensitive", "tin! taxType! amount! period!"),
        ], systems: [
            Term("taxpayer-register", "Салык төлөөчүлөрдүн мамлекеттик реестри", "Государственный реестр налогоплательщиков", "State register of taxpayers"),
            Term("tax-administration", "Салык администрациялоонун маалымат системасы", "Информационная система налогового администрирования", "Tax administration system"),
            Term("e-invoicing", "Электрондук эсеп-фактуралар системасы", "Система электронных счетов-фактур", "E-invoicing system"),
            Term("cash-register-monitoring", "ККМ мониторинг системасы", "Система мониторинга контрольно-кассовых машин", "Cash register monitoring system"),
        ], services: [
            ServiceTerm("tax-declaration", "Салык декларациясын кабыл алуу", "Приём налоговой декларации", "Tax declaration filing", both),
            ServiceTerm("tin-assignment", "Салык төлөөчүнүн идентификациялык номерин ыйгаруу", "Присвоение идентификационного налогового номера", "Taxpayer number assignment", both),
            ServiceTerm("tax-clearance", "Салык карызы жок экендиги жөнүндө маалымкат", "Справка об отсутствии налоговой задолженности", "Tax clearance certificate", both),
            ServiceTerm("patent-purchase", "Салык патентин алуу", "Приобретение налогового патента", "Tax patent purchase", business),
        ]),
        Sector(key: "social-insurance", concepts: [
            Concept("insured-person", "Камсыздандырылган адам", "Застрахованное лицо", "Insured person", "personal", "pin! insuranceNumber! surname! givenName! registrationDate!"),
            Concept("pension-case", "Пенсиялык иш", "Пенсионное дело", "Pension case", "sensitive", "caseNumber! pin! benefitType! startDate! amount! status!"),
            Concept("insurance-contribution", "Камсыздандыруу төгүмү", "Страховой взнос", "Insurance contribution", "personal", "pin! tin! period! amount! paymentDate"),
            Concept("employer-account", "Төгүм төлөөчүнүн эсеби", "Учётная запись плательщика страховых взносов", "Contribution payer account", "internal", "tin! organisationName! registrationDate! status"),
            Concept("work-record", "Эмгек стажы", "Трудовой стаж", "Employment record", "personal", "pin! tin! startDate! endDate occupation"),
        ], systems: [
            Term("pension-system", "Пенсиялык камсыздоонун маалымат системасы", "Информационная система пенсионного обеспечения", "Pension information system"),
            Term("contributions", "Камсыздандыруу төгүмдөрүн эсепке алуу системасы", "Система персонифицированного учёта страховых взносов", "Contribution records system"),
            Term("personal-accounts", "Жеке эсептер реестри", "Реестр индивидуальных лицевых счетов", "Register of personal accounts"),
        ], services: [
            ServiceTerm("pension-assignment", "Пенсия дайындоо", "Назначение пенсии", "Pension assignment", citizen),
            ServiceTerm("contribution-statement", "Камсыздандыруу төгүмдөрү жөнүндө көчүрмө", "Выписка о страховых взносах", "Statement of contributions", citizen),
            ServiceTerm("work-record-extract", "Эмгек стажы жөнүндө маалымкат", "Справка о трудовом стаже", "Employment record certificate", citizen),
        ]),
        Sector(key: "social-protection", concepts: [
            Concept("benefit-case", "Мамлекеттик жөлөкпул иши", "Дело о государственном пособии", "State benefit case", "sensitive", "caseNumber! pin! benefitType! startDate! amount! status!"),
            Concept("family-allowance", "«Үй-бүлөгө көмөк» жөлөкпулу", "Ежемесячное пособие «Үй-бүлөгө көмөк»", "Monthly family allowance", "sensitive", "caseNumber! pin! householdSize! amount! startDate!"),
            Concept("disability-record", "Ден соолугунун мүмкүнчүлүгү чектелгендиги жөнүндө маалымат", "Сведения об инвалидности", "Disability record", "sensitive", "pin! disabilityGroup! startDate! endDate"),
            Concept("job-seeker", "Жумуш издеген адам", "Лицо, ищущее работу", "Job seeker", "personal", "pin! registrationDate! educationLevel occupation status!"),
            Concept("vacancy", "Бош жумуш орду", "Вакансия", "Vacancy", "public", "registrationNumber! tin! occupation! amount settlement"),
            Concept("labour-migrant", "Эмгек мигранты", "Трудовой мигрант", "Labour migrant", "personal", "pin! citizenship! registrationDate! occupation"),
        ], systems: [
            Term("social-assistance", "Социалдык жардамдын бирдиктүү маалымат системасы", "Единая информационная система социальной помощи", "Social assistance system"),
            Term("employment-service", "Иш менен камсыз кылуу кызматынын маалымат системасы", "Информационная система службы занятости", "Employment service system"),
            Term("disability-register", "Ден соолугунун мүмкүнчүлүгү чектелген адамдардын реестри", "Реестр лиц с ограниченными возможностями здоровья", "Disability register"),
            Term("migration-register", "Эмгек миграциясын эсепке алуу системасы", "Система учёта трудовой миграции", "Labour migration register"),
        ], services: [
            ServiceTerm("family-allowance", "«Үй-бүлөгө көмөк» жөлөкпулун дайындоо", "Назначение пособия «Үй-бүлөгө көмөк»", "Monthly family allowance", citizen),
            ServiceTerm("disability-benefit", "Ден соолугунун мүмкүнчүлүгү чектелген адамдарга жөлөкпул", "Пособие лицам с ограниченными возможностями здоровья", "Disability benefit", citizen),
            ServiceTerm("unemployment-registration", "Жумушсуз катары каттоо", "Регистрация в качестве безработного", "Unemployment registration", citizen),
            ServiceTerm("vacancy-search", "Бош жумуш орундарын издөө", "Поиск вакансий", "Job search", both),
        ]),
        Sector(key: "health", concepts: [
            Concept("patient", "Бейтап", "Пациент", "Patient", "sensitive", "pin! surname! givenName! birthDate! facilityCode"),
            Concept("medical-birth-certificate", "Төрөлүү жөнүндө медициналык күбөлүк", "Медицинское свидетельство о рождении", "Medical birth certificate", "sensitive", "documentNumber! motherPin! birthDate! sex! facilityCode!"),
            Concept("vaccination", "Эмдөө жөнүндө жазуу", "Запись о вакцинации", "Vaccination record", "sensitive", "pin! vaccineCode! issueDate! facilityCode!"),
            Concept("prescription", "Дары-дармекке рецепт", "Рецепт на лекарственное средство", "Prescription", "sensitive", "documentNumber! pin! diagnosisCode! issueDate! expiryDate"),
            Concept("sick-leave", "Эмгекке жараксыздык баракчасы", "Листок нетрудоспособности", "Sick-leave certificate", "sensitive", "documentNumber! pin! startDate! endDate! facilityCode!"),
            Concept("health-facility", "Саламаттыкты сактоо уюму", "Организация здравоохранения", "Health facility", "public", "facilityCode! organisationName! addressId! regionCode!"),
            Concept("insurance-policy", "Милдеттүү медициналык камсыздандыруу полиси", "Полис обязательного медицинского страхования", "Health insurance policy", "personal", "documentNumber! pin! startDate! endDate! status"),
            Concept("medical-claim", "Көрсөтүлгөн медициналык жардам үчүн эсеп", "Счёт за оказанную медицинскую помощь", "Medical claim", "sensitive", "registrationNumber! pin! facilityCode! diagnosisCode! amount!"),
        ], systems: [
            Term("health-information-system", "Саламаттык сактоонун бирдиктүү маалымат системасы", "Единая информационная система здравоохранения", "Unified health information system"),
            Term("e-prescription", "Электрондук рецепт", "Электронный рецепт", "E-prescription system"),
            Term("immunisation-register", "Эмдөөлөр реестри", "Регистр иммунизации", "Immunisation register"),
            Term("claims-system", "Медициналык жардам үчүн эсептерди иштетүү системасы", "Система обработки счетов за медицинскую помощь", "Claims processing system"),
            Term("insured-register", "Камсыздандырылгандардын реестри", "Реестр застрахованных граждан", "Register of the insured"),
        ], services: [
            ServiceTerm("medical-certificate", "Медициналык маалымкат берүү", "Выдача медицинской справки", "Medical certificate", citizen),
            ServiceTerm("doctor-appointment", "Дарыгерге электрондук жазылуу", "Электронная запись к врачу", "Doctor's appointment", citizen),
            ServiceTerm("insurance-policy", "ММК полисин берүү", "Выдача полиса ОМС", "Health insurance policy", citizen),
            ServiceTerm("vaccination-certificate", "Эмдөө жөнүндө күбөлүк", "Сертификат о вакцинации", "Vaccination certificate", citizen),
        ]),
        Sector(key: "education", concepts: [
            Concept("student", "Окуучу", "Обучающийся", "Student", "personal", "pin! surname! givenName! birthDate! schoolCode! educationLevel"),
            Concept("school", "Билим берүү уюму", "Образовательная организация", "Educational organisation", "public", "schoolCode! organisationName! addressId! regionCode language"),
            Concept("diploma", "Билими жөнүндө документ", "Документ об образовании", "Diploma", "personal", "documentNumber! pin! educationLevel! issueDate! schoolCode!"),
            Concept("enrolment", "Окууга кабыл алуу", "Зачисление на обучение", "Enrolment", "personal", "pin! schoolCode! startDate! status!"),
            Concept("kindergarten-queue-entry", "Бала бакчага кезек", "Очередь в детский сад", "Kindergarten queue entry", "personal", "registrationNumber! pin! birthDate! registrationDate! schoolCode status!"),
            Concept("teacher", "Мугалим", "Педагог", "Teacher", "personal", "pin! surname! givenName! schoolCode! educationLevel!"),
            Concept("test-result", "Жалпы республикалык тестирлөөнүн жыйынтыгы", "Результат общереспубликанского тестирования", "National test result", "personal", "registrationNumber! pin! score! issueDate!"),
        ], systems: [
            Term("school-management", "Мектептерди башкаруунун маалымат системасы", "Информационная система управления образованием", "Education management information system"),
            Term("e-kindergarten", "Бала бакчага электрондук кезек", "Электронная очередь в детские сады", "Kindergarten queue system"),
            Term("diploma-register", "Билими жөнүндө документтердин реестри", "Реестр документов об образовании", "Diploma register"),
            Term("e-journal", "Электрондук күндөлүк", "Электронный дневник", "Electronic school diary"),
        ], services: [
            ServiceTerm("school-enrolment", "Биринчи класска кабыл алуу", "Зачисление в первый класс", "First-grade enrolment", citizen),
            ServiceTerm("kindergarten-queue", "Бала бакчага кезекке туруу", "Постановка в очередь в детский сад", "Kindergarten queue", citizen),
            ServiceTerm("diploma-verification", "Билими жөнүндө документти текшерүү", "Подтверждение документа об образовании", "Diploma verification", both),
            ServiceTerm("test-registration", "Жалпы республикалык тестирлөөгө каттоо", "Регистрация на общереспубликанское тестирование", "National test registration", citizen),
        ]),
        Sector(key: "interior", concepts: [
            Concept("vehicle", "Транспорт каражаты", "Транспортное средство", "Vehicle", "internal", "vin! plateNumber! makeModel! productionYear! vehicleCategory! pin"),
            Concept("driving-licence", "Айдоочулук күбөлүк", "Водительское удостоверение", "Driving licence", "personal", "documentNumber! pin! vehicleCategory! issueDate! expiryDate!"),
            Concept("criminal-record", "Соттуулугу жөнүндө маалымат", "Сведения о судимости", "Criminal record", "secret", "pin! caseNumber! registrationDate! status!"),
            Concept("traffic-fine", "Жол кыймылынын эрежесин бузгандыгы үчүн айып", "Штраф за нарушение правил дорожного движения", "Traffic fine", "personal", "registrationNumber! plateNumber! pin amount! registrationDate! status!"),
            Concept("weapon-permit", "Куралга уруксат", "Разрешение на оружие", "Weapons permit", "sensitive", "documentNumber! pin! issueDate! expiryDate!"),
            Concept("foreigner-registration", "Чет элдик жарандын каттоосу", "Регистрация иностранного гражданина", "Foreigner registration", "personal", "documentNumber! citizenship! registrationDate! endDate! addressId"),
        ], systems: [
            Term("vehicle-register", "Транспорт каражаттарынын мамлекеттик реестри", "Государственный реестр транспортных средств", "State vehicle register"),
            Term("driver-register", "Айдоочулук күбөлүктөрдүн реестри", "Реестр водительских удостоверений", "Driving licence register"),
            Term("criminal-records", "Соттуулуктун бирдиктүү эсепке алуу системасы", "Единая система учёта судимостей", "Criminal records system"),
            Term("safe-city", "«Коопсуз шаар» системасы", "Система «Безопасный город»", "Safe City system"),
        ], services: [
            ServiceTerm("vehicle-registration", "Транспорт каражатын каттоо", "Регистрация транспортного средства", "Vehicle registration", both),
            ServiceTerm("driving-licence", "Айдоочулук күбөлүк берүү", "Выдача водительского удостоверения", "Driving licence", citizen),
            ServiceTerm("no-criminal-record", "Соттуулугу жок экендиги жөнүндө маалымкат", "Справка об отсутствии судимости", "Certificate of no criminal record", citizen),
            ServiceTerm("fine-payment", "Айыпты төлөө", "Оплата штрафа", "Fine payment", citizen),
        ]),
        Sector(key: "customs", concepts: [
            Concept("customs-declaration", "Бажы декларациясы", "Таможенная декларация", "Customs declaration", "internal", "registrationNumber! tin! customsProcedure! registrationDate! amount! currency!"),
            Concept("trader", "Тышкы экономикалык ишмердүүлүктүн катышуучусу", "Участник внешнеэкономической деятельности", "Trader", "public", "tin! organisationName! registrationNumber! registrationDate"),
            Concept("goods-item", "Товардык позиция", "Товарная позиция декларации", "Goods item", "internal", "registrationNumber! hsCode! quantity! amount! citizenship"),
            Concept("transit-record", "Транзиттик декларация", "Транзитная декларация", "Transit declaration", "internal", "registrationNumber! plateNumber! registrationDate! endDate status!"),
            Concept("customs-payment", "Бажы төлөмү", "Таможенный платёж", "Customs payment", "internal", "paymentNumber! tin! amount! currency! paymentDate!"),
        ], systems: [
            Term("customs-declarations", "Бажы декларацияларын электрондук тариздөө системасы", "Система электронного декларирования", "Electronic customs declaration system"),
            Term("single-window", "Тышкы соода үчүн «Бирдиктүү терезе»", "«Единое окно» внешней торговли", "Single window for foreign trade"),
            Term("risk-management", "Тобокелдиктерди башкаруу системасы", "Система управления рисками", "Risk management system"),
        ], services: [
            ServiceTerm("customs-clearance", "Бажы тариздөөсү", "Таможенное оформление", "Customs clearance", business),
            ServiceTerm("transit", "Транзитти тариздөө", "Оформление транзита", "Transit clearance", business),
            ServiceTerm("customs-payment", "Бажы төлөмдөрүн төлөө", "Уплата таможенных платежей", "Customs payment", business),
        ]),
        Sector(key: "finance", concepts: [
            Concept("budget-line", "Бюджеттик классификациянын беренеси", "Статья бюджетной классификации", "Budget line", "public", "budgetCode! organisationName! amount! period!"),
            Concept("treasury-payment", "Казыналык төлөм", "Казначейский платёж", "Treasury payment", "internal", "paymentNumber! budgetCode! tin! amount! paymentDate!"),
            Concept("procurement-contract", "Мамлекеттик сатып алуу келишими", "Договор государственной закупки", "Procurement contract", "public", "registrationNumber! tin! amount! currency! startDate! endDate"),
            Concept("supplier", "Жеткирүүчү", "Поставщик", "Supplier", "public", "tin! organisationName! registrationDate! status!"),
        ], systems: [
            Term("treasury", "Казыналыктын автоматташтырылган системасы", "Автоматизированная система казначейства", "Treasury system"),
            Term("e-procurement", "Мамлекеттик сатып алуулар порталы", "Портал государственных закупок", "E-procurement portal"),
            Term("budget-planning", "Бюджетти пландоо системасы", "Система бюджетного планирования", "Budget planning system"),
        ], services: [
            ServiceTerm("procurement-participation", "Мамлекеттик сатып алууларга катышуу", "Участие в государственных закупках", "Taking part in public procurement", business),
            ServiceTerm("budget-information", "Бюджет жөнүндө маалымат", "Информация о бюджете", "Open budget information", both),
        ]),
        Sector(key: "economy", concepts: [
            Concept("licence", "Лицензия", "Лицензия", "Licence", "public", "documentNumber! tin! activityCode! issueDate! expiryDate status!"),
            Concept("permit", "Уруксат берүүчү документ", "Разрешительный документ", "Permit", "public", "documentNumber! tin! documentType! issueDate! expiryDate"),
            Concept("inspection", "Ишкердик субъектисин текшерүү", "Проверка субъекта предпринимательства", "Business inspection", "internal", "registrationNumber! tin! startDate! endDate status!"),
            Concept("price-observation", "Баалардын мониторинги", "Мониторинг цен", "Price observation", "public", "registrationNumber! hsCode! amount! currency! regionCode! paymentDate"),
        ], systems: [
            Term("licensing", "Лицензиялоонун жана уруксат берүүнүн бирдиктүү системасы", "Единая система лицензирования и разрешений", "Licensing and permits system"),
            Term("inspections", "Текшерүүлөрдүн бирдиктүү реестри", "Единый реестр проверок", "Register of inspections"),
            Term("price-monitoring", "Баалардын мониторинг системасы", "Система мониторинга цен", "Price monitoring system"),
        ], services: [
            ServiceTerm("licence-issuance", "Лицензия берүү", "Выдача лицензии", "Licence issuance", business),
            ServiceTerm("permit-issuance", "Уруксат берүү", "Выдача разрешения", "Permit issuance", business),
        ]),
        Sector(key: "agriculture", concepts: [
            Concept("farm", "Дыйкан (фермер) чарбасы", "Крестьянское (фермерское) хозяйство", "Farm", "personal", "registrationNumber! pin! tin area! regionCode!"),
            Concept("livestock-animal", "Айыл чарба жаныбары", "Сельскохозяйственное животное", "Livestock animal", "internal", "tagNumber! animalSpecies! birthDate pin! regionCode"),
            Concept("veterinary-certificate", "Ветеринардык күбөлүк", "Ветеринарный сертификат", "Veterinary certificate", "internal", "documentNumber! tin! issueDate! animalSpecies"),
            Concept("pasture-ticket", "Жайыт билети", "Пастбищный билет", "Pasture ticket", "personal", "documentNumber! pin! area! startDate! endDate!"),
            Concept("water-use-permit", "Суу пайдаланууга уруксат", "Разрешение на специальное водопользование", "Water use permit", "public", "documentNumber! tin! amount! issueDate! expiryDate"),
            Concept("land-plot", "Айыл чарба жер участогу", "Земельный участок сельхозназначения", "Agricultural land plot", "public", "cadastralNumber! area! landCategory! regionCode!"),
        ], systems: [
            Term("animal-identification", "Жаныбарларды идентификациялоо системасы", "Система идентификации животных", "Animal identification system"),
            Term("farm-register", "Дыйкан чарбаларынын реестри", "Реестр крестьянских хозяйств", "Farm register"),
            Term("water-accounting", "Сууну эсепке алуу системасы", "Система учёта водопользования", "Water use accounting system"),
        ], services: [
            ServiceTerm("farm-registration", "Дыйкан чарбасын каттоо", "Регистрация крестьянского хозяйства", "Farm registration", both),
            ServiceTerm("pasture-ticket", "Жайыт билетин берүү", "Выдача пастбищного билета", "Pasture ticket", citizen),
            ServiceTerm("veterinary-certificate", "Ветеринардык күбөлүк берүү", "Выдача ветеринарного сертификата", "Veterinary certificate", business),
            ServiceTerm("water-use-permit", "Суу пайдаланууга уруксат берүү", "Выдача разрешения на водопользование", "Water use permit", business),
        ]),
        Sector(key: "statistics", concepts: [
            Concept("statistical-unit", "Статистикалык бирдик", "Статистическая единица", "Statistical unit", "public", "okpo! tin organisationName! activityCode! regionCode!"),
            Concept("census-household", "Эл каттоодогу үй чарба", "Домохозяйство переписи населения", "Census household", "personal", "registrationNumber! addressId! householdSize!"),
            Concept("survey-response", "Статистикалык байкоонун жообу", "Ответ на статистическое обследование", "Survey response", "sensitive", "registrationNumber! okpo! period! submissionDate!"),
            Concept("statistical-indicator", "Статистикалык көрсөткүч", "Статистический показатель", "Statistical indicator", "public", "indicatorCode! period! regionCode! amount!"),
        ], systems: [
            Term("business-register", "Статистикалык бирдиктердин реестри", "Статистический регистр хозяйствующих субъектов", "Statistical business register"),
            Term("census", "Эл каттоонун маалымат системасы", "Информационная система переписи населения", "Census information system"),
            Term("e-reporting", "Электрондук статистикалык отчеттуулук", "Электронная статистическая отчётность", "Electronic statistical reporting"),
        ], services: [
            ServiceTerm("statistical-report", "Статистикалык отчетту тапшыруу", "Сдача статистической отчётности", "Statistical report submission", business),
            ServiceTerm("statistics-request", "Статистикалык маалымат берүү", "Предоставление статистической информации", "Statistics on request", both),
        ]),
        Sector(key: "elections", concepts: [
            Concept("voter-record", "Шайлоочу тууралуу маалымат", "Сведения об избирателе", "Voter record", "personal", "pin! pollingStationNumber! addressId registrationDate"),
            Concept("polling-station", "Шайлоо участогу", "Избирательный участок", "Polling station", "public", "pollingStationNumber! addressId! regionCode!"),
            Concept("candidate", "Талапкер", "Кандидат", "Candidate", "personal", "registrationNumber! pin! surname! givenName! registrationDate!"),
            Concept("election-result", "Добуш берүүнүн жыйынтыгы", "Итоги голосования", "Election result", "public", "pollingStationNumber! registrationDate! score!"),
        ], systems: [
            Term("shailoo", "«Шайлоо» мамлекеттик автоматташтырылган системасы", "Государственная автоматизированная система «Шайлоо»", "Shailoo election system"),
            Term("voter-list", "Шайлоочулардын тизмеси", "Система списков избирателей", "Voter list system"),
        ], services: [
            ServiceTerm("voter-list-check", "Шайлоочулардын тизмесинен өзүн текшерүү", "Проверка себя в списке избирателей", "Voter list check", citizen),
            ServiceTerm("polling-station-change", "Шайлоо участогун өзгөртүү", "Смена избирательного участка", "Change of polling station", citizen),
        ]),
        Sector(key: "municipal", concepts: [
            Concept("household-book-entry", "Чарбалык китептеги жазуу", "Запись похозяйственной книги", "Household book entry", "personal", "registrationNumber! pin! addressId! householdSize! area"),
            Concept("local-tax", "Жергиликтүү салык", "Местный налог", "Local tax", "personal", "registrationNumber! tin! taxType! amount! period!"),
            Concept("land-lease", "Муниципалдык жерди ижарага берүү", "Аренда муниципальной земли", "Municipal land lease", "public", "registrationNumber! cadastralNumber! tin! startDate! endDate! amount"),
            Concept("building-permit", "Курулушка уруксат", "Разрешение на строительство", "Building permit", "public", "documentNumber! cadastralNumber! tin issueDate! expiryDate"),
            Concept("social-passport", "Үй-бүлөнүн социалдык паспорту", "Социальный паспорт семьи", "Family social passport", "sensitive", "registrationNumber! pin! householdSize! amount status!"),
            Concept("municipal-property", "Муниципалдык мүлк", "Муниципальное имущество", "Municipal property", "public", "registrationNumber! cadastralNumber area! status!"),
            Concept("residence-certificate", "Жашаган жери жөнүндө маалымкат", "Справка с места жительства", "Residence certificate", "personal", "documentNumber! pin! addressId! issueDate!"),
        ], systems: [
            Term("household-book", "Электрондук чарбалык китеп", "Электронная похозяйственная книга", "Electronic household book"),
            Term("municipal-services", "Муниципалдык кызматтардын маалымат системасы", "Информационная система муниципальных услуг", "Municipal services system"),
            Term("local-budget", "Жергиликтүү бюджеттин маалымат системасы", "Информационная система местного бюджета", "Local budget system"),
            Term("municipal-property", "Муниципалдык мүлктү эсепке алуу системасы", "Система учёта муниципального имущества", "Municipal property register"),
        ], services: [
            ServiceTerm("household-certificate", "Чарбалык китептен көчүрмө берүү", "Выписка из похозяйственной книги", "Household book extract", citizen),
            ServiceTerm("building-permit", "Курулушка уруксат берүү", "Выдача разрешения на строительство", "Building permit", both),
            ServiceTerm("land-lease", "Муниципалдык жерди ижарага берүү", "Предоставление муниципальной земли в аренду", "Lease of municipal land", both),
            ServiceTerm("local-tax-payment", "Жергиликтүү салыктарды төлөө", "Уплата местных налогов", "Local tax payment", both),
            ServiceTerm("residence-certificate", "Жашаган жери жөнүндө маалымкат берүү", "Выдача справки с места жительства", "Residence certificate", citizen),
        ]),
        Sector(key: "digital", concepts: [
            Concept("tunduk-member", "«Түндүк» системасынын катышуучусу", "Участник системы «Түндүк»", "Tunduk member", "public", "memberCode! organisationName! registrationDate! status!"),
            Concept("subsystem", "Катышуучунун подсистемасы", "Подсистема участника «Түндүк»", "Tunduk subsystem", "public", "subsystemCode! memberCode! registrationDate! status!"),
            Concept("signature-certificate", "Электрондук колтамганын ачкычынын сертификаты", "Сертификат ключа электронной подписи", "Signature certificate", "personal", "serialNumber! pin! issueDate! expiryDate! status!"),
            Concept("user-account", "Колдонуучунун эсептик жазуусу", "Учётная запись пользователя", "User account", "personal", "accountId! pin! phone email registrationDate!"),
            Concept("service-register-entry", "Мамлекеттик кызматтардын реестриндеги жазуу", "Запись реестра государственных услуг", "Service register entry", "public", "serviceCode! organisationName! status! registrationDate"),
            Concept("portal-application", "Порталдагы арыз", "Заявление на портале госуслуг", "Portal application", "personal", "registrationNumber! pin! serviceCode! submissionDate! status!"),
        ], systems: [
            Term("tunduk-central", "«Түндүк» системасынын борбордук сервери", "Центральный сервер системы «Түндүк»", "Tunduk central server"),
            Term("state-portal", "Мамлекеттик кызматтардын порталы", "Портал государственных услуг", "State services portal"),
            Term("identity-provider", "Бирдиктүү идентификациялоо системасы", "Единая система идентификации", "Unified identification system"),
            Term("e-signature", "Булуттук электрондук колтамга", "Облачная электронная подпись", "Cloud e-signature service"),
            Term("service-register", "Мамлекеттик кызматтардын реестри", "Реестр государственных и муниципальных услуг", "Register of public services"),
        ], services: [
            ServiceTerm("e-signature-issuance", "Электрондук колтамга берүү", "Выдача электронной подписи", "Electronic signature issuance", both),
            ServiceTerm("portal-account", "Порталда эсептик жазуу ачуу", "Регистрация на портале госуслуг", "State portal account", citizen),
            ServiceTerm("tunduk-membership", "«Түндүк» системасына кошулуу", "Подключение к системе «Түндүк»", "Joining Tunduk", government),
        ]),
        Sector(key: "emergency", concepts: [
            Concept("emergency-incident", "Өзгөчө кырдаал", "Чрезвычайная ситуация", "Emergency incident", "internal", "registrationNumber! regionCode! registrationDate! status!"),
            Concept("hazard-zone", "Коркунучтуу аймак", "Зона повышенного риска", "Hazard zone", "public", "registrationNumber! regionCode! area! status"),
            Concept("emergency-call", "112 кызматына чакыруу", "Вызов службы 112", "Emergency call", "personal", "registrationNumber! phone! addressId registrationDate!"),
            Concept("fire-inspection", "Өрт коопсуздугун текшерүү", "Проверка пожарной безопасности", "Fire safety inspection", "internal", "registrationNumber! tin! startDate! status!"),
        ], systems: [
            Term("system-112", "112 бирдиктүү кезметчилик-диспетчердик кызматы", "Система единой дежурно-диспетчерской службы 112", "112 emergency dispatch system"),
            Term("early-warning", "Эрте эскертүү системасы", "Система раннего оповещения", "Early warning system"),
            Term("hazard-monitoring", "Коркунучтарды мониторингдөө системасы", "Система мониторинга угроз", "Hazard monitoring system"),
        ], services: [
            ServiceTerm("alert-subscription", "Өзгөчө кырдаалдар жөнүндө кабарлоо", "Оповещение о чрезвычайных ситуациях", "Emergency alerts", citizen),
            ServiceTerm("fire-safety-certificate", "Өрт коопсуздугу жөнүндө корутунду", "Заключение о пожарной безопасности", "Fire safety certificate", business),
        ]),
        Sector(key: "construction", concepts: [
            Concept("construction-project", "Курулуш объектиси", "Объект строительства", "Construction project", "public", "registrationNumber! cadastralNumber! tin! startDate! status!"),
            Concept("building", "Имарат", "Здание", "Building", "public", "cadastralNumber! addressId! area! productionYear"),
            Concept("construction-licence", "Курулуш ишине лицензия", "Лицензия на строительную деятельность", "Construction licence", "public", "documentNumber! tin! issueDate! expiryDate status!"),
            Concept("utility-connection", "Инженердик тармактарга туташуу", "Подключение к инженерным сетям", "Utility connection", "internal", "registrationNumber! cadastralNumber! registrationDate! status!"),
        ], systems: [
            Term("construction-permits", "Курулушка уруксат берүүнүн электрондук системасы", "Электронная система разрешений на строительство", "Construction permits system"),
            Term("urban-cadastre", "Шаар куруу кадастры", "Градостроительный кадастр", "Urban planning cadastre"),
            Term("housing-register", "Турак жай фондунун реестри", "Реестр жилищного фонда", "Housing register"),
        ], services: [
            ServiceTerm("construction-permit", "Курулушка уруксат алуу", "Получение разрешения на строительство", "Construction permit", business),
            ServiceTerm("utility-connection", "Инженердик тармактарга туташуу", "Подключение к инженерным сетям", "Utility connection", both),
            ServiceTerm("commissioning", "Объектти пайдаланууга берүү", "Ввод объекта в эксплуатацию", "Commissioning of a building", business),
        ]),
    ]

    static let byKey: [String: Sector] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })
}

extension Sectors {
    /// The concepts each kind of system keeps as master, in the order it takes them on.
    static let systemConcepts: [String: [String]] = [
        "population-register": ["person"], "civil-registry": ["birth-record", "death-record", "marriage-record"],
        "address-register": ["address"], "real-estate-register": ["real-estate-object", "property-right"],
        "document-issuance": ["identity-document"],
        "legal-entity-register": ["legal-entity", "branch"], "legal-acts-database": ["legal-act-entry"],
        "notary-system": ["notarial-act"], "legal-aid-system": ["legal-aid-case", "lawyer-licence"],
        "taxpayer-register": ["taxpayer", "tax-patent"], "tax-administration": ["tax-declaration", "tax-payment", "tax-arrears"],
        "e-invoicing": ["tax-payment"], "cash-register-monitoring": ["cash-register"],
        "pension-system": ["pension-case"], "contributions": ["insurance-contribution", "employer-account"],
        "personal-accounts": ["insured-person", "work-record"],
        "social-assistance": ["benefit-case", "family-allowance"], "employment-service": ["job-seeker", "vacancy"],
        "disability-register": ["disability-record"], "migration-register": ["labour-migrant"],
        "health-information-system": ["patient", "health-facility", "medical-birth-certificate", "sick-leave"],
        "e-prescription": ["prescription"], "immunisation-register": ["vaccination"], "claims-system": ["medical-claim"],
        "insured-register": ["insurance-policy"],
        "school-management": ["school", "teacher", "student"], "e-kindergarten": ["kindergarten-queue-entry"],
        "diploma-register": ["diploma", "test-result"], "e-journal": ["enrolment", "student"],
        "vehicle-register": ["vehicle"], "driver-register": ["driving-licence"], "criminal-records": ["criminal-record", "weapon-permit"],
        "safe-city": ["traffic-fine", "foreigner-registration"],
        "customs-declarations": ["customs-declaration", "goods-item"], "single-window": ["trader", "transit-record"],
        "risk-management": ["customs-payment"],
        "treasury": ["treasury-payment", "budget-line"], "e-procurement": ["procurement-contract", "supplier"], "budget-planning": ["budget-line"],
        "licensing": ["licence", "permit"], "inspections": ["inspection"], "price-monitoring": ["price-observation"],
        "animal-identification": ["livestock-animal", "veterinary-certificate"], "farm-register": ["farm", "land-plot", "pasture-ticket"],
        "water-accounting": ["water-use-permit"],
        "business-register": ["statistical-unit"], "census": ["census-household"], "e-reporting": ["survey-response", "statistical-indicator"],
        "shailoo": ["voter-record", "polling-station", "election-result"], "voter-list": ["voter-record", "candidate"],
        "household-book": ["household-book-entry", "social-passport", "residence-certificate"],
        "municipal-services": ["building-permit", "residence-certificate"], "local-budget": ["local-tax"],
        "municipal-property": ["municipal-property", "land-lease"],
        "tunduk-central": ["tunduk-member", "subsystem"], "state-portal": ["portal-application", "user-account"],
        "identity-provider": ["user-account"], "e-signature": ["signature-certificate"], "service-register": ["service-register-entry"],
        "system-112": ["emergency-call", "emergency-incident"], "early-warning": ["hazard-zone"], "hazard-monitoring": ["hazard-zone", "fire-inspection"],
        "construction-permits": ["construction-project", "construction-licence"], "urban-cadastre": ["building"],
        "housing-register": ["building", "utility-connection"],
    ]
}

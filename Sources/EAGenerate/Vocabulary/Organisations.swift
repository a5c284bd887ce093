/// The national bodies the repository always has, the kinds of territorial office and
/// state institution it fills the rest of the organisation share with, and the names of
/// the people who are their Government CIOs.
enum Organisations {
    struct Core {
        let id: String
        let type: String?
        let parent: String?
        /// The sector whose data, systems and services it keeps; nil for bodies that own none.
        let sector: String?
        let ky: String
        let ru: String
        let en: String
        let shortKy: String
        let shortRu: String
        let shortEn: String
        let domain: String
        /// How much of the national landscape it owns, relative to the others.
        let weight: Double
        /// Whether it runs a data centre of its own.
        let datacenter: Bool
    }

    static let core: [Core] = [
        Core(id: "cabinet", type: nil, parent: nil, sector: nil,
             ky: "Кыргыз Республикасынын Министрлер Кабинети", ru: "Кабинет Министров Кыргызской Республики", en: "Cabinet of Ministers of the Kyrgyz Republic",
             shortKy: "Министрлер Кабинети", shortRu: "Кабмин", shortEn: "Cabinet", domain: "gov.kg", weight: 0, datacenter: false),
        Core(id: "mdd", type: "ministry", parent: "cabinet", sector: "digital",
             ky: "Кыргыз Республикасынын Санариптик өнүктүрүү жана инновациялык технологиялар министрлиги", ru: "Министерство цифрового развития и инновационных технологий Кыргызской Республики", en: "Ministry of Digital Development and Innovative Technologies",
             shortKy: "Санариптик өнүктүрүү министрлиги", shortRu: "Минцифры", shortEn: "MDD", domain: "digital.gov.kg", weight: 10, datacenter: false),
        Core(id: "tunduk", type: "state-enterprise", parent: "mdd", sector: "digital",
             ky: "«Түндүк» мамлекеттик мекемеси", ru: "Государственное учреждение «Түндүк»", en: "State institution Tunduk",
             shortKy: "«Түндүк»", shortRu: "ГУ «Түндүк»", shortEn: "Tunduk", domain: "tunduk.gov.kg", weight: 6, datacenter: false),
        Core(id: "infocom", type: "state-enterprise", parent: "mdd", sector: "digital",
             ky: "«Инфоком» мамлекеттик ишканасы", ru: "Государственное предприятие «Инфоком»", en: "State enterprise Infocom",
             shortKy: "«Инфоком»", shortRu: "ГП «Инфоком»", shortEn: "Infocom", domain: "infocom.kg", weight: 4, datacenter: false),
        Core(id: "grs", type: "agency", parent: "cabinet", sector: "registry",
             ky: "Кыргыз Республикасынын Министрлер Кабинетине караштуу Мамлекеттик каттоо кызматы", ru: "Государственная регистрационная служба при Кабинете Министров Кыргызской Республики", en: "State Registration Service",
             shortKy: "МКК", shortRu: "ГРС", shortEn: "GRS", domain: "grs.gov.kg", weight: 14, datacenter: true),
        Core(id: "minjust", type: "ministry", parent: "cabinet", sector: "justice",
             ky: "Кыргыз Республикасынын Юстиция министрлиги", ru: "Министерство юстиции Кыргызской Республики", en: "Ministry of Justice",
             shortKy: "Юстиция министрлиги", shortRu: "Минюст", shortEn: "MoJ", domain: "minjust.gov.kg", weight: 8, datacenter: false),
        Core(id: "minfin", type: "ministry", parent: "cabinet", sector: "finance",
             ky: "Кыргыз Республикасынын Финансы министрлиги", ru: "Министерство финансов Кыргызской Республики", en: "Ministry of Finance",
             shortKy: "Финансы министрлиги", shortRu: "Минфин", shortEn: "MoF", domain: "minfin.kg", weight: 8, datacenter: true),
        Core(id: "sts", type: "agency", parent: "minfin", sector: "tax",
             ky: "Финансы министрлигине караштуу Мамлекеттик салык кызматы", ru: "Государственная налоговая служба при Министерстве финансов", en: "State Tax Service",
             shortKy: "МСК", shortRu: "ГНС", shortEn: "STS", domain: "sti.gov.kg", weight: 12, datacenter: true),
        Core(id: "customs", type: "agency", parent: "minfin", sector: "customs",
             ky: "Финансы министрлигине караштуу Мамлекеттик бажы кызматы", ru: "Государственная таможенная служба при Министерстве финансов", en: "State Customs Service",
             shortKy: "МБК", shortRu: "ГТС", shortEn: "SCS", domain: "customs.gov.kg", weight: 8, datacenter: false),
        Core(id: "socfund", type: "agency", parent: "cabinet", sector: "social-insurance",
             ky: "Кыргыз Республикасынын Социалдык фонду", ru: "Социальный фонд Кыргызской Республики", en: "Social Fund of the Kyrgyz Republic",
             shortKy: "Соцфонд", shortRu: "Соцфонд", shortEn: "Social Fund", domain: "socfond.kg", weight: 10, datacenter: true),
        Core(id: "mlsm", type: "ministry", parent: "cabinet", sector: "social-protection",
             ky: "Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги", ru: "Министерство труда, социального обеспечения и миграции Кыргызской Республики", en: "Ministry of Labour, Social Security and Migration",
             shortKy: "ЭСКМ", shortRu: "МТСОМ", shortEn: "MLSSM", domain: "mlsp.gov.kg", weight: 9, datacenter: false),
        Core(id: "minzdrav", type: "ministry", parent: "cabinet", sector: "health",
             ky: "Кыргыз Республикасынын Саламаттык сактоо министрлиги", ru: "Министерство здравоохранения Кыргызской Республики", en: "Ministry of Health",
             shortKy: "ССМ", shortRu: "Минздрав", shortEn: "MoH", domain: "med.kg", weight: 10, datacenter: false),
        Core(id: "foms", type: "agency", parent: "minzdrav", sector: "health",
             ky: "Саламаттык сактоо министрлигине караштуу Милдеттүү медициналык камсыздандыруу фонду", ru: "Фонд обязательного медицинского страхования при Министерстве здравоохранения", en: "Mandatory Health Insurance Fund",
             shortKy: "ММКФ", shortRu: "ФОМС", shortEn: "MHIF", domain: "foms.kg", weight: 7, datacenter: false),
        Core(id: "mon", type: "ministry", parent: "cabinet", sector: "education",
             ky: "Кыргыз Республикасынын Билим берүү жана илим министрлиги", ru: "Министерство образования и науки Кыргызской Республики", en: "Ministry of Education and Science",
             shortKy: "БИМ", shortRu: "МОН", shortEn: "MoES", domain: "edu.gov.kg", weight: 9, datacenter: false),
        Core(id: "mvd", type: "ministry", parent: "cabinet", sector: "interior",
             ky: "Кыргыз Республикасынын Ички иштер министрлиги", ru: "Министерство внутренних дел Кыргызской Республики", en: "Ministry of Internal Affairs",
             shortKy: "ИИМ", shortRu: "МВД", shortEn: "MIA", domain: "mvd.gov.kg", weight: 9, datacenter: true),
        Core(id: "minec", type: "ministry", parent: "cabinet", sector: "economy",
             ky: "Кыргыз Республикасынын Экономика жана коммерция министрлиги", ru: "Министерство экономики и коммерции Кыргызской Республики", en: "Ministry of Economy and Commerce",
             shortKy: "Экономика министрлиги", shortRu: "Минэкономики", shortEn: "MoEC", domain: "mineconom.gov.kg", weight: 6, datacenter: false),
        Core(id: "minagro", type: "ministry", parent: "cabinet", sector: "agriculture",
             ky: "Кыргыз Республикасынын Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жай министрлиги", ru: "Министерство водных ресурсов, сельского хозяйства и перерабатывающей промышленности Кыргызской Республики", en: "Ministry of Water Resources, Agriculture and Processing Industry",
             shortKy: "Айыл чарба министрлиги", shortRu: "Минсельхоз", shortEn: "MoA", domain: "agro.gov.kg", weight: 6, datacenter: false),
        Core(id: "nsc", type: "state-committee", parent: "cabinet", sector: "statistics",
             ky: "Кыргыз Республикасынын Улуттук статистика комитети", ru: "Национальный статистический комитет Кыргызской Республики", en: "National Statistical Committee",
             shortKy: "Улутстатком", shortRu: "Нацстатком", shortEn: "NSC", domain: "stat.gov.kg", weight: 5, datacenter: false),
        Core(id: "cec", type: "agency", parent: nil, sector: "elections",
             ky: "Шайлоо жана референдум өткөрүү боюнча борбордук комиссия", ru: "Центральная комиссия по выборам и проведению референдумов", en: "Central Commission for Elections and Referenda",
             shortKy: "БШК", shortRu: "ЦИК", shortEn: "CEC", domain: "shailoo.gov.kg", weight: 4, datacenter: false),
        Core(id: "mchs", type: "ministry", parent: "cabinet", sector: "emergency",
             ky: "Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги", ru: "Министерство чрезвычайных ситуаций Кыргызской Республики", en: "Ministry of Emergency Situations",
             shortKy: "ӨКМ", shortRu: "МЧС", shortEn: "MES", domain: "mchs.gov.kg", weight: 4, datacenter: false),
        Core(id: "gosstroy", type: "agency", parent: "cabinet", sector: "construction",
             ky: "Архитектура, курулуш жана турак жай-коммуналдык чарба мамлекеттик агенттиги", ru: "Государственное агентство архитектуры, строительства и жилищно-коммунального хозяйства", en: "State Agency for Architecture, Construction and Housing",
             shortKy: "Госстрой", shortRu: "Госстрой", shortEn: "Gosstroy", domain: "gosstroy.gov.kg", weight: 5, datacenter: false),
        Core(id: "bishkek", type: "municipality", parent: nil, sector: "municipal",
             ky: "Бишкек шаарынын мэриясы", ru: "Мэрия города Бишкек", en: "Bishkek City Hall",
             shortKy: "Бишкек мэриясы", shortRu: "Мэрия Бишкека", shortEn: "Bishkek City Hall", domain: "meria.kg", weight: 9, datacenter: false),
        Core(id: "osh", type: "municipality", parent: nil, sector: "municipal",
             ky: "Ош шаарынын мэриясы", ru: "Мэрия города Ош", en: "Osh City Hall",
             shortKy: "Ош мэриясы", shortRu: "Мэрия Оша", shortEn: "Osh City Hall", domain: "oshcity.kg", weight: 6, datacenter: false),
        Core(id: "wb", type: "international", parent: nil, sector: nil,
             ky: "Дүйнөлүк банк", ru: "Всемирный банк", en: "World Bank",
             shortKy: "Дүйнөлүк банк", shortRu: "Всемирный банк", shortEn: "World Bank", domain: "worldbank.org", weight: 0, datacenter: false),
        Core(id: "adb", type: "international", parent: nil, sector: nil,
             ky: "Азия өнүктүрүү банкы", ru: "Азиатский банк развития", en: "Asian Development Bank",
             shortKy: "АӨБ", shortRu: "АБР", shortEn: "ADB", domain: "adb.org", weight: 0, datacenter: false),
        Core(id: "undp", type: "international", parent: nil, sector: nil,
             ky: "БУУнун Өнүгүү программасы", ru: "Программа развития ООН", en: "United Nations Development Programme",
             shortKy: "БУУӨП", shortRu: "ПРООН", shortEn: "UNDP", domain: "undp.org", weight: 0, datacenter: false),
        Core(id: "giz", type: "international", parent: nil, sector: nil,
             ky: "Германиянын эл аралык кызматташтык коому (GIZ)", ru: "Германское общество по международному сотрудничеству (GIZ)", en: "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
             shortKy: "GIZ", shortRu: "GIZ", shortEn: "GIZ", domain: "giz.de", weight: 0, datacenter: false),
        Core(id: "eu", type: "international", parent: nil, sector: nil,
             ky: "Европа Биримдигинин Кыргыз Республикасындагы өкүлчүлүгү", ru: "Представительство Европейского союза в Кыргызской Республике", en: "Delegation of the European Union to the Kyrgyz Republic",
             shortKy: "ЕБ", shortRu: "ЕС", shortEn: "EU", domain: "eeas.europa.eu", weight: 0, datacenter: false),
        Core(id: "koica", type: "international", parent: nil, sector: nil,
             ky: "Корея эл аралык кызматташтык агенттиги (KOICA)", ru: "Корейское агентство международного сотрудничества (KOICA)", en: "Korea International Cooperation Agency (KOICA)",
             shortKy: "KOICA", shortRu: "KOICA", shortEn: "KOICA", domain: "koica.go.kr", weight: 0, datacenter: false),
    ]

    /// A kind of territorial office that national bodies keep in every district.
    struct Office {
        let parent: String
        let slug: String
        let ky: @Sendable (Places.Rayon) -> String
        let ru: @Sendable (Places.Rayon) -> String
        let en: @Sendable (Places.Rayon) -> String
    }

    static let offices: [Office] = [
        Office(parent: "grs", slug: "office",
               ky: { "\($0.ky) районундагы Мамлекеттик каттоо кызматынын бөлүмү" },
               ru: { "Управление ГРС по \($0.ruDative) району" },
               en: { "State Registration Service office, \($0.en) district" }),
        Office(parent: "sts", slug: "office",
               ky: { "\($0.ky) району боюнча Мамлекеттик салык кызматынын башкармалыгы" },
               ru: { "Управление ГНС по \($0.ruDative) району" },
               en: { "State Tax Service office, \($0.en) district" }),
        Office(parent: "socfund", slug: "office",
               ky: { "\($0.ky) районундагы Социалдык фонддун башкармалыгы" },
               ru: { "Районное управление Социального фонда по \($0.ruDative) району" },
               en: { "Social Fund office, \($0.en) district" }),
        Office(parent: "mvd", slug: "police",
               ky: { "\($0.ky) районунун ички иштер бөлүмү" },
               ru: { "Отдел внутренних дел \($0.ruGenitive) района" },
               en: { "District police department, \($0.en)" }),
        Office(parent: "mon", slug: "education",
               ky: { "\($0.ky) районунун билим берүү бөлүмү" },
               ru: { "Управление образования \($0.ruGenitive) района" },
               en: { "District education department, \($0.en)" }),
        Office(parent: "minzdrav", slug: "family-medicine",
               ky: { "\($0.ky) районунун үй-бүлөлүк медицина борбору" },
               ru: { "Центр семейной медицины \($0.ruGenitive) района" },
               en: { "Family medicine centre, \($0.en) district" }),
        Office(parent: "mlsm", slug: "social",
               ky: { "\($0.ky) районундагы социалдык өнүктүрүү башкармалыгы" },
               ru: { "Управление социального развития \($0.ruGenitive) района" },
               en: { "Social development office, \($0.en) district" }),
    ]

    /// State institutions that fill the rest of the organisations: numbered per district.
    struct Institution {
        let parent: String
        let slug: String
        let ky: @Sendable (Places.Rayon, Int) -> String
        let ru: @Sendable (Places.Rayon, Int) -> String
        let en: @Sendable (Places.Rayon, Int) -> String
    }

    static let institutions: [Institution] = [
        Institution(parent: "mon", slug: "school",
                    ky: { "\($0.ky) районундагы № \($1) орто мектеп" },
                    ru: { "Средняя школа № \($1) \($0.ruGenitive) района" },
                    en: { "Secondary school No. \($1), \($0.en) district" }),
        Institution(parent: "minzdrav", slug: "clinic",
                    ky: { "\($0.ky) районундагы № \($1) үй-бүлөлүк дарыгерлер тобу" },
                    ru: { "Группа семейных врачей № \($1) \($0.ruGenitive) района" },
                    en: { "Family doctors' group No. \($1), \($0.en) district" }),
        Institution(parent: "mon", slug: "kindergarten",
                    ky: { "\($0.ky) районундагы № \($1) бала бакча" },
                    ru: { "Детский сад № \($1) \($0.ruGenitive) района" },
                    en: { "Kindergarten No. \($1), \($0.en) district" }),
    ]
}

/// Names of people (illustrative) for GCIO contacts.
enum People {
    static let surnames = ["Асанов", "Бакиров", "Жумабеков", "Токтогулов", "Исаков", "Садыков", "Абдыкадыров",
                           "Мамытов", "Осмонов", "Кадыров", "Сыдыков", "Турдубаев", "Эсенов", "Молдобаев",
                           "Орозбаев", "Шаршенов", "Бейшеналиев", "Калыков", "Иманалиев", "Абдрахманов",
                           "Жолдошев", "Токтосунов", "Усенов", "Сатыбалдиев", "Керимбеков", "Арстанбеков"]
    static let maleNames = ["Бакыт", "Нурлан", "Адилет", "Мирлан", "Азамат", "Эрмек", "Талант", "Улан",
                            "Тимур", "Чыңгыз", "Жаныбек", "Руслан", "Нурбек", "Марат", "Эльдияр", "Бектур"]
    static let femaleNames = ["Айгүл", "Айгерим", "Гүлнара", "Жылдыз", "Нургүл", "Чолпон", "Бермет", "Асель",
                              "Динара", "Мээрим", "Айпери", "Назгүл", "Гүлзат", "Айжан"]
    /// Fathers' names that take the Russian patronymic endings.
    static let fathers = ["Бакыт", "Марат", "Нурлан", "Азамат", "Эрмек", "Талант", "Асан", "Жумабек",
                          "Канат", "Мирлан", "Сапар", "Турдубек", "Эсен", "Болот"]
    static let positions = [
        "Заместитель руководителя по цифровой трансформации (GCIO)",
        "Руководитель отдела информационных технологий (GCIO)",
        "Статс-секретарь, GCIO",
        "Начальник управления цифрового развития (GCIO)",
        "Санариптик трансформация боюнча орун басар (GCIO)",
    ]

    static func person(_ random: inout SeededRandom) -> String {
        let female = random.chance(0.4)
        let surname = random.pick(surnames) + (female ? "а" : "")
        let given = random.pick(female ? femaleNames : maleNames)
        let father = random.pick(fathers)
        return "\(surname) \(given) \(father)\(female ? "овна" : "ович")"
    }
}

/// The administrative map the generator draws municipalities and territorial offices
/// from: the seven regions (oblasts) and their forty districts (rayons), the towns, and
/// village names composed the way Kyrgyz place names are (Ак-Суу, Кара-Булак …).
enum Places {
    struct Oblast {
        let slug: String
        let ky: String
        /// The Russian adjective (Чуйская).
        let ru: String
        let en: String
    }

    struct Rayon {
        let slug: String
        let oblast: Int
        let ky: String
        /// The Russian adjective (Сокулукский).
        let ru: String
        let en: String

        /// «Сокулукскому» (dative, for «по … району»).
        var ruDative: String { String(ru.dropLast(2)) + "ому" }
        /// «Сокулукского» (genitive).
        var ruGenitive: String { String(ru.dropLast(2)) + "ого" }
    }

    struct Town {
        let ky: String
        let ru: String
        let rayon: Int
    }

    static let oblasts: [Oblast] = [
        Oblast(slug: "chui", ky: "Чүй", ru: "Чуйская", en: "Chui"),
        Oblast(slug: "issyk-kul", ky: "Ысык-Көл", ru: "Иссык-Кульская", en: "Issyk-Kul"),
        Oblast(slug: "naryn", ky: "Нарын", ru: "Нарынская", en: "Naryn"),
        Oblast(slug: "talas", ky: "Талас", ru: "Таласская", en: "Talas"),
        Oblast(slug: "jalal-abad", ky: "Жалал-Абад", ru: "Джалал-Абадская", en: "Jalal-Abad"),
        Oblast(slug: "osh", ky: "Ош", ru: "Ошская", en: "Osh"),
        Oblast(slug: "batken", ky: "Баткен", ru: "Баткенская", en: "Batken"),
    ]

    static let rayons: [Rayon] = [
        Rayon(slug: "alamudun", oblast: 0, ky: "Аламүдүн", ru: "Аламудунский", en: "Alamudun"),
        Rayon(slug: "chui", oblast: 0, ky: "Чүй", ru: "Чуйский", en: "Chui"),
        Rayon(slug: "jayil", oblast: 0, ky: "Жайыл", ru: "Жайылский", en: "Jayil"),
        Rayon(slug: "kemin", oblast: 0, ky: "Кемин", ru: "Кеминский", en: "Kemin"),
        Rayon(slug: "moskva", oblast: 0, ky: "Москва", ru: "Московский", en: "Moskva"),
        Rayon(slug: "panfilov", oblast: 0, ky: "Панфилов", ru: "Панфиловский", en: "Panfilov"),
        Rayon(slug: "sokuluk", oblast: 0, ky: "Сокулук", ru: "Сокулукский", en: "Sokuluk"),
        Rayon(slug: "ysyk-ata", oblast: 0, ky: "Ысык-Ата", ru: "Ысык-Атинский", en: "Ysyk-Ata"),
        Rayon(slug: "ak-suu", oblast: 1, ky: "Ак-Суу", ru: "Ак-Суйский", en: "Ak-Suu"),
        Rayon(slug: "jeti-oguz", oblast: 1, ky: "Жети-Өгүз", ru: "Джети-Огузский", en: "Jeti-Oguz"),
        Rayon(slug: "issyk-kul", oblast: 1, ky: "Ысык-Көл", ru: "Иссык-Кульский", en: "Issyk-Kul"),
        Rayon(slug: "ton", oblast: 1, ky: "Тоң", ru: "Тонский", en: "Ton"),
        Rayon(slug: "tup", oblast: 1, ky: "Түп", ru: "Тюпский", en: "Tup"),
        Rayon(slug: "ak-talaa", oblast: 2, ky: "Ак-Талаа", ru: "Ак-Талинский", en: "Ak-Talaa"),
        Rayon(slug: "at-bashy", oblast: 2, ky: "Ат-Башы", ru: "Ат-Башинский", en: "At-Bashy"),
        Rayon(slug: "jumgal", oblast: 2, ky: "Жумгал", ru: "Жумгальский", en: "Jumgal"),
        Rayon(slug: "kochkor", oblast: 2, ky: "Кочкор", ru: "Кочкорский", en: "Kochkor"),
        Rayon(slug: "naryn", oblast: 2, ky: "Нарын", ru: "Нарынский", en: "Naryn"),
        Rayon(slug: "bakay-ata", oblast: 3, ky: "Бакай-Ата", ru: "Бакай-Атинский", en: "Bakay-Ata"),
        Rayon(slug: "kara-buura", oblast: 3, ky: "Кара-Буура", ru: "Кара-Бууринский", en: "Kara-Buura"),
        Rayon(slug: "manas", oblast: 3, ky: "Манас", ru: "Манасский", en: "Manas"),
        Rayon(slug: "talas", oblast: 3, ky: "Талас", ru: "Таласский", en: "Talas"),
        Rayon(slug: "aksy", oblast: 4, ky: "Аксы", ru: "Аксыйский", en: "Aksy"),
        Rayon(slug: "ala-buka", oblast: 4, ky: "Ала-Бука", ru: "Ала-Букинский", en: "Ala-Buka"),
        Rayon(slug: "bazar-korgon", oblast: 4, ky: "Базар-Коргон", ru: "Базар-Коргонский", en: "Bazar-Korgon"),
        Rayon(slug: "chatkal", oblast: 4, ky: "Чаткал", ru: "Чаткальский", en: "Chatkal"),
        Rayon(slug: "nooken", oblast: 4, ky: "Ноокен", ru: "Ноокенский", en: "Nooken"),
        Rayon(slug: "suzak", oblast: 4, ky: "Сузак", ru: "Сузакский", en: "Suzak"),
        Rayon(slug: "toguz-toro", oblast: 4, ky: "Тогуз-Торо", ru: "Тогуз-Тороуский", en: "Toguz-Toro"),
        Rayon(slug: "toktogul", oblast: 4, ky: "Токтогул", ru: "Токтогульский", en: "Toktogul"),
        Rayon(slug: "alay", oblast: 5, ky: "Алай", ru: "Алайский", en: "Alay"),
        Rayon(slug: "aravan", oblast: 5, ky: "Араван", ru: "Араванский", en: "Aravan"),
        Rayon(slug: "chong-alay", oblast: 5, ky: "Чоң-Алай", ru: "Чон-Алайский", en: "Chong-Alay"),
        Rayon(slug: "kara-kulja", oblast: 5, ky: "Кара-Кулжа", ru: "Кара-Кульджинский", en: "Kara-Kulja"),
        Rayon(slug: "kara-suu", oblast: 5, ky: "Кара-Суу", ru: "Кара-Суйский", en: "Kara-Suu"),
        Rayon(slug: "nookat", oblast: 5, ky: "Ноокат", ru: "Ноокатский", en: "Nookat"),
        Rayon(slug: "uzgen", oblast: 5, ky: "Өзгөн", ru: "Узгенский", en: "Uzgen"),
        Rayon(slug: "batken", oblast: 6, ky: "Баткен", ru: "Баткенский", en: "Batken"),
        Rayon(slug: "kadamjay", oblast: 6, ky: "Кадамжай", ru: "Кадамжайский", en: "Kadamjay"),
        Rayon(slug: "leylek", oblast: 6, ky: "Лейлек", ru: "Лейлекский", en: "Leylek"),
    ]

    /// Towns with a city hall of their own (Bishkek and Osh are national organisations).
    static let towns: [Town] = [
        Town(ky: "Жалал-Абад", ru: "Джалал-Абад", rayon: 27),
        Town(ky: "Каракол", ru: "Каракол", rayon: 8),
        Town(ky: "Токмок", ru: "Токмок", rayon: 1),
        Town(ky: "Нарын", ru: "Нарын", rayon: 17),
        Town(ky: "Талас", ru: "Талас", rayon: 21),
        Town(ky: "Баткен", ru: "Баткен", rayon: 37),
        Town(ky: "Өзгөн", ru: "Узген", rayon: 36),
        Town(ky: "Кара-Балта", ru: "Кара-Балта", rayon: 2),
        Town(ky: "Балыкчы", ru: "Балыкчи", rayon: 10),
        Town(ky: "Кант", ru: "Кант", rayon: 7),
        Town(ky: "Кара-Суу", ru: "Кара-Суу", rayon: 34),
        Town(ky: "Кызыл-Кыя", ru: "Кызыл-Кия", rayon: 38),
        Town(ky: "Таш-Көмүр", ru: "Таш-Кумыр", rayon: 22),
        Town(ky: "Майлуу-Суу", ru: "Майлуу-Суу", rayon: 26),
        Town(ky: "Көк-Жаңгак", ru: "Кок-Джангак", rayon: 27),
        Town(ky: "Сүлүктү", ru: "Сулюкта", rayon: 39),
        Town(ky: "Исфана", ru: "Исфана", rayon: 39),
        Town(ky: "Ноокат", ru: "Ноокат", rayon: 35),
        Town(ky: "Токтогул", ru: "Токтогул", rayon: 29),
        Town(ky: "Чолпон-Ата", ru: "Чолпон-Ата", rayon: 10),
        Town(ky: "Кемин", ru: "Кемин", rayon: 3),
        Town(ky: "Шопоков", ru: "Шопоков", rayon: 6),
        Town(ky: "Кайыңды", ru: "Каинды", rayon: 5),
        Town(ky: "Кербен", ru: "Кербен", rayon: 22),
        Town(ky: "Кара-Көл", ru: "Кара-Куль", rayon: 29),
        Town(ky: "Айдаркен", ru: "Айдаркен", rayon: 38),
        Town(ky: "Базар-Коргон", ru: "Базар-Коргон", rayon: 24),
        Town(ky: "Орловка", ru: "Орловка", rayon: 3),
        Town(ky: "Кочкор-Ата", ru: "Кочкор-Ата", rayon: 26),
    ]

    /// Aiyl okmotus per district: 452 in all, as in the national register.
    static let aiylOkmotuCount = 452

    /// First and second parts of composed village names.
    static let namePrefixes = ["Ак", "Кара", "Көк", "Сары", "Кызыл", "Таш", "Кум", "Жаңы", "Бел", "Чоң",
                               "Кичи", "Орто", "Төмөнкү", "Жогорку", "Эски", "Кош", "Кең", "Ала", "Боз", "Кой"]
    static let nameSuffixes = ["Суу", "Булак", "Добо", "Жар", "Сай", "Арык", "Таш", "Терек", "Кыя", "Өзөн",
                               "Тоо", "Көл", "Талаа", "Баш", "Кайың", "Төбө", "Дөбө", "Кашка", "Үңкүр"]
    /// Villages named after people and old settlements.
    static let standaloneNames = ["Байтик", "Барскоон", "Тамга", "Покровка", "Ананьево", "Григорьевка", "Семеновка",
                                  "Бостери", "Боконбаев", "Кочкорка", "Чаек", "Баетов", "Казарман", "Кербен",
                                  "Гүлчө", "Сопу-Коргон", "Дароот-Коргон", "Кызыл-Жылдыз", "Маданият", "Ленин",
                                  "Интернационал", "Достук", "Ынтымак", "Мирмахмудов", "Алексеевка", "Таш-Добо",
                                  "Ачы", "Мырза-Аке", "Жал", "Көгарт"]

    /// Distinct village names for one district, composed deterministically from its index.
    static func villageNames(rayon: Int, count: Int) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        var step = 0
        let combinations = namePrefixes.count * nameSuffixes.count + standaloneNames.count
        while names.count < count && step < combinations {
            let index = (rayon * 37 + step * 53) % combinations
            step += 1
            let name: String
            if index < standaloneNames.count {
                name = standaloneNames[index]
            } else {
                let composed = index - standaloneNames.count
                name = namePrefixes[composed / nameSuffixes.count] + "-" + nameSuffixes[composed % nameSuffixes.count]
            }
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }
}

/// Kyrgyz and Russian Cyrillic to Latin, for ids and English names (Ак-Суу → Ak-Suu).
enum Transliteration {
    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// Latin text with the capitals kept (Көк-Жар → Kok-Jar).
    static func latin(_ text: String) -> String {
        var out = ""
        for character in text {
            let lower = Character(character.lowercased())
            guard let mapped = table[lower] else {
                out.append(character)
                continue
            }
            if character != lower, let first = mapped.first {
                out += first.uppercased() + mapped.dropFirst()
            } else {
                out += mapped
            }
        }
        return out
    }

    /// An id part: lower-case Latin letters, digits and hyphens.
    static func slug(_ text: String) -> String {
        var out = ""
        for character in latin(text).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
